"""Word wrapping of styled text into lines of a fixed cell width.

A cell's display text is a ``Styled``: one string plus the runs of style
classes over it (``starts[i]`` is where run ``i`` begins, ``classes[i]`` its
component-class names). ``"\\n"`` in the string is a forced line break
(between the paragraphs of a multi-paragraph cell, after a note line).

``wrap_ranges(text, width)`` returns the (start, end) ranges of the wrapped
lines: greedy, breaking only at whitespace (a run of non-space characters is
never split unless it is wider than the line, so a ``+`` marker stays glued to
its word), leading spaces of a wrapped line dropped. Widths are terminal cells
(wide characters count two). ``line_pieces`` cuts the runs at a line's range.
Pure Python: no widget state, safe to call from anywhere.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

_TOKEN = re.compile(r"[^\s]+|[^\S\n]+|\n")
_WORD = re.compile(r"\S+")
_NARROW = re.compile(r"[\n\x20-\x7e\u00a0-\u02ff\u0370-\u03ff\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u205e"
                     r"\u20a0-\u20bf\u2190-\u22ff\u25a0-\u25fc\u25ff]*")
"""Text made only of characters one cell wide (Latin, Greek, Cyrillic, common punctuation and currency; not
the Cyrillic combining marks U+0483-U+0489, which take no cell), arrows, mathematical operators and
geometric shapes (not U+25FD and U+25FE, two cells wide): the grid's own marks (the deleted-word minus,
the notes' arrows, the fold's triangle) are among them, so a diffed cell is wrapped by the narrow path."""


@dataclass(frozen=True)
class Styled:
    """Display text with runs of style classes (runs cover the whole text, in order)."""

    text: str
    starts: tuple[int, ...]
    classes: tuple[tuple[str, ...], ...]


def width_of(text: str) -> int:
    """Terminal cells taken by text."""
    return len(text) if text.isascii() else cell_len(text)


def _hard_split(text: str, offset: int, width: int, col: int) -> tuple[list[int], int]:
    """Break points inside an over-long word, and the column after it."""
    cuts = []
    for i, char in enumerate(text):
        w = width_of(char)
        if col + w > width and col > 0:
            cuts.append(offset + i)
            col = 0
        col += w
    return cuts, col


def _wrap_narrow(text: str, width: int) -> list[tuple[int, int]]:
    """wrap_ranges for text whose every character is one cell wide: offsets are columns."""
    lines: list[tuple[int, int]] = []
    offset = 0
    for part in text.split("\n"):
        line_start = -1
        for match in _WORD.finditer(part):
            start, end = match.span()
            if line_start < 0:
                line_start = start
            elif end - line_start > width:
                lines.append((offset + line_start, offset + start))
                line_start = start
            while end - line_start > width:  # a word wider than the line
                lines.append((offset + line_start, offset + line_start + width))
                line_start += width
        lines.append((offset + max(0, line_start), offset + len(part)))
        offset += len(part) + 1
    return lines


def wrap_ranges(text: str, width: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of each wrapped line of text at width cells."""
    width = max(1, width)
    if _NARROW.fullmatch(text):
        return _wrap_narrow(text, width)
    return _wrap_any(text, width)


def _wrap_any(text: str, width: int) -> list[tuple[int, int]]:
    """wrap_ranges for any text: each token measured in cells."""
    lines: list[tuple[int, int]] = []
    line_start = col = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        start, end = match.span()
        if token == "\n":
            lines.append((line_start, start))
            line_start, col = end, 0
        elif token[0].isspace():
            if col == 0:
                line_start = end
            else:
                col += width_of(token)
        else:
            w = width_of(token)
            if col and col + w > width:
                lines.append((line_start, start))
                line_start, col = start, 0
            if w > width:
                cuts, col = _hard_split(token, start, width, col)
                for cut in cuts:
                    lines.append((line_start, cut))
                    line_start = cut
            else:
                col += w
    lines.append((line_start, len(text)))
    return lines


def line_pieces(styled: Styled, start: int, end: int) -> list[tuple[str, tuple[str, ...]]]:
    """The (text, classes) pieces of styled between two offsets (trailing spaces dropped)."""
    text = styled.text
    while end > start and text[end - 1].isspace():
        end -= 1
    pieces = []
    i = max(0, bisect_right(styled.starts, start) - 1)
    starts = styled.starts
    while i < len(starts) and starts[i] < end:
        run_end = starts[i + 1] if i + 1 < len(starts) else len(text)
        a, b = max(start, starts[i]), min(end, run_end)
        if b > a:
            pieces.append((text[a:b], styled.classes[i]))
        i += 1
    return pieces
