"""Markdown versions: paragraphs of the rendered text, line numbers of the source.

``read_markdown(text)`` parses CommonMark (plus tables) with markdown-it-py and
returns ``Paragraph`` objects whose ``text`` is what a reader sees: link text
kept, link targets, images, HTML tags and ``#``/``*``/``>`` syntax dropped.
Their ``start_line``/``end_line`` are the source lines (markdown-it's token
maps), so line numbers still point into the file on disk.

Headings, list items, block-quoted paragraphs and table rows are paragraphs.
The soft line breaks inside a Markdown paragraph are joined only where the
source looks hard-wrapped (``segment.join_lines``): a block of one-line
paragraphs written without blank lines stays separate paragraphs. A YAML front
matter block is skipped. Code blocks and HTML blocks are read as plain text.

A file whose only text is links or images (a list of related links, say)
raises ``LoadError``: it is not a version of a story.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...errors import LoadError
from ...model import Paragraph
from ..segment import join_lines, split_lines, split_paragraphs, wrap_width

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_QUOTE_MARKS = re.compile(r"^\s{0,3}(?:>\s?)+")
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_YAML_LINE = re.compile(r"[\w-]+\s*:|\s|- |#")
"""A line of YAML front matter: a key, a continuation, a list item or a comment."""
_BREAK_TAG = re.compile(r"<br\b", re.I)
_SPACES = re.compile(r"[ \t]{2,}")
"""Runs of spaces left where an image or a tag was dropped."""
_URL = re.compile(r"(?:https?://|www\.|mailto:)\S*$", re.I)


@dataclass
class _Piece:
    """One paragraph in the making: source line numbers (0-based) and the text of each."""

    lines: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    hard: list[bool] = field(default_factory=list)
    linked_only: bool = True


def read_markdown(text: str, name: str) -> list[Paragraph]:
    """The paragraphs of a Markdown file (see the module docstring)."""
    lines = split_lines(text)
    source = _blank_front_matter(lines)
    width = wrap_width(source)
    tokens = _parser().parse("\n".join(source))
    found: list[tuple[int, int, str]] = []
    linked_only = True
    for piece in _pieces(tokens, source):
        linked_only = linked_only and piece.linked_only
        found.extend(_split_piece(piece, source, width))
    if (found and linked_only) or (not found and text.strip()):
        raise LoadError(f"{name}: holds only links or images, no article text; "
                        "give the story's text (.md, .txt or .html)")
    return [Paragraph(n, start + 1, end + 1, body) for n, (start, end, body) in enumerate(found)]


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # deferred: only Markdown inputs need it

    return MarkdownIt("commonmark").enable("table")


def _blank_front_matter(lines: list[str]) -> list[str]:
    """The lines with a leading YAML front matter block blanked (line numbers unchanged).

    Only a block whose lines look like YAML (``key: value``, indented or ``- `` continuations) counts:
    a story opening with a rule and a heading keeps its text."""
    if not lines or lines[0].strip() != "---":
        return lines
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            inside = [line for line in lines[1:end] if line.strip()]
            if inside and all(_YAML_LINE.match(line) for line in inside):
                return [""] * (end + 1) + lines[end + 1:]
            return lines
    return lines


def _pieces(tokens: Sequence[Token], source: list[str]) -> Iterator[_Piece]:
    """Walk the block tokens, yielding one piece per heading, paragraph and table row."""
    row: _Piece | None = None
    for token in tokens:
        if token.type == "tr_open":
            assert token.map is not None  # markdown-it maps every block token to its source lines
            row = _Piece(lines=[token.map[0]], texts=[""], hard=[False])
        elif token.type == "tr_close" and row is not None:
            row.texts[0] = " | ".join(t for t in row.texts[1:] if t)
            del row.texts[1:]
            if row.texts[0]:
                yield row
            row = None
        elif token.type == "inline" and row is not None:
            cell = _inline_lines(token, 0)
            row.texts.append(" ".join(t for _, t, _ in cell).strip())
            row.linked_only = row.linked_only and _linked_only(token)
        elif token.type == "inline" and token.map:
            yield _inline_piece(token, token.map[0])
        elif token.type in ("code_block", "fence", "html_block") and token.map:
            yield from _plain_pieces(token, token.map[0])


def _inline_piece(token: Token, first_line: int) -> _Piece:
    piece = _Piece(linked_only=_linked_only(token))
    for line, body, hard in _inline_lines(token, first_line):
        piece.lines.append(line)
        piece.texts.append(body)
        piece.hard.append(hard)
    return piece


def _inline_lines(token: Token, first_line: int) -> list[tuple[int, str, bool]]:
    """The rendered text of an inline token, one entry per source line: (line, text, ends in a hard break)."""
    out: list[tuple[int, str, bool]] = []
    parts: list[str] = []
    in_autolink = False
    last = (token.map[1] - 1) if token.map else first_line
    for child in token.children or []:
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            out.append((min(first_line + len(out), last), "".join(parts).strip(), kind == "hardbreak"))
            parts = []
        elif kind == "link_open":
            in_autolink = child.markup == "autolink"
        elif kind == "link_close":
            in_autolink = False
        elif kind in ("text", "code_inline") and not (in_autolink and _URL.match(child.content)):
            parts.append(child.content)
        elif kind == "html_inline" and _BREAK_TAG.match(child.content):
            parts.append(" ")
    out.append((min(first_line + len(out), last), "".join(parts).strip(), False))
    return [(line, _SPACES.sub(" ", body), hard) for line, body, hard in out]


def _linked_only(token: Token) -> bool:
    """True when every visible word of an inline token sits inside a link."""
    depth = 0
    for child in token.children or []:
        if child.type == "link_open":
            depth += 1
        elif child.type == "link_close":
            depth -= 1
        elif child.type in ("text", "code_inline") and child.content.strip() and depth == 0:
            return False
    return True


def _plain_pieces(token: Token, first_line: int) -> Iterator[_Piece]:
    """Code and HTML blocks read as plain text (tags and comments dropped), one piece per paragraph."""
    body = token.content
    if token.type == "html_block":
        body = html.unescape(_TAG.sub(lambda m: "\n" * m.group().count("\n"), body))
    offset = first_line + (1 if token.type == "fence" else 0)
    for paragraph in split_paragraphs(body):
        numbers = list(range(paragraph.start_line - 1 + offset, paragraph.end_line + offset))
        texts = paragraph.text.split("\n")
        yield _Piece(lines=numbers, texts=texts, hard=[False] * len(texts), linked_only=False)


def _split_piece(piece: _Piece, source: list[str], width: int | None) -> list[tuple[int, int, str]]:
    """A piece's lines grouped into paragraphs where they look wrapped; empty lines dropped."""
    kept = [n for n, body in enumerate(piece.texts) if body]
    if not kept:
        return []
    unquoted = {piece.lines[n]: _QUOTE_MARKS.sub("", source[piece.lines[n]]) for n in kept}
    groups: list[list[int]] = [[kept[0]]]
    for n in kept[1:]:
        previous = groups[-1][-1]
        wrapped = not piece.hard[previous] and piece.lines[n] == piece.lines[previous] + 1 and join_lines(
            [unquoted[piece.lines[previous]], unquoted[piece.lines[n]]], [0, 1], width) == [[0, 1]]
        if wrapped:
            groups[-1].append(n)
        else:
            groups.append([n])
    return [(piece.lines[g[0]], piece.lines[g[-1]], "\n".join(piece.texts[n] for n in g)) for g in groups]
