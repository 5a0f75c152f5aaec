"""Boilerplate from a paragraph's place in the version: author names by their dates, lists after the article.

Two passes in the style of ``boilerplate_blocks`` (texts, labels changed in
place, only unlabelled paragraphs are labelled):

* ``name_lines``: a line shaped like a person's name (two to four
  capitalised words, none of them a function word such as "the" or "what",
  maybe ", Organisation") right above a byline or a timestamp, or right
  under an "About the author" header or a "By" alone on its line, is the byline's name ("Jane Smith"
  above "19 Nov 2019"), before the article's first prose paragraph or
  after its last. The version's first unlabelled paragraph is left alone (a
  short headline sits there, above its date), and so is a line under a date
  (where a subheading or a standfirst goes) and a line inside the article (a
  live blog's entry title above its time).
* ``closing_lists``: after the version's last prose paragraph, a run of
  three or more short unfinished lines (up to 14 words and not prose, at
  least one letter, not numbered, bracketed, a link or ending with a colon)
  is a tag or section list ("New Zealand", "Asia Pacific", "Whales"), or a
  list of links when an item has more than six words. A list inside the
  article ends before its last prose paragraph, so it is never touched; nor
  are one or two closing lines.
"""

from __future__ import annotations

import re

from .boilerplate_blocks import Labels, first_prose_index, last_prose_index
from .boilerplate_shape import folded, full_stop, is_prose

_PARTICLES = frozenset("de van von di da del der den bin al dos das du le la".split())
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['.-][^\W\d_]+)*\.?")
_NOT_NAMES = frozenset("""a about after all and are as at be for from has have her his how in is it its more my new
next not of on or our out over the their this to up was what when where who why will with your""".split())
_ABOVE = ("byline", "timestamp")


def _name_shaped(raw: str) -> bool:
    """Two to four capitalised words of letters (particles such as "van" allowed), maybe ", Organisation"."""
    text = folded(raw)
    if len(text) > 60:
        return False
    name, _, organisation = text.partition(", ")
    if organisation and (len(organisation.split()) > 4 or not organisation[:1].isupper()):
        return False
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0] in _PARTICLES or words[-1] in _PARTICLES:
        return False
    if any(w.lower() in _NOT_NAMES for w in words):
        return False  # ("What Comes Next", "The Cost": a subheading, not a name)
    return all(w in _PARTICLES or (w[0].isupper() and _NAME_WORD.fullmatch(w) is not None) for w in words)


def name_lines(texts: list[str], labels: Labels) -> None:
    """A name on its own line right above a byline or a timestamp, or right under an "About the author"
    header or a lone "By", is a byline (never the version's first unlabelled paragraph, nor a line under a date, nor a
    line between two prose paragraphs: a live blog's entry title sits above its time)."""
    first = next((i for i, label in enumerate(labels) if label is None), len(texts))
    first_prose, last_prose = first_prose_index(texts, labels), last_prose_index(texts, labels)
    for i in range(first + 1, len(texts)):
        if labels[i] is not None or not _name_shaped(texts[i]):
            continue
        below, above = labels[i + 1] if i + 1 < len(texts) else None, labels[i - 1]
        inside = first_prose < i < last_prose
        if (below is not None and below[0] in _ABOVE and not inside) or (
                above is not None and above[1] in ("about-the-author", "byline-word")):
            labels[i] = ("byline", "name-by-date")


_MIN_RUN = 3


_NOT_A_TAG = re.compile(r"^\W*\d{1,3}[).:]|^[\[(]|https?://|www\.|[\w-]+\.(?:com|org|net)/")
"""A numbered item ("2) Board game"), a bracketed citation or a link: an article's own list, not tags."""


def _list_item(raw: str) -> bool:
    text = folded(raw)
    if len(text) > 120 or full_stop(raw) or text.endswith(":") or not any(c.isalpha() for c in text):
        return False  # (a line ending with a colon introduces what follows: article text)
    if _NOT_A_TAG.search(text):
        return False
    return 1 <= len(text.split()) <= 14 and not is_prose(text)


def closing_lists(texts: list[str], labels: Labels) -> None:
    """Runs of three or more short lines after the last prose paragraph are tag or section lists."""
    last = last_prose_index(texts, labels)
    if last < 0:
        return  # (no prose at all: nothing marks where the article ends)
    run: list[int] = []
    for i in list(range(last + 1, len(texts))) + [len(texts)]:
        if i < len(texts) and labels[i] is None and _list_item(texts[i]):
            run.append(i)
            continue
        if i < len(texts) and labels[i] is not None and run:
            continue  # furniture already labelled inside the list does not break it
        if len(run) >= _MIN_RUN:
            links = any(len(texts[k].split()) > 6 for k in run)  # headlines, not tags
            for k in run:
                labels[k] = ("related-links", "closing-links") if links else ("navigation", "closing-list")
        run = []
