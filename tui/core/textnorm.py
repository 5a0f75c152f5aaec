"""Typography folding and word features shared by every comparison step.

``fold`` maps text to a typography-neutral form: curly and straight quotes,
the dash family, ellipses and the various spaces all become one spelling, so
that typography is never counted as a change. Folding maps each character to
exactly one character (a 1:1 map), so offsets into folded text are offsets
into the original.

``WORD`` is a word (what the word diff cuts text into, and what counts and
findings read); ``WORD_RE`` a term's word, which keeps numbers and
abbreviations whole (``word_pattern`` builds both). ``words`` lists the
lower-cased term words of a text; ``terms`` the content words
(stop words dropped, light stemming, numbers without separators) used to score
how much two paragraphs share.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ONE_TO_ONE = {
    # single quotes, apostrophes and primes
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02bc", "'"),
    # double quotes and guillemets
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    # the dash family and the minus sign
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    # spaces
    **dict.fromkeys("\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t", " "),
    # invisible characters become spaces so offsets survive
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", " "),
    "\u2026": ".",
}
_FOLD_RE = re.compile("[" + "".join(map(re.escape, sorted(_ONE_TO_ONE))) + "]")
_FOLD_ONE = _ONE_TO_ONE.__getitem__


def word_pattern(inner: str) -> str:
    """The regular expression of a word: runs of letters and digits (any script, not ``_``) joined by
    one match of ``inner`` each (a regex of what may stand inside a word), never starting or ending with it.

    The engine's word tokenizers are built with it (``WORD``, ``WORD_RE``, the word diff's tokens); they
    differ only in ``inner``. (The fact lexer and a few detectors' context patterns are regexes of their own.)
    The repeats are possessive (``++``, ``*+``): ``inner`` never matches a letter or digit, so giving characters
    back could never make another word, and the engine, keeping no backtracking points, finds the same words
    about a tenth faster.
    """
    return rf"[^\W_]++(?:{inner}[^\W_]++)*+"


WORD = re.compile(word_pattern(r"['\u2019]"))
"""A word: letters and digits with inner apostrophes (don't, O'Neill, Ukraine’s). The word diff cuts
text into these (``diff.worddiff``, which also lets zero-width characters stand inside one), so word
counts over a diff's spans (the scorecard, ``verbatim_share``) and the findings read words with it:
a count never straddles the diff's cuts."""
WORD_RE = re.compile(word_pattern(r"['\u2019.,]"))
"""A term's word, for matching content (``words``, ``wording``, alignment features): a ``WORD`` that
keeps inner dots and commas too, so numbers and abbreviations stay one term (U.S, 240,000, 3.5) and
match across versions. Not for counting words in a diff's spans: the diff cuts 240,000 into 240 , 000."""

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told mr mrs ms sir dr one two
    may might must shall us it's that's he's she's we're they're i'm i've we've they've
    don't doesn't didn't isn't wasn't aren't weren't won't can't couldn't wouldn't
    however meanwhile according added""".split()
)


SQUASHED = 16_384
"""Texts whose ``squash`` is kept (the least recently used go first): every paragraph of a big story (10
versions of 1,000 paragraphs hold about 9,500). The texts and their squashed forms stay alive until pushed out:
about 10 MB for 16,384 paragraphs of 200 characters."""


def fold(text: str) -> str:
    """Fold typography (quotes, dashes, spaces, ellipses) without moving offsets."""
    return _FOLD_RE.sub(lambda match: _FOLD_ONE(match.group()), text)  # 4x faster than str.translate


@lru_cache(maxsize=SQUASHED)
def squash(text: str) -> str:
    """Fold typography, compose Unicode and collapse whitespace: a comparison key (cached: the story pass of
    the boilerplate labels, the rows, the derivation and the duplicate detector each ask for every paragraph's,
    and helpers forked after the story pass inherit the cache)."""
    folded = unicodedata.normalize("NFC", fold(text))
    return " ".join(folded.split())


def words(text: str) -> list[str]:
    """The lower-cased words of a text, typography folded."""
    return lowered(WORD_RE.findall(fold(text)))


def lowered(word_list: list[str]) -> list[str]:
    """Words lower-cased, numbers without thousands separators (240,000 -> 240000)."""
    return [w.replace(",", "") if w[0].isdigit() else w.lower() for w in word_list]


def wording(text: str) -> list[str]:
    """The words of a text with case kept and typography folded."""
    return WORD_RE.findall(fold(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, deterministic English suffix stripper for content matching (cached)."""
    return _strip_suffix(word)


def _strip_suffix(word: str) -> str:
    if word[0].isdigit():
        return word
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, keep in (("ies", 4), ("ing", 5), ("ed", 4), ("es", 4), ("s", 3), ("ly", 5)):
        if word.endswith(suffix) and len(word) >= keep + len(suffix) - 1:
            if suffix == "s" and word.endswith("ss"):
                return word
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(word_list: list[str]) -> frozenset[str]:
    """The content terms of a word list: stop words dropped, stems kept."""
    return frozenset(stem(w) for w in word_list if w not in STOPWORDS and (len(w) > 1 or w.isdigit()))


def bigrams(word_list: list[str]) -> set[tuple[str, str]]:
    """The set of adjacent word pairs, a cheap measure of verbatim wording."""
    return set(zip(word_list, word_list[1:], strict=False))
