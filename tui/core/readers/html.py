"""Web pages (``.html``/``.htm``): the article's text, as trafilatura extracts it.

``read_html(text, name)`` keeps what trafilatura finds to be the main text
(paragraphs, headings, list items, quotes, in page order) and leaves out the
navigation, asides, related links, comments and footers. The page title comes
first as the headline when the extracted text does not already start with it.

Each extracted line is one paragraph, and line numbers count those lines (the
loader adds a note saying so): a saved page's source lines would point into
markup, not text. A page with no article text (fewer than ``MIN_WORDS`` words in lines holding a
sentence) raises ``LoadError``.

trafilatura (and lxml) load only when a web page is given: they take about
0.2-0.3 s to import, which the viewer's start-up should not pay otherwise.
"""

from __future__ import annotations

import logging
import re

from ..errors import LoadError
from ..model import Paragraph

MIN_WORDS = 20
"""Fewer words than this in sentence-like lines (the headline apart) is not an article."""
_SENTENCE = re.compile(r"\w[.!?…][\"'’”)]*(?:\s|$)")
"""A sentence end: what menus, bylines and share bars lack."""

_QUIET = ("trafilatura", "htmldate", "courlan", "justext")
"""Libraries whose log records must not reach the terminal (errors stay one line)."""


def read_html(text: str, name: str) -> list[Paragraph]:
    """The article paragraphs of a web page (see the module docstring)."""
    title, lines = _extract(text)
    words = sum(len(line.split()) for line in lines if _SENTENCE.search(line))
    if words < MIN_WORDS:
        raise LoadError(f"{name}: no article text found in this web page; save the story's own page, "
                        "or copy its text into a .txt file")
    if title and (not lines or _plain(lines[0]) != _plain(title)):
        lines.insert(0, title)
    return [Paragraph(n, n + 1, n + 1, line) for n, line in enumerate(lines)]


def _extract(text: str) -> tuple[str, list[str]]:
    """The page's title and the lines of its main text (both empty when nothing is found)."""
    for logger in _QUIET:
        logging.getLogger(logger).addHandler(logging.NullHandler())
    import trafilatura  # deferred: heavy, and only web pages need it

    if not text.strip():
        return "", []
    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                           include_tables=True, include_images=False, include_links=False)
    if document is None:
        return "", []
    lines = [line.strip() for line in (document.text or "").splitlines() if line.strip()]
    return " ".join((document.title or "").split()), lines


def _plain(line: str) -> str:
    return " ".join(line.casefold().split())
