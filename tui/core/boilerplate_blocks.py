"""Boilerplate from a paragraph's shape and its neighbours, not from one pattern.

Each pass takes the texts of one version and the labels so far (a list of
``(class, rule)`` or None, changed in place): repeated captions and
related-links blocks (a header line followed by headline and teaser lines).
``terminated`` says whether a text ends like a sentence.
"""

from __future__ import annotations

from .rules import Rules
from .textnorm import fold, squash

_SENTENCE_END = (".", "!", "?", '"', "'", ":")
_ELLIPSIS = ("...", "\u2026")


def terminated(raw: str) -> bool:
    """Does the text end like a sentence (an ellipsis does not count)?"""
    text = raw.rstrip()
    return not text.endswith(_ELLIPSIS) and fold(text).rstrip().endswith(_SENTENCE_END)


def _caption_key(text: str) -> str:
    return squash(text).lower().rstrip(" .")


def repeated_captions(texts: list[str], labels: list[tuple[str, str] | None]) -> None:
    """Label captions repeated in consecutive paragraphs (quote style ignored)."""
    keys = [_caption_key(t) for t in texts]
    for i in range(len(texts) - 1):
        if not keys[i] or keys[i] != keys[i + 1]:
            continue
        stripped = texts[i].strip()
        if terminated(stripped) and len(stripped) > 150:
            continue  # a long article paragraph pasted twice: a duplicate, not a caption
        for j in (i, i + 1):
            if labels[j] is None:
                labels[j] = ("caption", "repeated-caption")


def related_blocks(texts: list[str], labels: list[tuple[str, str] | None], rules: Rules) -> None:
    """Label a related-links header and the headline/teaser lines under it."""
    n = len(texts)
    i = 0
    while i < n:
        header = fold(texts[i].strip())
        if labels[i] is not None or len(header) > 60 or not rules.is_header(header):
            i += 1
            continue
        items = _block_items(texts, i + 1, rules)
        if items:
            labels[i] = ("related-links", "related-header")
            for j in items:
                if labels[j] is None:
                    labels[j] = ("related-links", "related-item")
            i = items[-1] + 1
        else:
            i += 1


def _block_items(texts: list[str], start: int, rules: Rules) -> list[int]:
    """The paragraphs after a header that look like links; [] if none do.

    Items are headlines or teasers. In a block that closes the page (every
    paragraph to the end is short) and is mostly headlines and teasers, every
    paragraph counts; otherwise a short sentence still counts as a headline.
    """
    rest = [texts[j].strip() for j in range(start, len(texts))]
    closing = 0 < len(rest) <= 4 * rules.max_items and all(len(t) <= rules.item_max_chars for t in rest)
    if closing and sum(map(_headline_like, rest)) > 0.6 * len(rest):
        return list(range(start, len(texts)))  # mostly headlines and teasers: the whole tail is links
    limit = len(rest) if closing else rules.max_items
    items = []
    for offset, text in enumerate(rest[:limit]):
        if len(text) > rules.item_max_chars or not (_headline_like(text) or closing and len(text) <= 160):
            break
        items.append(start + offset)
    return items


def _headline_like(text: str) -> bool:
    """A headline or teaser rather than a sentence of the article."""
    folded = fold(text)
    quoted = folded[:1] in "\"'" and folded[-1:] in "\"'"
    return quoted or not terminated(text) or len(text) <= 80
