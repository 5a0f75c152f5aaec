"""The shape of a paragraph: does it read like article prose, a headline, a name, a date?

Pure predicates on one paragraph's text, used by the neighbour passes. They
look at length, final punctuation, capitals, digits and quotation marks, never
at any particular story's words:

* ``is_prose``: a sentence ending in a full stop with at least 8 words (not
  in title case), a finished sentence of more than 20 words, more than 30
  words, a dateline opening ("MADRID - ...") or a quotation with its
  attribution. Prose is never part of a related-links block.
* ``headline_shaped``: 3 to 30 words, not starting with a lower-case letter,
  not ending like a sentence (an ellipsis is fine: teasers trail off; so is
  a question or an exclamation of up to 20 words), or a quoted headline.
* ``title_case``: most words capitalised ("15 Amazing Images of Stars").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..textnorm import fold

_SENTENCE_END = (".", "!", "?", '"', "'", ":")
_ELLIPSIS = ("...", "\u2026")
_FULL_STOP = re.compile(r"[.!?][\"')\]]*$")
_PERIOD = re.compile(r"\.[\"')\]]*$")
_DATELINE = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.' ]{1,30})? ?[-:] \S")
_QUOTE = re.compile(r"[\"\u201c\u201d\u00ab\u00bb][^\"\u201c\u201d\u00ab\u00bb]{12,}[\"\u201c\u201d\u00ab\u00bb]")
_SAID = re.compile(r"\b(?:said|says|told|added|asked|wrote|explained)\b")
_WORDS = re.compile(r"[^\W_][\w'.-]*")
_SMALL_WORDS = frozenset("a an and as at but by for from in into is of on or the to vs via with".split())


@lru_cache(maxsize=4096)
def folded(raw: str) -> str:
    """The text with typography folded and outer spaces stripped (cached: every pass asks again)."""
    return fold(raw).strip()


def terminated(raw: str) -> bool:
    """Does the text end like a sentence (an ellipsis does not count)?"""
    return not raw.rstrip().endswith(_ELLIPSIS) and folded(raw).endswith(_SENTENCE_END)


def full_stop(raw: str) -> bool:
    """Ends with ., ! or ? (then maybe a closing quote or bracket), not with an ellipsis."""
    text = raw.rstrip()
    if text.endswith(_ELLIPSIS) or text.endswith(".."):
        return False
    return _FULL_STOP.search(folded(text)) is not None


def is_prose(raw: str) -> bool:
    """Reads like a paragraph of the article rather than a link, a header or a label."""
    text = folded(raw)
    if len(text) > 1000:
        return True  # (more than 30 words, whatever they are: no need to split a huge paragraph)
    count = len(text.split())
    if count > 30 or (count > 20 and full_stop(raw)):
        return True
    if count >= 8 and full_stop(raw) and _PERIOD.search(text) and not title_case(text):
        return True
    if _DATELINE.match(text):
        return True
    return count >= 8 and _QUOTE.search(text) is not None and _SAID.search(text) is not None


def headline_shaped(raw: str) -> bool:
    """A headline or a teaser: a few words, capitalised, not a finished sentence."""
    text = folded(raw)
    if len(text) > 400:
        return False
    quoted = text[:1] in "\"'" and text[-1:] in "\"'"
    if not quoted and _PERIOD.search(text) and full_stop(raw):
        return False  # a finished sentence (most article paragraphs): no need to count its words
    words = text.split()
    if not 3 <= len(words) <= 30:
        return False
    if quoted:
        return True
    first = next((c for c in text if c.isalnum()), "")
    if first.islower():
        return False
    return not full_stop(raw) or (len(words) <= 20 and not _PERIOD.search(text))


def title_case(raw: str) -> bool:
    """Most of the words (small words aside) start with a capital or a digit."""
    words = [w for w in _WORDS.findall(raw) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised >= 0.75 * len(words)

