"""How much content two paragraphs (or groups of paragraphs) share.

``Corpus`` holds word features for every article paragraph of every version
(boilerplate is left out) and inverse document frequencies computed over all
of them, so rare words, names and numbers weigh more than words every
paragraph of the story uses. Scores are in 0..1:

* ``similarity``: weighted Dice of the two term sets;
* ``containment``: the share of one side's term weight found in the other
  (used to recognise splits and merges);
* ``verbatim``: Dice of adjacent word pairs, a cheap measure of wording kept.

Between whole versions: ``shingles`` (a version's word n-grams),
``overlap_counts`` (how many n-grams each pair of versions shares; the base
choice and the derivation use it) and ``shared_matrix`` (those counts as
shares, ``Comparison.shared``).

Shared phrases and quotations are evidence of copying only when they are rare:
a phrase that any version repeats in several of its paragraphs (the story's
name, "coalition of the willing") is the story's topic, which independent
writers share too. Such phrases earn no bonus.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, filterfalse, repeat
from math import fsum
from typing import cast

from ..model import Version
from ..textnorm import STOPWORDS, WORD_RE, bigrams, fold, lowered, terms

PHRASE_BONUS = 0.15
"""Added to the similarity of paragraphs sharing three or more word 4-grams."""
QUOTE_BONUS = 0.12
"""Added when three words quoted in one paragraph stand together in the other."""
_QUOTED = re.compile(r'"([^"]+)"?|\'(?<!\w\')([^\']+)\'(?!\w)')
"""A quotation: in double quotes (to the end of the text when unclosed) or in single quotes that stand outside
words. Both branches start with the quote mark (the look-behind, after it, checks the character before it), so
the engine skips straight to the quote marks: five times faster than with the look-behind first."""


@dataclass
class Features:
    """Word features of one article paragraph."""

    version: int
    index: int
    """The paragraph's index in its version."""
    words: list[str]
    terms: frozenset[str]
    key: str
    """The folded, lower-cased word sequence: equal keys mean the same text."""
    weight: float = 0.0
    """Sum of the idf of the terms."""
    phrases: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    """Word 4-grams the version uses in this paragraph only: shared ones are quotations or copied phrases."""
    quotes: tuple[tuple[str, ...], ...] = ()
    """Three-word windows of the paragraph's quotations: one stands together in another paragraph when
    it is one of that paragraph's ``trigrams``."""

    @cached_property
    def ordered_terms(self) -> tuple[str, ...]:
        """The terms in sorted order: sums over them do not depend on hash seeds."""
        return tuple(sorted(self.terms))

    @cached_property
    def trigrams(self) -> frozenset[tuple[str, ...]]:
        """The paragraph's word 3-grams (computed when a quotation is first looked for in it)."""
        ws = self.words
        return frozenset(zip(ws, ws[1:], ws[2:], strict=False))


class _Lowered(dict[str, str]):
    """A word (``WORD_RE``) -> its lower-cased form (``textnorm.lowered``), each worked out once."""

    def __missing__(self, word: str) -> str:
        low = self[word] = lowered([word])[0]
        return low


class _Term(dict[str, str | None]):
    """A lower-cased word -> its term (``textnorm.terms``), or None for a stop word, each worked out once."""

    def __missing__(self, word: str) -> str | None:
        found = terms([word])
        term = self[word] = next(iter(found)) if found else None
        return term


_Made = tuple[list[str], frozenset[str], str, frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...]]
"""One text's (words, terms, key, 4-grams, quote windows), as ``Features`` holds them."""
_NONE = frozenset({None})


