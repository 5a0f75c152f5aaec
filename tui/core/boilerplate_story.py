"""The cross-version pass: use the story itself to settle what one version alone cannot.

``story_labels(versions)`` runs once after every version is labelled on its
own (``load_inputs`` calls it through ``boilerplate.label_story``):

* a paragraph put in a related-links block or a headline list only because
  of its neighbours, with 12 words or more, that another version carries as
  article text, is article text (the story shares it; a link list would not);
* a short line shaped like furniture (up to 4 words, no final full stop,
  with a digit or in title case, not all capitals: those are subheadings)
  that no other version has anywhere, next to boilerplate or among the
  first or last three paragraphs of its version, is boilerplate
  (``furniture``, or its boilerplate neighbour's class).

With a single version nothing changes.
"""

from __future__ import annotations

from dataclasses import replace

from .boilerplate_shape import full_stop
from .model import Paragraph, Version
from .textnorm import squash

_INFERRED = ("related-item", "headline-list")
_EDGE = 3


def _key(text: str) -> str:
    return " ".join(squash(text).lower().split())


def story_labels(versions: list[Version]) -> list[Version]:
    """Versions with labels settled across the story (unchanged for fewer than two versions)."""
    if len(versions) < 2:
        return versions
    article = [" \n ".join(_key(p.text) for p in v.paragraphs if p.boilerplate is None) for v in versions]
    everything = [" \n ".join(_key(p.text) for p in v.paragraphs) for v in versions]
    out = []
    for n, version in enumerate(versions):
        others_article = [a for m, a in enumerate(article) if m != n]
        others_all = [a for m, a in enumerate(everything) if m != n]
        paragraphs = tuple(_settle(version.paragraphs, i, others_article, others_all)
                           for i in range(len(version.paragraphs)))
        out.append(replace(version, paragraphs=paragraphs) if paragraphs != version.paragraphs else version)
    return out


def _settle(paragraphs: tuple[Paragraph, ...], i: int, others_article: list[str], others_all: list[str]) -> Paragraph:
    p = paragraphs[i]
    key = _key(p.text)
    if p.boilerplate_rule in _INFERRED and len(key.split()) >= 12 and any(key in other for other in others_article):
        return replace(p, boilerplate=None, boilerplate_rule=None)
    if p.boilerplate is None and _furniture_line(p.text) and not any(key in other for other in others_all):
        neighbour = _labelled_neighbour(paragraphs, i)
        if neighbour is not None or i < _EDGE or i >= len(paragraphs) - _EDGE:
            return replace(p, boilerplate=neighbour or "furniture", boilerplate_rule="only-in-one-version")
    return p


def _furniture_line(text: str) -> bool:
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
