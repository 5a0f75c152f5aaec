"""Word diffs of aligned cells, computed on demand and remembered.

``CellDiffs(comparison)`` answers ``diff(row, version)``: the word-level
changes from the base's text to the version's cell in that row, or None where
either is empty or the row is boilerplate. The base's text is its cell, except
where a cell covers several rows (``Row.continued``): then it is
``Comparison.base_text(row, version)``, the base text that cell is compared
with. Texts of multi-paragraph cells are joined with a newline, as
``Comparison.cell_text`` does, so offsets are into that joined text. Diffs are computed only when asked for: the viewer
asks for the rows on screen, the reports for every row.

``fill(versions)`` computes every row's diff for some versions and
``export(versions)`` gives them as plain tuples, which another ``CellDiffs``
of the same comparison takes with ``adopt``: a process that diffed some of
the cells sends them to another for about a tenth of the cost of diffing them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from ..model import Change, Comparison
from .worddiff import Prepared, diff_words, prepare

_MISSING = object()

Exported = dict[tuple[int, int], list[tuple[str, int, int, int, int]] | None]
"""(row, version) -> that diff's changes as (op, a_start, a_end, b_start, b_end) tuples, or None."""


class CellDiffs:
    """A thread-safe cache of word diffs for one comparison."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._cache: dict[tuple[int, int], list[Change] | None] = {}
        self._base_tokens: dict[tuple[int, ...], tuple[str, Prepared]] = {}
        """Per base text (its paragraphs), the text and its tokens: joined and tokenised once, diffed
        against every version."""
        self._base_of: dict[tuple[int, int], str] = {}
        """Per computed diff, the base text its offsets point into (``base_text``)."""
        self._lock = threading.Lock()

    def diff(self, row_index: int, version: int) -> list[Change] | None:
        """Changes from the base's cell to the version's cell (None if not comparable)."""
        key = (row_index, version)
        cached = self._cache.get(key, _MISSING)  # one dict read is atomic: no lock needed to find a hit
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        result = self._compute(row_index, version)
        with self._lock:
            self._cache[key] = result
        return result

    def fill(self, versions: Iterable[int], rows: range | None = None) -> None:
        """Compute the diff of every row (or of these rows) for these versions."""
        for version in versions:
            for row_index in rows if rows is not None else range(len(self.comparison.rows)):
                self.diff(row_index, version)

    def export(self, versions: Iterable[int]) -> Exported:
        """The diffs computed so far for these versions, as plain tuples (cheap to send to another process)."""
        wanted = set(versions)
        with self._lock:  # a snapshot: another thread may be adding diffs
            computed = [(key, changes) for key, changes in self._cache.items() if key[1] in wanted]
        return {key: None if changes is None else [(c.op, c.a_start, c.a_end, c.b_start, c.b_end) for c in changes]
                for key, changes in computed}

    def adopt(self, exported: Exported) -> None:
        """Take diffs computed by another ``CellDiffs`` of the same comparison (``export``); those computed
        here already are kept."""
        taken = {key: None if changes is None else [Change(*change) for change in changes]
                 for key, changes in exported.items() if key not in self._cache}
        with self._lock:
            for key, changes in taken.items():
                self._cache.setdefault(key, changes)

    def base_text(self, row_index: int, version: int) -> str:
        """``Comparison.base_text(row_index, version)``: the text the base-side offsets of
        ``diff(row_index, version)`` point into (remembered once that diff is computed)."""
        text = self._base_of.get((row_index, version))
        return text if text is not None else self.comparison.base_text(row_index, version)

    def _compute(self, row_index: int, version: int) -> list[Change] | None:
        comparison = self.comparison
        row = comparison.rows[row_index]
        base = comparison.base
        if version == base or row.relation == "boilerplate" or not row.cells[version]:
            return None
        paragraphs = comparison.base_paragraphs(row_index, version)
        if not paragraphs:
            return None
        cached = self._base_tokens.get(paragraphs)
        if cached is None:
            base_text = comparison.base_text(row_index, version)
            cached = self._base_tokens[paragraphs] = (base_text, prepare(base_text))
        base_text, prepared = cached
        self._base_of[(row_index, version)] = base_text
        return diff_words(base_text, comparison.cell_text(row, version), prepared)
