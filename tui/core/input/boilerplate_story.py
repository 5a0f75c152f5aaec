"""The cross-version pass: use the story itself to settle what one version alone cannot.

``story_labels(versions)`` runs once after every version is labelled on its
own (``load_inputs`` calls it through ``boilerplate.label_story``):

* a paragraph put in a related-links block or a headline list only because
  of its neighbours, with 12 words or more, that another version carries as
  an article paragraph, is article text (the story shares it; a link list
  would not);
* a short line shaped like furniture (up to 4 words, no final full stop,
  with a digit or in title case, not all capitals: those are subheadings)
  whose words no other version uses all of, next to boilerplate or among
  the first or last three paragraphs of its version with no article prose
  on one side of it, is boilerplate (``furniture``, or its boilerplate
  neighbour's class). A line with article prose within two paragraphs
  above and below it is a subheading and stays article text, unless it is a
  related-links header ("You May Also Like").

With a single version nothing changes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from ..model import Paragraph, Version
from ..textnorm import fold, squash
from .boilerplate_shape import folded, full_stop, is_prose

_INFERRED = ("related-item", "headline-list")
_EDGE = 3


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    return " ".join(squash(text).lower().split())


class _Texts:
    """Per version, each worked out on first use: its article paragraphs as comparison keys, and the words of
    all its paragraphs (most lines are settled by the first other version asked, so most versions never are)."""

    def __init__(self, versions: list[Version]):
        self.versions = versions
        self._keys: dict[int, set[str]] = {}
        self._words: dict[int, set[str]] = {}

    def has_paragraph(self, key: str, n: int) -> bool:
        """Whether a version other than n has this very paragraph as article text."""
        return any(key in self._article_keys(m) for m in range(len(self.versions)) if m != n)

    def has_words(self, key: str, n: int) -> bool:
        """Whether a version other than n uses every word of the text (so it may hold the line inside a paragraph)."""
        wanted = key.split()
        return any(all(w in self._words_of(m) for w in wanted) for m in range(len(self.versions)) if m != n)

    def _article_keys(self, m: int) -> set[str]:
        keys = self._keys.get(m)
        if keys is None:
            keys = self._keys[m] = {_key(p.text) for p in self.versions[m].paragraphs if p.boilerplate is None}
        return keys

    def _words_of(self, m: int) -> set[str]:
        words = self._words.get(m)
        if words is None:
            words = self._words[m] = _words(p.text for p in self.versions[m].paragraphs)
        return words


def _words(texts: Iterable[str]) -> set[str]:
    """The words of the texts' keys (``_key``), worked out on all of them at once: folding and composing work
    character by character, and neither composes nor (lower case) looks past a space, so the texts joined
    with spaces give the same words."""
    return set(unicodedata.normalize("NFC", fold(" ".join(texts))).lower().split())


def story_labels(versions: list[Version], is_header: Callable[[str], bool] = lambda text: False) -> list[Version]:
    """Versions with labels settled across the story (unchanged for fewer than two versions).

    ``is_header`` tells a related-links header ("You May Also Like"): one is furniture even between prose.
    """
    if len(versions) < 2 or not any(_candidate(p) for v in versions for p in v.paragraphs):
        return versions  # (nothing to settle: no need to index every paragraph of a long story)
    texts = _Texts(versions)
    out = []
    for n, version in enumerate(versions):
        paragraphs = tuple(_settle(version.paragraphs, i, n, texts, is_header)
                           for i in range(len(version.paragraphs)))
        out.append(replace(version, paragraphs=paragraphs) if paragraphs != version.paragraphs else version)
    return out


def _settle(paragraphs: tuple[Paragraph, ...], i: int, n: int, texts: _Texts,
            is_header: Callable[[str], bool]) -> Paragraph:
    p = paragraphs[i]
    if p.boilerplate_rule in _INFERRED:
        key = _key(p.text)
        if len(key.split()) >= 12 and texts.has_paragraph(key, n):
            return replace(p, boilerplate=None, boilerplate_rule=None)
    if p.boilerplate is None and _furniture_line(p.text) and not texts.has_words(_key(p.text), n):
        header = is_header(" ".join(folded(p.text).split()))
        if not header and _between_prose(paragraphs, i):
            return p  # a subheading: article prose above and below it
        neighbour = _labelled_neighbour(paragraphs, i)
        near_edge = not _EDGE <= i < len(paragraphs) - _EDGE
        if neighbour is not None or (near_edge and (header or _prose_on_one_side_only(paragraphs, i))):
            return replace(p, boilerplate=neighbour or "furniture", boilerplate_rule="only-in-one-version")
    return p


def _prose_at(paragraphs: tuple[Paragraph, ...], j: int) -> bool:
    return 0 <= j < len(paragraphs) and paragraphs[j].boilerplate is None and is_prose(paragraphs[j].text)


def _between_prose(paragraphs: tuple[Paragraph, ...], i: int) -> bool:
    """Article prose somewhere above and somewhere below, with only unlabelled paragraphs or one label between.

    (A caption between a subheading and the prose above does not make the subheading furniture.)"""
    above = next((j for j in range(i - 1, max(-1, i - 3), -1) if _prose_at(paragraphs, j)), None)
    below = next((j for j in range(i + 1, min(len(paragraphs), i + 3)) if _prose_at(paragraphs, j)), None)
    return above is not None and below is not None


def _prose_on_one_side_only(paragraphs: tuple[Paragraph, ...], i: int) -> bool:
    """No article prose on one side of it."""
    return not any(_prose_at(paragraphs, j) for j in range(i)) or not any(
        _prose_at(paragraphs, j) for j in range(i + 1, len(paragraphs)))


def _candidate(p: Paragraph) -> bool:
    """A paragraph the story may settle: a neighbour-inferred link, or an unlabelled furniture-shaped line."""
    return p.boilerplate_rule in _INFERRED or (p.boilerplate is None and _furniture_line(p.text))


def _furniture_line(text: str) -> bool:
    if len(text) > 80:
        return False  # (four words never take more; and a huge paragraph is not split for nothing)
    words = text.split()
    if not 1 <= len(words) <= 4 or full_stop(text) or text.rstrip().endswith(":"):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return False  # an all-capitals line is a subheading more often than furniture
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    return any(c.isdigit() for c in text) or (capitalised and len(words) >= 2)


def _labelled_neighbour(paragraphs: tuple[Paragraph, ...], i: int) -> str | None:
    for j in (i - 1, i + 1):
        if 0 <= j < len(paragraphs) and paragraphs[j].boilerplate is not None:
            return paragraphs[j].boilerplate
    return None
