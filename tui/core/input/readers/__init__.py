"""Input formats: which reader turns a file's bytes into paragraphs.

``read_paragraphs(data, path, decode)`` returns ``(paragraphs, encoding,
notes)`` for one input, choosing the reader by the file's ending:

* ``.md`` / ``.markdown``: Markdown (``readers.markdown``), rendered text;
* ``.html`` / ``.htm``: a web page's article text (``readers.html``);
* ``.docx``: a Word document's paragraphs (``readers.docx``);
* anything else (``.txt``, standard input): plain text (``segment``);
  ``.doc``, ``.pdf`` and similar raise ``LoadError`` saying how to export.

``is_syndiff_report(path)`` tells syndiff's own reports (HTML, Markdown,
text) apart from versions, so a report saved into a story folder is not read
as one more version of the story.

``decode`` is the loader's bytes-to-text function (``loading.decode``), passed
in so the text formats share its encoding detection and notes. Each reader
imports its library only when such a file is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path, PurePath

from ...errors import LoadError
from ...model import Paragraph
from ..segment import split_paragraphs

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES, *DOCX_SUFFIXES)
"""Every file ending syndiff reads from a folder."""

_AS_DOCX = "save it as .docx, or export its text as .txt"
_AS_HTML = "save the page as HTML only (.html), or copy its text into a .txt file"
EXPORT_FIRST = {".doc": ("a Word 97-2003 document", _AS_DOCX), ".pdf": ("a PDF", _AS_DOCX),
                ".odt": ("an OpenDocument text", _AS_DOCX), ".rtf": ("an RTF document", _AS_DOCX),
                ".pages": ("a Pages document", _AS_DOCX), ".mhtml": ("a web archive", _AS_HTML),
                ".mht": ("a web archive", _AS_HTML), ".webarchive": ("a web archive", _AS_HTML)}
"""Formats syndiff does not read: what to call them, and what to do instead."""

Decode = Callable[[bytes, str], tuple[str, str, tuple[str, ...]]]


def read_paragraphs(data: bytes, path: str, decode: Decode) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    """Paragraphs, encoding and loader notes of one input."""
    suffix = PurePath(path).suffix.lower() if path != "-" else ""
    if suffix in EXPORT_FIRST:
        kind, advice = EXPORT_FIRST[suffix]
        raise LoadError(f"{path}: {kind} cannot be read; {advice}")
    if suffix in DOCX_SUFFIXES:
        from .docx import read_docx

        return read_docx(data, path), "utf-8", (_extracted_note(path, "Word document"),)  # its XML is UTF-8
    text, encoding, notes = decode(data, path)
    if suffix in MARKDOWN_SUFFIXES:
        from .markdown import read_markdown

        return read_markdown(text, path), encoding, notes
    if suffix in HTML_SUFFIXES:
        from .html import read_html

        return read_html(text, path), encoding, notes + (_extracted_note(path, "web page"),)
    if _HTML_START.match(text):
        hint = "save it with an .html ending" if path != "-" else "save it to a file ending in .html"
        notes += (f"{path}: looks like a web page but is read as plain text (markup and menus included); "
                  f"{hint} to compare only its article",)
    return split_paragraphs(text), encoding, notes


_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
"""Plain text that is really a web page starts like one."""


def _extracted_note(path: str, kind: str) -> str:
    return (f"{path}: article text extracted from a {kind}; its line numbers count lines of the extracted "
            "text (one paragraph a line), not of the file")


_REPORT_MARK = re.compile(rb"\A\s*(?:# )?syndiff report\b|<meta name=\"generator\" content=\"syndiff[ \"]"
                          rb"|<title>[^<]*syndiff report")
"""How syndiff's reports begin: a text or Markdown title, or the HTML report's generator or title."""


def is_syndiff_report(path: Path) -> bool:
    """Whether the file is a report syndiff wrote (judged by its first 4 KB)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # reading it later gives the user the real error
    return _REPORT_MARK.search(head) is not None
