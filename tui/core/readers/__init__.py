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

from ..errors import LoadError
from ..model import Paragraph
from ..segment import split_paragraphs

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES, *DOCX_SUFFIXES)
"""Every file ending syndiff reads from a folder."""

EXPORT_FIRST = {".doc": "a Word 97-2003 document", ".pdf": "a PDF", ".odt": "an OpenDocument text",
                ".rtf": "an RTF document", ".pages": "a Pages document"}
"""Formats syndiff does not read, and what to call them in the error."""

Decode = Callable[[bytes, str], tuple[str, str, tuple[str, ...]]]


def read_paragraphs(data: bytes, path: str, decode: Decode) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    """Paragraphs, encoding and loader notes of one input."""
    suffix = PurePath(path).suffix.lower() if path != "-" else ""
    if suffix in EXPORT_FIRST:
        raise LoadError(f"{path}: {EXPORT_FIRST[suffix]} cannot be read; save it as .docx, or export its text as "
                        ".txt")
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
    return split_paragraphs(text), encoding, notes


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