class Corpus:
    """Features and term weights for every article paragraph of every version."""

    def __init__(self, versions: list[Version] | tuple[Version, ...]) -> None:
        self.features: list[list[Features]] = []
        df: Counter[str] = Counter()
        made: dict[str, _Made] = {}  # per text: the same text, the same features
        lower, term = _Lowered().__getitem__, _Term().__getitem__  # as lowered() and terms(), word by word
        for v, version in enumerate(versions):
            feats = []
            for paragraph in version.paragraphs:
                if paragraph.boilerplate is not None:
                    continue
                got = made.get(paragraph.text)
                if got is None:
                    got = made[paragraph.text] = _text_features(paragraph.text, lower, term)
                ws, ts, key, phrases, quotes = got
                feats.append(Features(v, paragraph.index, ws, ts, key, phrases=phrases, quotes=quotes))
            self.features.append(feats)
        df.update(chain.from_iterable(f.terms for feats in self.features for f in feats))
        _drop_topic_phrases(self.features)
        total = sum(len(f) for f in self.features) or 1
        self.idf = {t: math.log(1.0 + total / n) for t, n in df.items()}
        for feats in self.features:
            for f in feats:
                f.weight = self.weight(f.terms)
        self.by_index = [{f.index: f for f in feats} for feats in self.features]
        self._postings: dict[int, tuple[dict[str, list[int]], dict[str, list[int]]]] = {}
        self._rare: dict[tuple[int, int], tuple[dict[str, tuple[float, list[int]]], dict[str, list[int]]]] = {}

    def postings(self, v: int) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """(term -> positions, exact key -> positions) over version v's article paragraphs."""
        cached = self._postings.get(v)
        if cached is None:
            index: dict[str, list[int]] = defaultdict(list)
            exact: dict[str, list[int]] = defaultdict(list)
            for j, f in enumerate(self.features[v]):
                exact[f.key].append(j)
                for t in f.terms:
                    index[t].append(j)
            cached = self._postings[v] = (dict(index), dict(exact))
        return cached

    def rare_postings(self, v: int, cap: int) -> tuple[dict[str, tuple[float, list[int]]], dict[str, list[int]]]:
        """(term -> (idf, positions) for the terms in at most ``cap`` of version v's article paragraphs,
        exact key -> positions): ``postings`` without the common terms, each with its weight."""
        cached = self._rare.get((v, cap))
        if cached is None:
            index, exact = self.postings(v)
            idf = self.idf
            cached = self._rare[(v, cap)] = ({t: (idf[t], p) for t, p in index.items() if len(p) <= cap}, exact)
        return cached

    def weight(self, term_set: frozenset[str] | set[str]) -> float:
        """Total idf weight of a set of terms."""
        return math.fsum(map(self.idf.get, term_set, repeat(0.0)))  # exact: no dependence on set order

    def similarity(self, a: Features, b: Features) -> float:
        """Weighted Dice similarity of two paragraphs, plus a bonus for shared phrases."""
        if a.key == b.key:
            return 1.0 if a.key else 0.0
        common = a.terms & b.terms  # every term has an idf above 0: no shared term, no weight
        dice = 2.0 * fsum(map(self.idf.__getitem__, common)) / (a.weight + b.weight) if common else 0.0
        if a.phrases.isdisjoint(b.phrases):  # most pairs share none
            shared, bonus = 0, 0.0
        else:
            shared = len(a.phrases & b.phrases)
            bonus = PHRASE_BONUS * min(1.0, shared / 3)
        if shared < 3 and ((a.quotes and not b.trigrams.isdisjoint(a.quotes))
                           or (b.quotes and not a.trigrams.isdisjoint(b.quotes))):
            bonus += QUOTE_BONUS
        score = dice + bonus
        return score if score < 1.0 else 1.0

    def group_similarity(self, a: list[Features], b: list[Features]) -> float:
        """Weighted Dice similarity of two groups of paragraphs, each read as one text."""
        ta, wa = self._union(a)
        tb, wb = self._union(b)
        total = wa + wb
        return 2.0 * self.weight(ta & tb) / total if total else 0.0

    def _union(self, group: list[Features]) -> tuple[frozenset[str], float]:
        """(terms, their weight) of a group of paragraphs; one paragraph's are already known."""
        if len(group) == 1:
            return group[0].terms, group[0].weight
        union = _terms(group)
        return union, self.weight(union)

    def containment(self, part: Features, whole: list[Features]) -> float:
        """Share of a paragraph's term weight found in a group of paragraphs."""
        if not part.weight:
            return 0.0
        return self.weight(part.terms & _terms(whole)) / part.weight

    def mutual_containment(self, a: Features, b: Features) -> float:
        """The larger of ``containment(a, [b])`` and ``containment(b, [a])`` (their shared weight summed once)."""
        if not a.weight and not b.weight:
            return 0.0
        shared = self.weight(a.terms & b.terms)
        return max(shared / a.weight if a.weight else 0.0, shared / b.weight if b.weight else 0.0)


