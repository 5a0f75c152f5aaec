"""Search across every version: the matches, in reading order.

``compile_query(text)`` turns what the user typed into a case-insensitive
pattern (literal text, runs of spaces match any whitespace so hard-wrapped
lines still match), or None for an empty query. ``find_matches`` lists every
match as ``Match(row, version, start, end)`` with offsets into
``Comparison.cell_text``, ordered by row, then by the given version order
(the grid passes its columns first, then the versions not on screen), then by
offset.
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


def find_matches(comparison: Comparison, rows: Iterable[int], order: Sequence[int],
                 pattern: re.Pattern[str]) -> list[Match]:
    """Every match of pattern in the given rows, in the versions listed in order (columns left to right)."""
    found: list[Match] = []
    for n in sorted(rows):
        row = comparison.rows[n]
        for v in order:
            if row.cells[v]:
                text = comparison.cell_text(row, v)
                found.extend(Match(n, v, m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start())
    return found
