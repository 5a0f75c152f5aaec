"""Classify draft rows: how each version's cell relates to the base's.

``classify_rows(drafts, base, moved, corpus, versions)`` turns the draft rows of
``rows.build_rows`` (cells, continued flags, boilerplate or not; ``rowlinks.Draft``)
into ``Row`` objects with one ``CellInfo`` per version: its kind (same,
typography, edited, paraphrase, added, missing; base, continued, boilerplate),
similarity and verbatim share with the base, whether it moved, its shape (split
or merge) and the version's one relation to the base (``model.RELATIONS``), and
the row's relation, the strongest of its versions'. A cell that covers several
rows (``Row.continued``), or sits under a base cell that does, is compared as one
text with the base text of every row in its *block* (``model.block``).

Thresholds: a cell is *same* when its text is the base's with only white space
changed, *typography* when only quotes, dashes, spaces or Unicode forms differ,
*edited* when at least ``EDITED`` of its adjacent word pairs survive from the
base, else *paraphrase*.
"""

from __future__ import annotations

from ..model import STRENGTH, CellInfo, Row, Version, block, covers
from ..textnorm import bigrams, squash
from .groups import Node
from .rowlinks import Draft
from .rowlinks import continues as _continues
from .similarity import Corpus, Features, verbatim

EDITED = 0.5
"""Share of word pairs kept above which a cell is an edit rather than a paraphrase."""


def classify_rows(drafts: list[Draft], base: int, moved: set[Node], corpus: Corpus,
                  versions: tuple[Version, ...], start: int = 0, stop: int | None = None) -> tuple[Row, ...]:
    """One classified ``Row`` per draft row from ``start`` to ``stop`` (the end), in order (a cell is
    compared with the base text of every row in its block, which may reach past either)."""
    cover = {v: covers([bool(d[0][v]) for d in drafts], [_continues(d, v) for d in drafts])
             for v in range(len(versions))}
    sides: dict[tuple[int, ...], _BaseSide] = {}  # per base text, what its cells are compared with
    end = len(drafts) if stop is None else stop
    return tuple(_classify(drafts, n, base, moved, corpus, versions, cover, sides) for n in range(start, end))


def middle(drafts: list[Draft]) -> int:
    """The row before which half the cells with text lie: classifying the rows above it takes about as
    long as classifying the rest."""
    weights = [sum(1 for cell in d[0] if cell) for d in drafts]
    half, total = sum(weights) / 2, 0
    for n, weight in enumerate(weights):
        total += weight
        if total >= half:
            return n + 1
    return len(drafts)


def _classify(drafts: list[Draft], n: int, base: int, moved: set[Node], corpus: Corpus,
              versions: tuple[Version, ...], cover: dict[int, tuple[tuple[int, ...], ...]],
              sides: dict[tuple[int, ...], _BaseSide]) -> Row:
    cells, continued, is_boilerplate = drafts[n]
    infos = [_cell_info(drafts, n, base, v, moved, corpus, versions, cover, sides) for v in range(len(cells))]
    if is_boilerplate:
        relation = "boilerplate"
    elif len(cells) == 1:
        relation = "same"
    elif not cells[base] and not _continues(drafts[n], base):
        relation = "added"
    else:
        relation = max((infos[v].relation for v in range(len(cells)) if v != base),
                       key=lambda r: STRENGTH.get(r, -1))
    return Row(cells, relation, tuple(infos), continued if any(continued) else ())


def _relation(kind: str, is_moved: bool, shape: str) -> str:
    """A version's one relation: split or merged first, then moved, then the wording."""
    if shape:
        return "split" if shape == "split" else "merged"
    if is_moved:
        return "moved"
    return {"missing": "dropped"}.get(kind, kind)


def _joined(versions: tuple[Version, ...], v: int, cell: tuple[int, ...]) -> str:
    return "\n".join(versions[v].paragraphs[i].text for i in cell)


