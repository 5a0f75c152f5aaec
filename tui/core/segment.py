"""Split decoded text into paragraphs that remember their lines on disk.

A paragraph is a block of text ended by a line break. Two layouts are common:

* one paragraph per line, with or without blank lines between them;
* hard-wrapped text: paragraphs separated by blank lines, each wrapped over
  several lines at a fixed width. The wrapped lines form one paragraph.

A file counts as hard-wrapped when it has blank-line-separated blocks of
several lines whose lines stay within a typical terminal width. Inside such a
block a short line (well under the wrap width) still ends its paragraph, so a
list of headlines is not glued together. Markdown files join the lines of a
block unless a line starts a heading, list item or quote.

Line numbers count CRLF, CR and LF line ends alike, 1-based.
"""

from __future__ import annotations

import re

from .model import Paragraph

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


def _join_points(lines: list[str], block: list[int], width: int | None, markdown: bool) -> list[list[int]]:
    """Split a block into paragraphs (lists of line numbers)."""
    if width is None and not markdown:
        return [[n] for n in block]
    groups = [[block[0]]]
    for previous, number in zip(block, block[1:]):
        prev_line = lines[previous]
        breaks = bool(_BLOCK_START.match(lines[number])) or prev_line.endswith("  ")
        if markdown:
            breaks = breaks or prev_line.lstrip().startswith("#")
        elif width is not None:
            breaks = breaks or len(prev_line.rstrip()) < 0.5 * width
        if breaks:
            groups.append([number])
        else:
            groups[-1].append(number)
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
