"""Web pages (``.html``/``.htm``): the article's text, as trafilatura extracts it.

``read_html(text, name)`` keeps what trafilatura finds to be the main text
(paragraphs, headings, list items, quotes, in page order) and leaves out the
navigation, asides, related links, comments and footers. The page title comes
first as the headline when the extracted text does not already start with it.

trafilatura drops a long paragraph that repeats the one before it; a doubled
paragraph is a sign of a scraped copy (the ``duplicate`` finding), so such
repeats are put back where the page's own paragraphs (``p``, ``li``, headings,
quotes) repeat back to back.

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

from ...errors import LoadError
from ...model import Paragraph

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
    if document is None or isinstance(document, dict):  # a dict only when asked for with as_dict=True
        return "", []
    lines = [" ".join(line.split()) for line in (document.text or "").splitlines() if line.strip()]
    return " ".join((document.title or "").split()), _restore_repeats(lines, text)


_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


def _restore_repeats(lines: list[str], page: str) -> list[str]:
    """The lines with back-to-back repeats restored as often as the page's paragraphs repeat."""
    runs = _page_runs(page)
    out: list[str] = []
    start = 0
    for line, count in _runs(lines):
        match = next((j for j in range(start, len(runs)) if runs[j][0] == line), None)
        if match is not None:
            count = max(count, runs[match][1])
            start = match + 1
        out.extend([line] * count)
    return out


def _page_runs(page: str) -> list[tuple[str, int]]:
    """The page's block texts, as (text, times repeated back to back)."""
    from lxml import html as lxml_html  # installed with trafilatura

    try:  # bytes, so a page opening with an XML declaration parses too
        tree = lxml_html.fromstring(page.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - best effort: without the page's blocks no repeat is restored
        return []
    texts = [" ".join(element.text_content().split()) for element in tree.iter(*_BLOCKS)]
    return _runs([t for t in texts if t])


def _runs(items: list[str]) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    for item in items:
        if runs and runs[-1][0] == item:
            runs[-1] = (item, runs[-1][1] + 1)
        else:
            runs.append((item, 1))
    return runs


def _plain(line: str) -> str:
    return " ".join(line.casefold().split())
