"""Shared plumbing for the finding detectors: aligned cells and their diffs.

A detector only ever looks at aligned rows: ``Context.article_rows()`` gives
every non-boilerplate row with two or more versions present, and
``Context.diff(row, x, y)`` the word diff from version x's cell to version
y's cell in that row. Diffs against the base come from the shared
``CellDiffs`` cache (the reports reuse them); other pairs are computed on
demand with ``diff_words`` and remembered (so are swapped diffs), and
``Context.first_reaching`` bisects into them. ``Context.pairs()`` lists the
(row, reference, version) pairs detectors compare: each version with the
row's reference (the base, else the first version present), skipping pairs
without the base whose cells share little wording. ``Cell`` turns an offset into a
cell's joined text into (paragraph index, offset in that paragraph).
``words_before``, ``words_after`` and ``ends_with`` answer questions about
the text next to an offset from a window around it, widened only when the
window cannot tell, so long paragraphs cost no more per question.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...diff.diffs import CellDiffs
from ...diff.worddiff import diff_words
from ...model import Change, Comparison, Row
from ...textnorm import WORD, fold

if TYPE_CHECKING:
    from ..facts import VersionFacts

CLOSE = 0.3
"""Share of word pairs two cells without the base must share to be diffed."""


@dataclass(frozen=True)
class Cell:
    """One version's paragraphs in one row, joined with newlines."""

    version: int
    paragraphs: tuple[int, ...]
    text: str
    starts: tuple[int, ...]
    """Offset of each paragraph in ``text``."""

    def locate(self, offset: int) -> tuple[int, int]:
        """(paragraph index, offset in that paragraph) of an offset into the cell text."""
        k = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.paragraphs[k], offset - self.starts[k]

    def paragraph_at(self, offset: int) -> int:
        """The index of the paragraph holding this offset."""
        return self.locate(offset)[0]


def swap(changes: list[Change]) -> list[Change]:
    """The diff from b to a, given the diff from a to b."""
    flip = {"insert": "delete", "delete": "insert"}
    return [Change(flip.get(c.op, c.op), c.b_start, c.b_end, c.a_start, c.a_end) for c in changes]


