"""What the analysis reads that depends on the versions alone, not on their alignment.

``version_facts(versions)`` returns a ``VersionFacts``: the names the name
detector knows (``findings.names.known_names_of``) and the words of every
paragraph (``paragraph_words``). ``stats.compare_and_analyse`` finds them
beside the alignment (in the forked process that finds the derivation edges,
on big inputs) and hands them to ``stats.analyse``, which would otherwise
find them itself. The same values either way: handing them over changes no
result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Version
from ..textnorm import WORD
from .findings.names import known_names_of


@dataclass(frozen=True)
class VersionFacts:
    """Facts of the versions alone, for one analysis of them."""

    known_names: frozenset[str]
    """``findings.names.known_names_of(versions)``."""
    words: tuple[tuple[int, ...], ...]
    """``paragraph_words(versions)``."""


def paragraph_words(versions: Sequence[Version]) -> tuple[tuple[int, ...], ...]:
    """Per version, the ``WORD`` count of each paragraph's text, by paragraph index. A cell's text joins its
    paragraphs with newlines, which no word crosses: its count is the sum of theirs."""
    return tuple(tuple(len(WORD.findall(p.text)) for p in version.paragraphs) for version in versions)


def version_facts(versions: Sequence[Version]) -> VersionFacts:
    """The facts of these versions."""
    return VersionFacts(known_names_of(versions), paragraph_words(versions))