def _terms(group: list[Features]) -> frozenset[str]:
    """The terms of a group of paragraphs read as one text."""
    return group[0].terms if len(group) == 1 else frozenset().union(*(f.terms for f in group))


def _text_features(text: str, lower: Callable[[str], str], term: Callable[[str], str | None]) -> _Made:
    """A paragraph text's (words, terms, key, 4-grams, quote windows) (``lower``: as ``lowered``, ``term``:
    as ``terms``, word by word, None for a stop word)."""
    folded = fold(text)  # once for the words and the quotations
    ws = list(map(lower, WORD_RE.findall(folded)))
    found = frozenset(map(term, ws))
    return (ws, cast(frozenset[str], found - _NONE if None in found else found), " ".join(ws),
            frozenset(zip(ws, ws[1:], ws[2:], ws[3:], strict=False)), _quote_windows(folded, lower))


def _quote_windows(folded: str, lower: Callable[[str], str]) -> tuple[tuple[str, ...], ...]:
    """Three-word windows inside a folded text's quotations that hold a content word (``lower``:
    a word's lower-cased form, as ``lowered``)."""
    if '"' not in folded and "'" not in folded:
        return ()
    windows: dict[tuple[str, ...], None] = {}
    for double, single in _QUOTED.findall(folded):
        ws = list(map(lower, WORD_RE.findall(double or single)))
        windows.update(zip(filterfalse(STOPWORDS.issuperset, zip(ws, ws[1:], ws[2:], strict=False)), repeat(None)))
    return tuple(windows)


def _topic_phrases(features: list[list[Features]]) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(4-grams some version uses in two or more paragraphs, their three-word windows)."""
    fours: set[tuple[str, ...]] = set()
    for feats in features:
        seen: set[tuple[str, ...]] = set()
        for f in feats:
            if not seen.isdisjoint(f.phrases):
                fours |= seen & f.phrases
            seen |= f.phrases
    return frozenset(fours), frozenset(p[k:k + 3] for p in fours for k in (0, 1))


def _drop_topic_phrases(features: list[list[Features]]) -> None:
    """Strip the story's topic phrases from every paragraph's 4-grams and quote windows."""
    fours, windows = _topic_phrases(features)
    for feats in features:
        for f in feats:
            if fours and not fours.isdisjoint(f.phrases):
                f.phrases = f.phrases - fours
            if f.quotes and windows:
                f.quotes = tuple(filterfalse(windows.__contains__, f.quotes))


def verbatim(a: list[str], b: list[str], pa: set[tuple[str, str]] | None = None) -> float:
    """Dice of adjacent word pairs: 1.0 for the same wording, near 0 for a rewrite (``pa``: a's pairs,
    when the caller already has them)."""
    pa, pb = bigrams(a) if pa is None else pa, bigrams(b)
    if not pa and not pb:
        return 1.0 if a == b else 0.0
    return 2.0 * len(pa & pb) / (len(pa) + len(pb))


def shingles(version_words: list[list[str]], size: int = 3) -> set[tuple[str, ...]]:
    """Word n-grams of a version's article paragraphs."""
    out: set[tuple[str, ...]] = set()
    for ws in version_words:
        out.update(zip(*(ws[k:] for k in range(size)), strict=False))
    return out


def overlap_counts(grams: list[set[tuple[str, ...]]]) -> list[list[int]]:
    """Counts of n-grams shared by each pair of versions, in one pass over the n-grams."""
    owners: dict[tuple[str, ...], int] = {}
    for v, g in enumerate(grams):
        bit = 1 << v
        for gram in g:
            owners[gram] = owners.get(gram, 0) | bit
    masks: dict[int, int] = {}
    for mask in owners.values():
        masks[mask] = masks.get(mask, 0) + 1
    n = len(grams)
    counts = [[0] * n for _ in range(n)]
    for mask, count in masks.items():
        members = [v for v in range(n) if mask >> v & 1]
        for v in members:
            for w in members:
                counts[v][w] += count
    return counts


def shared_matrix(grams: list[set[tuple[str, ...]]], counts: list[list[int]]) -> tuple[tuple[float, ...], ...]:
    """Share of each version's word 3-grams found in each other version."""
    return tuple(tuple(round(c / len(g), 3) if g else 0.0 for c in row) for g, row in zip(grams, counts, strict=True))
