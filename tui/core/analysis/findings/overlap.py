"""Candidate pairs for "shares enough words" matches, without comparing every pair.

``OverlapIndex(sets, least)`` indexes a list of word sets, where two sets
can only match when they share at least ``least(size)`` words, ``size``
being the smaller set's size. ``candidates(k)`` lists, in ascending order,
every other set that could match set k: a superset of the matches (callers
still check each one), usually a small one.

Prefix filtering: each set's words are ordered rarest first (fewest sets
holding them, then alphabetically) and its *prefix* is its first
``size - least(size) + 1`` words. When two sets share ``least`` words or
more, the smaller one's prefix holds one of them (otherwise they would share
at most ``least - 1``). So a set's candidates are the sets at least as large
holding a word of its prefix, and the smaller sets whose prefix holds one of
its words.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable


class OverlapIndex:
    """Word sets indexed by word and by prefix word, to list a set's possible matches."""

    def __init__(self, sets: list[frozenset[str]], least: Callable[[int], int]) -> None:
        self.sets = sets
        counts = Counter(word for words in sets for word in words)
        self.prefixes = [sorted(words, key=lambda w: (counts[w], w))[:max(0, len(words) - least(len(words)) + 1)]
                         for words in sets]
        self.holding: dict[str, list[int]] = defaultdict(list)
        """Word -> the sets holding it."""
        self.leading: dict[str, list[int]] = defaultdict(list)
        """Word -> the sets whose prefix holds it."""
        for k, words in enumerate(sets):
            for word in words:
                self.holding[word].append(k)
            for word in self.prefixes[k]:
                self.leading[word].append(k)

    def candidates(self, k: int) -> list[int]:
        """The other sets that could share enough words with set k, in ascending order."""
        size = len(self.sets[k])
        found = {j for word in self.prefixes[k] for j in self.holding[word] if len(self.sets[j]) >= size}
        found.update(j for word in self.sets[k] for j in self.leading.get(word, ()) if len(self.sets[j]) < size)
        found.discard(k)
        return sorted(found)
