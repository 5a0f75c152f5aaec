"""Links between rows beyond a group's own rows, applied to draft rows before they are classified.

``cover_gaps``: a paragraph that also carries a later paragraph of another version
across rows where its own version has nothing (``gapmerge``) covers that
paragraph's row (``Row.continued``). ``join_apart``: a paragraph left in a sub-row
of its own moves down beside its strong match (``groups._UnionFind.apart``) where
nothing else changes. Both keep every paragraph in exactly one row and every
version's reading order.
"""

from __future__ import annotations

from .groups import Node

Draft = tuple[tuple[tuple[int, ...], ...], tuple[bool, ...], bool]
"""(cells, continued, is_boilerplate) of a row before classification."""


def continues(draft: Draft, v: int) -> bool:
    """Whether version v continues in a draft row (``Row.continued``)."""
    return bool(draft[1]) and draft[1][v]


def _members(drafts: list[Draft], r: int, v: int) -> tuple[int, ...]:
    """Version v's paragraphs that row r claims: its cell, or the cell of the nearest row above
    holding one where v continues."""
    if not continues(drafts[r], v):
        return drafts[r][0][v]
    while r > 0 and not drafts[r][0][v]:
        r -= 1
    return drafts[r][0][v]


def _row_of(drafts: list[Draft]) -> dict[Node, int]:
    """The row of every article paragraph (boilerplate rows left out)."""
    return {(v, i): r for r, d in enumerate(drafts) if not d[2] for v, cell in enumerate(d[0]) for i in cell}


def join_apart(drafts: list[Draft], links: list[tuple[Node, Node]], base: int) -> None:
    """Move a paragraph down to the row of its strong match (``_UnionFind.apart``) where that
    changes nothing else: it sits alone in its version's cell of a row whose other versions'
    claims the match's row makes too; its version has nothing in the rows between nor in the
    match's row; the match sits alone in its version's cell there. A row left empty goes."""
    gone: set[int] = set()
    row_of = _row_of(drafts)
    for x, y in links:
        for p, q in ((x, y), (y, x)):
            u, vq = p[0], q[0]
            r, r2 = row_of.get(p), row_of.get(q)
            if u == base or r is None or r2 is None or r2 <= r or drafts[r][0][u] != (p[1],):
                continue
            if drafts[r2][0][vq] != (q[1],):
                continue
            if any(drafts[m][0][u] or continues(drafts[m], u) for m in range(r + 1, r2 + 1) if m not in gone):
                continue
            if any(_members(drafts, r2, w) != _members(drafts, r, w)
                   for w in range(len(drafts[r][0])) if w not in (u, vq)):
                continue
            if drafts[r][0][vq] or continues(drafts[r], vq):
                continue  # p's row already claims q's version with it: moving p would drop that
            cells, continued, flag = drafts[r2]
            drafts[r2] = (tuple((p[1],) if w == u else c for w, c in enumerate(cells)), continued, flag)
            cells, continued, flag = drafts[r]
            drafts[r] = (tuple(() if w == u else c for w, c in enumerate(cells)), continued, flag)
            row_of[p] = r2
            if not any(drafts[r][0]):
                gone.add(r)
            break
    for r in sorted(gone, reverse=True):
        del drafts[r]


def cover_gaps(drafts: list[Draft], links: list[tuple[Node, Node]]) -> None:
    """Mark the rows of paragraphs that a paragraph of another version also carries across rows
    where its version has nothing (``gapmerge``): its cell covers them (``Row.continued``).
    Only where that paragraph is the last of its cell, the covered row comes after it and
    no row between holds a paragraph of its version (else the cover would be another cell's),
    and the covered paragraph is alone of its version in its row (else the cover would claim
    the others too, on position alone)."""
    row_of = _row_of(drafts)
    for m, x in links:
        vm = m[0]
        rm, rx = row_of.get(m), row_of.get(x)
        if rm is None or rx is None or rx <= rm or drafts[rm][0][vm][-1] != m[1]:
            continue
        if drafts[rx][0][x[0]] != (x[1],):
            continue  # the covered row holds more of x's version: the cover would claim it too
        if any(drafts[r][0][vm] for r in range(rm + 1, rx + 1)):
            continue
        cells, continued, is_boilerplate = drafts[rx]
        flags = list(continued) if continued else [False] * len(cells)
        flags[vm] = True
        drafts[rx] = (cells, tuple(flags), is_boilerplate)