class Context:
    """The comparison, its cells and diffs, shared by every detector."""

    def __init__(self, comparison: Comparison, diffs: CellDiffs, facts: VersionFacts | None = None) -> None:
        self.comparison = comparison
        self.diffs = diffs
        self.facts = facts
        """What the detectors read from the versions alone (``facts.version_facts``), when found beforehand
        (None: each detector finds what it needs)."""
        self.known_names = facts.known_names if facts is not None else None
        """``names.known_names_of(comparison.versions)``, when found beforehand (None: found when needed)."""
        self._cells: dict[tuple[int, int], Cell] = {}
        self._base_cells: dict[tuple[int, int], Cell] = {}
        """(row, version) -> the base's cell against that version (``cell(row, base, version)``)."""
        self._pair_list: list[tuple[int, int, int]] | None = None
        self._pairs: dict[tuple[int, int, int], list[Change]] = {}
        self._swapped: dict[tuple[int, int, int], list[Change]] = {}
        self._reach: dict[tuple[int, int, int], list[int]] = {}
        self._bigram_cache: dict[tuple[int, int], frozenset[tuple[str, str]]] = {}

    def cell(self, row_index: int, version: int, against: int | None = None) -> Cell:
        """Version's cell in a row (text '' when it has no paragraph there). Given ``against``,
        the text ``diff(row_index, version, against)`` (or the reverse) reads: the same cell,
        except for the base against a version whose cell covers several rows (or sits under a
        base paragraph that does): then the base text that version is compared with
        (``Comparison.base_paragraphs``)."""
        base = self.comparison.base
        if version == base and against is not None and against != base:
            cell = self._base_cells.get((row_index, against))
            if cell is None:
                paragraph_ids = self.comparison.base_paragraphs(row_index, against)
                cell = (self._make_cell(version, paragraph_ids)
                        if paragraph_ids != self.comparison.rows[row_index].cells[base] else self.cell(row_index, base))
                self._base_cells[(row_index, against)] = cell
            return cell
        key = (row_index, version)
        cell = self._cells.get(key)
        if cell is None:
            cell = self._cells[key] = self._make_cell(version, self.comparison.rows[row_index].cells[version])
        return cell

    def _make_cell(self, version: int, paragraph_ids: tuple[int, ...]) -> Cell:
        paragraphs = self.comparison.versions[version].paragraphs
        texts = [paragraphs[i].text for i in paragraph_ids]
        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 1
        return Cell(version, paragraph_ids, "\n".join(texts), tuple(starts))

    def article_rows(self) -> list[tuple[int, Row]]:
        """(index, row) of the article rows where two or more versions are present."""
        return [(n, row) for n, row in enumerate(self.comparison.rows)
                if row.relation != "boilerplate" and len(row.versions_present()) > 1]

    def pairs(self) -> Iterator[tuple[int, int, int]]:
        """(row index, reference, version) for every other version present in an article row.

        Pairs with the base always count (their diffs are shared with the
        reports); in a row the base is missing from, a pair counts only when
        the two cells share at least ``CLOSE`` of the smaller one's word pairs:
        diffing paraphrases costs time and shows no clear substitution.
        Listed once, for every detector.
        """
        if self._pair_list is None:
            base = self.comparison.base
            self._pair_list = [(n, ref, v) for n, row in self.article_rows() for ref in (self.reference(row),)
                               for v in row.versions_present()
                               if v != ref and (ref == base or self.close(n, ref, v))]
        return iter(self._pair_list)

    def close(self, row_index: int, x: int, y: int) -> bool:
        """Whether two cells share at least CLOSE of the smaller one's adjacent word pairs."""
        a, b = self._bigrams(row_index, x), self._bigrams(row_index, y)
        return bool(a and b) and len(a & b) >= CLOSE * min(len(a), len(b))

    def _bigrams(self, row_index: int, version: int) -> frozenset[tuple[str, str]]:
        key = (row_index, version)
        if key not in self._bigram_cache:
            ws = clean_words(self.cell(row_index, version).text)
            self._bigram_cache[key] = frozenset(zip(ws, ws[1:], strict=False))
        return self._bigram_cache[key]

    def reference(self, row: Row) -> int:
        """The version others are compared with in a row: the base, else the first present."""
        base = self.comparison.base
        return base if row.cells[base] else row.versions_present()[0]

    def diff(self, row_index: int, x: int, y: int) -> list[Change]:
        """Word changes from version x's cell to version y's cell in a row (shared: do not modify)."""
        base = self.comparison.base
        key = (row_index, x, y)
        if key in self._swapped:
            return self._swapped[key]
        if x == base:
            changes = self.diffs.diff(row_index, y)
            if changes is not None:
                return changes
        elif y == base:
            changes = self.diffs.diff(row_index, x)
            if changes is not None:
                self._swapped[key] = swap(changes)
                return self._swapped[key]
        if (row_index, y, x) in self._pairs:
            self._swapped[key] = swap(self._pairs[(row_index, y, x)])
            return self._swapped[key]
        if key not in self._pairs:
            self._pairs[key] = diff_words(self.cell(row_index, x).text, self.cell(row_index, y).text)
        return self._pairs[key]

    def first_reaching(self, row_index: int, x: int, y: int, offset: int) -> int:
        """The index of the first change of ``diff(row_index, x, y)`` whose x side ends at or after
        offset: every change before it lies wholly before offset on x's side (found by bisection)."""
        key = (row_index, x, y)
        if key not in self._reach:
            reach, furthest = [], 0
            for change in self.diff(row_index, x, y):
                furthest = max(furthest, change.a_end)
                reach.append(furthest)
            self._reach[key] = reach
        return bisect.bisect_left(self._reach[key], offset)

    def row_of(self, version: int, paragraph: int) -> int:
        """The index of the row holding a paragraph."""
        return self.comparison.row_of_paragraph[(version, paragraph)]


def clean_words(text: str) -> list[str]:
    """Lower-cased, typography-folded words of a text."""
    return WORD.findall(fold(text).lower())


def lower_keep_length(text: str) -> str:
    """Lower-case text without changing its length (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def ends_with(text: str, end: int, suffix: str) -> bool:
    """Whether text[:end], trailing blanks dropped, ends with suffix (looking back only as far as needed)."""
    width = len(suffix) + 40
    while True:
        before = text[max(0, end - width):end].rstrip()
        if len(before) >= len(suffix) or width >= end:
            return before.endswith(suffix)
        width *= 4  # mostly blanks in the window: look further back


def words_before(text: str, end: int, count: int) -> list[str]:
    """The last count words of text[:end], each with the blanks after it.

    Reads a window before end, widened until it holds a word more than
    wanted (the first one may be cut by the window) or starts the text.
    """
    width = _WINDOW
    while True:
        start = max(0, end - width)
        found = _WORD_AND_BLANKS.findall(text, start, end)
        if start == 0 or len(found) > count:
            return found[-count:]
        width *= 4


def words_after(text: str, start: int, count: int) -> list[str]:
    """The first count words of text[start:], each with the blanks before it (a window, widened
    until it holds a word more than wanted, which proves the ones before it whole, or ends the text)."""
    width = _WINDOW
    while True:
        end = min(len(text), start + width)
        found = _BLANKS_AND_WORD.findall(text, start, end)
        if end == len(text) or len(found) > count:
            return found[:count]
        width *= 4


_WORD_AND_BLANKS = re.compile(r"\S+\s*$|\S+\s+")
_BLANKS_AND_WORD = re.compile(r"\s*\S+")
_WINDOW = 200


def quoted(text: str, limit: int = 60) -> str:
    """Text for a message: whitespace collapsed, shortened, in straight double quotes."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return f'"{text}"'
