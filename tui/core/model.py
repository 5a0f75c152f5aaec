"""Plain data returned by the comparison engine.

Every type here is a frozen dataclass (or an enum) with no behaviour beyond
small derived properties. Offsets are **character** offsets into a paragraph's ``text`` (a
Python ``str``), never bytes. Line numbers are 1-based and inclusive, counted in
the file as it is on disk (blank lines included).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

Relation = str
"""How a version's text in a row relates to the base's (see ``RELATIONS``)."""

RELATIONS: tuple[Relation, ...] = ("same", "typography", "edited", "paraphrase", "moved", "split", "merged",
                                   "added", "dropped", "boilerplate")
"""Every relation, weakest change first (boilerplate is apart):

* ``same``: the base's text word for word (only white space may differ);
* ``typography``: the same words and punctuation, written with other quotes,
  dashes, spaces or Unicode forms;
* ``edited`` / ``paraphrase``: reworded, keeping at least / less than half of
  the base's adjacent word pairs;
* ``moved``: placed out of the base's order; ``split`` / ``merged``: several
  paragraphs of the version for one of the base, or the other way round;
* ``added``: text where the base has none; ``dropped``: no text where the
  base has article text;
* ``boilerplate``: a caption, promo, related-links block ... kept out of the
  comparison.
"""

STRENGTH: dict[Relation, int] = {relation: n for n, relation in enumerate(RELATIONS[:-1])}
"""Rank of each change: a row's relation is the strongest of its versions'."""


def is_change(relation: Relation, typography: bool = True) -> bool:
    """True for a relation that n/p, folds and filters treat as a change.

    ``same``, ``boilerplate`` and no relation ('') are not changes; ``typography``
    is one unless the caller chose to ignore typography.
    """
    if relation == "typography":
        return typography
    return relation not in ("", "same", "boilerplate")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of one version, in reading order."""

    index: int
    """0-based position in the version."""
    start_line: int
    """First line of the paragraph in the file on disk (1-based)."""
    end_line: int
    """Last line of the paragraph in the file on disk (1-based, inclusive)."""
    text: str
    """The text after decoding, not normalised (wrapped lines joined by newlines)."""
    boilerplate: str | None = None
    """Boilerplate class (``caption``, ``promo`` ...) or None for article text."""
    boilerplate_rule: str | None = None
    """Name of the rule that labelled it, for the curious editor."""


@dataclass(frozen=True)
class Version:
    """One input version of the story."""

    id: str
    """Short unique id: A, B, C ..."""
    label: str
    """Display name, the file's stem by default."""
    path: str
    """The path as the user gave it (``-`` for standard input)."""
    paragraphs: tuple[Paragraph, ...]
    encoding: str = "utf-8"
    """The encoding the bytes were decoded with."""
    notes: tuple[str, ...] = ()
    """Things the loader noticed (a detected encoding, a BOM ...)."""

    def article(self) -> list[Paragraph]:
        """The paragraphs that are not boilerplate."""
        return [p for p in self.paragraphs if p.boilerplate is None]


@dataclass(frozen=True)
class CellInfo:
    """How one version's cell in a row relates to the base's cell."""

    kind: str
    """same, typography, edited, paraphrase, added (base empty), missing (version empty), base,
    boilerplate, continued (the version's text for this row is its cell in a row above: see
    ``Row.continued``), or '' (neither the version nor the base has text here)."""
    similarity: float = 0.0
    """Content similarity with the base cell, 0..1."""
    verbatim: float = 0.0
    """Share of word pairs (bigrams) kept verbatim, 0..1."""
    moved: bool = False
    """True when the version placed this text out of the base's order."""
    shape: str = ""
    """'split' when the version has several paragraphs for one base paragraph,
    'merge' when it joined several base paragraphs into one, else ''."""
    relation: Relation = ""
    """This version's relation to the base in this row, one of ``RELATIONS`` (the
    strongest that applies: split or merged, then moved, then the wording), or ''
    for the base itself and where neither has text."""