def _block(drafts: list[Draft], n: int, base: int, v: int,
           cover: dict[int, tuple[tuple[int, ...], ...]]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(base paragraphs, v's paragraphs) of the rows joined to row n by a cell of v or of the
    base that covers several rows (``model.block``, which ``Comparison.base_paragraphs`` reads
    too): they are compared as one text each."""
    if cover[v][n] == (n,) and cover[base][n] == (n,):  # most rows: neither cell covers another row
        return tuple(sorted(drafts[n][0][base])), drafts[n][0][v]
    rows = block(n, cover[v], cover[base])
    return (tuple(sorted(i for m in rows for i in drafts[m][0][base])),
            tuple(i for m in rows for i in drafts[m][0][v]))


def _words(features: list[Features]) -> list[str]:
    """The words of some paragraphs, in order (one paragraph's own list: nothing writes to it)."""
    return features[0].words if len(features) == 1 else [w for f in features for w in f.words]


class _BaseSide:
    """What every version's cell is compared with, for one base text (its paragraphs): worked out once."""

    def __init__(self, versions: tuple[Version, ...], base: int, cell: tuple[int, ...], corpus: Corpus) -> None:
        self.text = _joined(versions, base, cell)
        self.spaced = " ".join(self.text.split())  # white space collapsed (str.split and regex \s agree)
        self.features = [corpus.by_index[base][i] for i in cell]
        self.words = _words(self.features)
        self.pairs = bigrams(self.words)
        self._squashed: str | None = None
        self.compared: dict[tuple[str, ...], tuple[str, float, float]] = {}
        """Version paragraphs' texts -> (kind, similarity, verbatim) against this base text: copies of one
        text in several versions (or one block over several rows) are compared once."""

    @property
    def squashed(self) -> str:
        if self._squashed is None:
            self._squashed = squash(self.text)
        return self._squashed


def _cell_info(drafts: list[Draft], n: int, base: int, v: int, moved: set[Node], corpus: Corpus,
               versions: tuple[Version, ...], cover: dict[int, tuple[tuple[int, ...], ...]],
               sides: dict[tuple[int, ...], _BaseSide]) -> CellInfo:
    cells, _, is_boilerplate = drafts[n]
    cell, base_cell = cells[v], cells[base]
    if is_boilerplate:
        is_moved = any((v, i) in moved for i in cell)
        return CellInfo("boilerplate", moved=is_moved, relation="boilerplate") if cell else CellInfo("")
    if v == base:
        return CellInfo("base" if cell else "continued" if _continues(drafts[n], v) else "", 1.0, 1.0)
    if not cell:
        if _continues(drafts[n], v):
            return CellInfo("continued", shape="merge", relation="merged") if base_cell else CellInfo("continued")
        return CellInfo("missing", relation="dropped") if base_cell else CellInfo("")
    is_moved = any((v, i) in moved for i in cell)
    if not base_cell and not _continues(drafts[n], base):
        return CellInfo("added", moved=is_moved, relation="added")
    base_cell, cell = _block(drafts, n, base, v, cover)
    side = sides.get(base_cell)
    if side is None:
        side = sides[base_cell] = _BaseSide(versions, base, base_cell, corpus)
    shape = "split" if len(cell) > len(base_cell) else "merge" if len(base_cell) > len(cell) else ""
    texts = tuple(versions[v].paragraphs[i].text for i in cell)
    compared = side.compared.get(texts)
    if compared is None:
        compared = side.compared[texts] = _compare(side, [corpus.by_index[v][i] for i in cell], texts, corpus)
    kind, similarity, kept = compared
    return CellInfo(kind, similarity, kept, is_moved, shape, _relation(kind, is_moved, shape))


def _compare(side: _BaseSide, fb: list[Features], texts: tuple[str, ...], corpus: Corpus) -> tuple[str, float, float]:
    """(kind, similarity, verbatim) of a version's paragraphs (their features and texts) against a base text."""
    text_b = "\n".join(texts)
    if text_b == side.text or " ".join(text_b.split()) == side.spaced:
        return "same", 1.0, 1.0
    if squash(text_b) == side.squashed:
        return "typography", 1.0, 1.0
    similarity = round(corpus.group_similarity(side.features, fb), 3)
    kept = round(verbatim(side.words, _words(fb), side.pairs), 3)
    return "edited" if kept >= EDITED else "paraphrase", similarity, kept
