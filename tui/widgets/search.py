"""Search across the shown versions: the matches, in reading order.

``compile_query(text)`` turns what the user typed into a case-insensitive
pattern (literal text, runs of spaces match any whitespace so hard-wrapped
lines still match), or None for an empty query. ``find_matches`` lists every
match as ``Match(row, version, start, end)`` with offsets into
``Comparison.cell_text``, ordered by row, then by column, then by offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from tui.core import Comparison


class Match(NamedTuple):
    """One search hit in one version's cell of one row."""

    row: int
    version: int
    start: int
    end: int


def compile_query(text: str) -> re.Pattern[str] | None:
    """A case-insensitive literal pattern for the query (None when blank)."""
    words = text.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def find_matches(comparison: Comparison, rows: Iterable[int], shown: Sequence[int],
                 pattern: re.Pattern[str]) -> list[Match]:
    """Every match of pattern in the shown versions' cells of the given rows."""
    found = []
    for n in sorted(rows):
        row = comparison.rows[n]
        for v in shown:
            if row.cells[v]:
                text = comparison.cell_text(row, v)
                found.extend(Match(n, v, m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start())
    return found