@dataclass(frozen=True)
class Row:
    """One row of the alignment: the paragraphs that carry the same content."""

    cells: tuple[tuple[int, ...], ...]
    """Per version (in input order), the paragraph indices in this row."""
    relation: Relation
    """The strongest of the versions' relations (``CellInfo.relation``): ``same`` only
    where every version has the base's text word for word, ``dropped`` where the base
    has article text and a version has none, ``added`` only where the base has none."""
    info: tuple[CellInfo, ...]
    """Per version (in input order), how its cell relates to the base."""
    continued: tuple[bool, ...] = ()
    """Per version (in input order; empty when no version continues): True where the version
    has no paragraph here because its text for this row is in its cell of the nearest row above
    that holds a paragraph of it, a cell that covers several rows. That happens where versions
    split or merge paragraphs differently: base A and B, one copy A' and B', another one
    paragraph M = A + B. One row for them all would claim A ~ B', so they get two rows,
    [A, A', M] and [B, B', (M continued)]: M covers both. The rows a cell covers need not be
    side by side: where a copy merged base A and C into M and dropped B between them, M covers
    A's row and C's, not B's row, where the copy has nothing (B is dropped there). Such a cell is
    compared with the base text of every row it covers (and a version's cells under a base cell
    that covers several rows with that base cell): ``Comparison.base_text``."""

    def versions_present(self) -> list[int]:
        """Positions of the versions with at least one paragraph here."""
        return [i for i, cell in enumerate(self.cells) if cell]

    def continues(self, version: int) -> bool:
        """Whether this version's text for this row is its cell in a row above (``continued``)."""
        return bool(self.continued) and self.continued[version]


class BaseChoice(Enum):
    """Who chose the base (``Comparison.base_choice``); ``align.base.decide_base`` decides it."""

    USER = "user"
    """The caller named it: ``--base``, the viewer's base chooser, the API's ``base=``."""
    MOST_SHARED = "most-shared"
    """syndiff chose the version sharing the most wording with the other versions."""
    ONLY = "only"
    """There is only one version (and the caller named none)."""

    def reason(self, label: str) -> str:
        """The choice in words, for the base labelled ``label`` (``Comparison.base_reason``)."""
        if self is BaseChoice.USER:
            return "chosen by the user"
        if self is BaseChoice.ONLY:
            return "the only version"
        return f"chosen by syndiff: {label} shares the most wording with the other versions"


