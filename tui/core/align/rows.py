"""Turn groups of matching paragraphs into ordered, classified rows.

Input: the versions, the base position, the union-find of matches from
``align.group_paragraphs`` and the ``Corpus`` of features. Output: a tuple of
``Row`` in the base's reading order, each with per-version cells and
``CellInfo`` saying how the cell relates to the base (kind: same, typography,
edited, paraphrase, added, missing; moved; split or merge) and the version's
one relation to the base (``model.RELATIONS``), and the row's relation, the
strongest of its versions'. Every consumer (viewer keys and folds, reports)
reads these; none decides "changed" on its own.

A group whose one row would claim false pairs (versions that split or merge
paragraphs differently) becomes several consecutive rows (``subrows``); a cell
covering several of them leaves ``Row.continued`` set below it, and is compared,
like the cells under a continued base paragraph, as one text with the base text
of all the rows it covers (kind, similarity and shape of the whole *block*).
A cell may also cover a later row across rows where its version has nothing
(``gapmerge``: a merge around a dropped paragraph); a paragraph left in a sub-row
of its own there moves down beside its strong match when nothing else changes
(``rowlinks``).

How each cell relates to the base (kind, similarity, relation) is decided in
``classify``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any, cast

from ..helper import Helper
from ..model import Row, Version
from .classify import classify_rows, middle
from .groups import Edge, Node, moved_nodes
from .rowlinks import Draft, cover_gaps, join_apart
from .similarity import Corpus
from .subrows import SubRow, split_group

if TYPE_CHECKING:
    from .groups import _UnionFind

Key = object
_START = ("start",)


def _components(versions: tuple[Version, ...], uf: _UnionFind) -> tuple[dict[Node, Key], dict[Key, list[Node]]]:
    comp_of: dict[Node, Key] = {}
    members: dict[Key, list[Node]] = defaultdict(list)
    for v, version in enumerate(versions):
        run: Key | None = None
        run_class = None
        for p in version.paragraphs:
            node = (v, p.index)
            if p.boilerplate is None:
                key: Key = uf.find(node)
                run = None
            else:
                if run is None or run_class != p.boilerplate:
                    run = ("boilerplate", v, p.index)
                key = run
            run_class = p.boilerplate
            comp_of[node] = key
            members[key].append(node)
    return comp_of, members


def _order(versions: tuple[Version, ...], base: int, comp_of: dict[Node, Key],
           moved: set[Node], skeleton: list[Key]) -> list[Key]:
    """Every row key exactly once: skeleton rows in base order, every other row right
    after its predecessor in its own version or, for a version's leading rows, right
    before its successor.

    Total by construction: each key not in the skeleton gets exactly one parent (the
    key it follows, the key it precedes, or the start), and that parent was placed
    before it, so the parents form a forest rooted at the skeleton and the start,
    and the walk below emits every key once. A key a version repeats (a boilerplate
    run, a split) is never its own parent: while a version's leading keys wait for
    their successor, a repeat of one of them is skipped.
    """
    placed = set(skeleton)
    after: dict[Key, list[Key]] = defaultdict(list)
    before: dict[Key, list[Key]] = defaultdict(list)
    for v, version in enumerate(versions):
        if v == base:
            continue
        anchor: Key = _START
        leading: list[Key] = []
        for p in version.paragraphs:
            key = comp_of[(v, p.index)]
            if key in placed:
                if leading and key in leading:
                    continue
                if (v, p.index) not in moved:
                    if leading:
                        before[key].extend(leading)
                        leading = []
                    anchor = key
                continue
            placed.add(key)
            if anchor is _START:
                leading.append(key)
            else:
                after[anchor].append(key)
                anchor = key
        after[_START].extend(leading)
    order: list[Key] = []
    stack: list[tuple[bool, Key]] = [(False, key) for key in reversed(skeleton)]
    stack += [(False, key) for key in reversed(after[_START])]
    while stack:
        emit, key = stack.pop()
        if emit:
            order.append(key)
            stack.extend((False, child) for child in reversed(after.get(key, ())))
            continue
        stack.append((True, key))
        stack.extend((False, child) for child in reversed(before.get(key, ())))
    return order


def build_rows(versions: tuple[Version, ...], base: int, uf: _UnionFind, corpus: Corpus,
               helper: Helper[Any, Any] | None = None) -> tuple[Row, ...]:
    """Ordered, classified rows; every paragraph in exactly one row (``helper``: a forked helper answering
    with ``answer``, ``work.alignment_helper``, splits half the groups and classifies the later half of the
    rows; the same rows)."""
    comp_of, members = _components(versions, uf)
    skeleton: list[Key] = []
    seen: set[Key] = set()
    for p in versions[base].paragraphs:
        key = comp_of[(base, p.index)]
        if key not in seen:
            seen.add(key)
            skeleton.append(key)
    position = {key: n for n, key in enumerate(skeleton)}
    key_of = {node: position[key] for node, key in comp_of.items()
              if key in position and versions[node[0]].paragraphs[node[1]].boilerplate is None}
    moved = moved_nodes(versions, base, key_of)
    draft = _order(versions, base, comp_of, moved, skeleton)
    draft_position = {key: n for n, key in enumerate(draft)}
    # Second pass: rows the base lacks can also leave a version's order; they
    # must not pull that version's later additions away with them.
    out_of_order = moved | moved_nodes(versions, base, {node: draft_position[key] for node, key in comp_of.items()})
    order = _order(versions, base, comp_of, out_of_order, skeleton)
    # What the editor is told is moved is judged on the final layout: a paragraph
    # outside the longest run of its version's paragraphs that keeps the rows' order.
    final_position = {key: n for n, key in enumerate(order)}
    moved = moved_nodes(versions, base, {node: final_position[key] for node, key in comp_of.items()})
    edges = _edges_by_key(uf, comp_of)
    helper = helper if helper is not None and helper.forked else None
    drafts = _drafts(order, members, edges, base, corpus, len(versions), helper)
    cover_gaps(drafts, uf.covers)
    join_apart(drafts, uf.apart, base)
    if helper is None or not helper.forked:
        return classify_rows(drafts, base, moved, corpus, versions)
    cut = middle(drafts)
    helper.ask(("classify", drafts, cut, moved))
    rows = classify_rows(drafts, base, moved, corpus, versions, 0, cut)
    return rows + cast(tuple[Row, ...], helper.get())


def _drafts(order: list[Key], members: dict[Key, list[Node]], edges: dict[Key, list[Edge]], base: int,
            corpus: Corpus, count: int, helper: Helper[Any, Any] | None) -> list[Draft]:
    """The rows in order, before the links between them; the helper, when there is one, splits every
    other group (``subrows.split_group``)."""
    groups = [key for key in order if not _is_boilerplate(key)]
    theirs = groups[1::2] if helper is not None else []
    if helper is not None:
        helper.ask(("split", [(members[key], edges.get(key, [])) for key in theirs]))
    split = {key: split_group(members[key], edges.get(key, []), base, corpus) for key in groups[::2 if theirs else 1]}
    if helper is not None:
        split.update(zip(theirs, cast(list[list[SubRow] | None], helper.get()), strict=True))
    drafts: list[Draft] = []
    for key in order:
        subrows = split.get(key)
        if subrows is None:
            drafts.append((_cells(members[key], count), (), _is_boilerplate(key)))
            continue
        for sub in subrows:
            continued = tuple(v in sub.continued for v in range(count))
            drafts.append((_cells(sub.nodes, count), continued, False))
    return drafts


def answer(versions: tuple[Version, ...], base: int, corpus: Corpus, request: tuple[Any, ...]) -> object:
    """A helper's share of ``build_rows``: ("split", [(a group's paragraphs, its matches), ...]) -> their
    sub-rows; ("classify", drafts, start, moved paragraphs) -> the classified rows from start on."""
    if request[0] == "split":
        return [split_group(nodes, edges, base, corpus) for nodes, edges in request[1]]
    _, drafts, start, moved = request
    return classify_rows(drafts, base, moved, corpus, versions, start)


def _is_boilerplate(key: Key) -> bool:
    return isinstance(key, tuple) and key[0] == "boilerplate"


def _cells(nodes: list[Node] | tuple[Node, ...], count: int) -> tuple[tuple[int, ...], ...]:
    """Per version (of ``count``), its paragraphs among ``nodes``, in reading order."""
    cells: list[list[int]] = [[] for _ in range(count)]
    for v, index in nodes:
        cells[v].append(index)
    return tuple(tuple(sorted(c)) for c in cells)


def _edges_by_key(uf: _UnionFind, comp_of: dict[Node, Key]) -> dict[Key, list[Edge]]:
    out: dict[Key, list[Edge]] = defaultdict(list)
    for edge in uf.edges:
        out[comp_of[edge[0][0]]].append(edge)
    return out
