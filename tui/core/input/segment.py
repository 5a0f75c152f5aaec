"""Split decoded text into paragraphs that remember their lines on disk.

A paragraph is a block of text ended by a line break. Two layouts are common:

* one paragraph per line, with or without blank lines between them;
* hard-wrapped text: paragraphs separated by blank lines, each wrapped over
  several lines at a fixed width. The wrapped lines form one paragraph.

A file counts as hard-wrapped when it has blank-line-separated blocks of
several lines whose lines stay within a typical terminal width. Even then two
lines of a block are joined only where the break looks like wrapping: the
next line's first word would not have fitted on the line, or the line is close
to the wrap width and does not end a sentence before a capitalised line. So a
block of headlines, promos or one-sentence paragraphs is not glued into one.
A line starting a list item, heading or quote always starts a paragraph.
``join_lines`` applies the same rule to any run of lines (the Markdown reader
uses it for a paragraph's soft line breaks).

Line numbers count CRLF, CR and LF line ends alike, 1-based.
"""

from __future__ import annotations

import re

from ..model import Paragraph

_LINE_END = re.compile(r"\r\n|\r|\n")
_BLOCK_START = re.compile(r"\s{0,3}(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\|)")
"""Markdown-ish line starts that begin a new paragraph inside a block."""

_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)")

WRAP_WIDTH_MAX = 100
"""Hard-wrapped text keeps its lines at or under about this many characters."""


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF; a final line end does not add an empty line."""
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _blocks(lines: list[str]) -> list[list[int]]:
    """Runs of non-blank line numbers (0-based)."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for number, line in enumerate(lines):
        if line.strip():
            current.append(number)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def wrap_width(lines: list[str]) -> int | None:
    """The wrap width of a file's lines if they look hard-wrapped, else None."""
    return _wrap_width(lines, _blocks(lines))


def _wrap_width(lines: list[str], blocks: list[list[int]]) -> int | None:
    """The wrap width if the text looks hard-wrapped, else None."""
    if len(blocks) < 2:
        return None
    inner_lines = [lines[n].rstrip() for b in blocks if len(b) > 1 for n in b[:-1]]
    if len(inner_lines) < 2:
        return None
    ended = sum(1 for line in inner_lines if line.endswith(_SENTENCE_END))
    if ended > 0.5 * len(inner_lines):
        return None  # one sentence or paragraph per line, not wrapping
    inner = sorted(len(line) for line in inner_lines)
    width = inner[int(len(inner) * 0.9)]
    if width > WRAP_WIDTH_MAX:
        return None
    long_enough = sum(1 for n in inner if n >= 0.6 * width)
    return width if long_enough >= 0.7 * len(inner) else None


CLEARLY_SHORT = 0.8
"""A line whose next word would fit with this much of the wrap width to spare ends its paragraph."""
CLEARLY_LONG = 1.15
"""A line this much longer than the wrap width was not wrapped: it is a paragraph of its own."""


def joins(previous: str, following: str, width: int | None) -> bool:
    """Whether the break between two lines is a wrap inside one paragraph (never without a wrap width)."""
    if width is None or _BLOCK_START.match(following) or previous.endswith("  "):
        return False
    previous = previous.rstrip()
    words = following.split(maxsplit=1)
    if not previous or not words:
        return False
    needed = len(previous) + 1 + len(words[0])
    if needed <= CLEARLY_SHORT * width or len(previous) > CLEARLY_LONG * width:
        return False  # the next word had room on this line, or the line was never wrapped
    sentence_break = previous.endswith(_SENTENCE_END) and words[0][:1].isupper()
    return not (sentence_break and needed <= width)


def join_lines(lines: list[str], numbers: list[int], width: int | None) -> list[list[int]]:
    """Group a run of line numbers into paragraphs, joining only where the lines look wrapped."""
    groups = [[numbers[0]]]
    for number in numbers[1:]:
        if joins(lines[groups[-1][-1]], lines[number], width):
            groups[-1].append(number)
        else:
            groups.append([number])
    return groups


def _join_points(lines: list[str], block: list[int], width: int | None, markdown: bool) -> list[list[int]]:
    """Split a block into paragraphs (lists of line numbers)."""
    if not markdown:
        return join_lines(lines, block, width)
    groups: list[list[int]] = []
    for number in block:
        heading_before = bool(groups) and lines[groups[-1][-1]].lstrip().startswith("#")
        if groups and not heading_before and joins(lines[groups[-1][-1]], lines[number], width):
            groups[-1].append(number)
        else:
            groups.append([number])
    return groups


def split_paragraphs(text: str, markdown: bool = False) -> list[Paragraph]:
    """Split text into paragraphs with 1-based, inclusive line numbers."""
    lines = split_lines(text)
    blocks = _blocks(lines)
    width = _wrap_width(lines, blocks)
    paragraphs: list[Paragraph] = []
    for block in blocks:
        for group in _join_points(lines, block, width, markdown):
            body = "\n".join(lines[n] for n in group)
            paragraphs.append(Paragraph(len(paragraphs), group[0] + 1, group[-1] + 1, body))
    return paragraphs