@dataclass(frozen=True)
class Comparison:
    """The full result of comparing N versions of one story."""

    versions: tuple[Version, ...]
    base: int
    """Position of the base version in ``versions``."""
    base_choice: BaseChoice
    """Who chose the base: the user, or syndiff (the most shared wording, or the only version)."""
    rows: tuple[Row, ...]
    shared: tuple[tuple[float, ...], ...] = field(default=())
    """Pairwise share of content between versions (row-major N x N), 0..1."""

    @property
    def base_version(self) -> Version:
        """The version the others are compared against."""
        return self.versions[self.base]

    @property
    def base_reason(self) -> str:
        """Why this version is the base, in words (the reports print it; compare ``base_choice``, not this)."""
        return self.base_choice.reason(self.base_version.label)

    def cell_text(self, row: Row, version: int) -> str:
        """The joined text of a version's cell in a row ('' when empty)."""
        paragraphs = self.versions[version].paragraphs
        return "\n".join(paragraphs[i].text for i in row.cells[version])

    def cover(self, row_index: int, version: int) -> tuple[int, ...]:
        """The rows a version's cell in this row covers, in order: the row itself and the rows
        below that continue it (``Row.continued``; rows between where the version has nothing are
        not covered); for a row the version continues, its head's cover. A row where the version
        neither has a cell nor continues covers itself alone."""
        return self._covers[version][row_index]

    @cached_property
    def row_of_paragraph(self) -> dict[tuple[int, int], int]:
        """(version, paragraph index) -> the index of the row holding that paragraph (every paragraph
        is in exactly one row). Computed once; do not change the returned mapping."""
        return {(v, p): n for n, row in enumerate(self.rows) for v, cell in enumerate(row.cells) for p in cell}

    @cached_property
    def _covers(self) -> tuple[tuple[tuple[int, ...], ...], ...]:
        rows = self.rows
        return tuple(covers([bool(row.cells[v]) for row in rows], [row.continues(v) for row in rows])
                     for v in range(len(self.versions)))

    def base_paragraphs(self, row_index: int, version: int) -> tuple[int, ...]:
        """The base paragraphs version's cell in this row is compared with: the base's cells in
        the rows of its ``block`` (every row the version's cell covers, the rows of the base cells
        covering those, and so on), the same base text its classification (``CellInfo``) reads.
        For a row without continued cells, simply the base's cell."""
        base = self.base
        rows = self.rows
        cover_v, cover_base = self._covers[version], self._covers[base]
        if len(cover_v[row_index]) == 1 and len(cover_base[row_index]) == 1:
            return rows[row_index].cells[base]
        return tuple(sorted(i for n in block(row_index, cover_v, cover_base) for i in rows[n].cells[base]))

    def base_text(self, row_index: int, version: int) -> str:
        """The base text that version's cell in this row is compared with (``base_paragraphs``
        joined with newlines): what the offsets of ``CellDiffs.diff(row_index, version)`` on
        the base's side point into. The base's cell text, except around continued cells."""
        paragraphs = self.versions[self.base].paragraphs
        return "\n".join(paragraphs[i].text for i in self.base_paragraphs(row_index, version))


@dataclass(frozen=True)
class Change:
    """One run of a word-level diff between texts a and b.

    ``op`` is ``equal``, ``delete`` (only in a), ``insert`` (only in b) or
    ``typography`` (the same words, written with other quotes, dashes or
    spaces). ``a_start:a_end`` and ``b_start:b_end`` are character offsets;
    a delete has an empty b range and an insert an empty a range.
    """

    op: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class Finding:
    """One thing an editor should look at, located in one paragraph."""

    kind: str
    """One of ``analysis.findings.KINDS`` (stripped-text, quote-changed, number-changed ...)."""
    version: int
    """Position of the version the finding is about."""
    paragraph: int
    """Index of the paragraph in that version."""
    start: int | None
    """Character offset into the paragraph's text where the evidence starts (or None)."""
    end: int | None
    message: str
    """One sentence for a person."""
    evidence: tuple[tuple[int, int], ...] = ()
    """(version position, paragraph index) pairs in other versions that support it."""


def covers(has_cell: list[bool], continues: list[bool]) -> tuple[tuple[int, ...], ...]:
    """Per row, the rows one version's cell covers (``Comparison.cover``), from whether the
    version has a cell in each row and whether it continues there (``Row.continued``): a
    continued row belongs to the nearest row above that holds a cell of the version."""
    out: list[tuple[int, ...]] = [(n,) for n in range(len(has_cell))]
    group: list[int] = []
    for n in range(len(has_cell) + 1):
        if n == len(has_cell) or has_cell[n]:
            for m in group:
                out[m] = tuple(group)
            group = [n]
        elif continues[n] and group:
            group.append(n)
    return tuple(out)


def block(row_index: int, cover_v: tuple[tuple[int, ...], ...],
          cover_base: tuple[tuple[int, ...], ...]) -> tuple[int, ...]:
    """The rows joined to a row by cells of a version or of the base that cover several rows
    (``covers`` of each, followed from row to row until none is added), in order: a version's
    cell there is compared, as one text, with the base text of them all. Where a base
    paragraph runs on into the next version cell's rows (a crossing split), both cells and
    both base paragraphs are one block."""
    rows = {row_index}
    todo = [row_index]
    while todo:
        m = todo.pop()
        for r in cover_v[m] + cover_base[m]:
            if r not in rows:
                rows.add(r)
                todo.append(r)
    return tuple(sorted(rows))
