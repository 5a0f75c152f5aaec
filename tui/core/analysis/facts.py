"""What the analysis reads that depends on the versions alone, not on their alignment.

``version_facts(versions)`` returns a ``VersionFacts``: the names the name
detector knows (``findings.names.known_names_of``), the words of every
paragraph (``paragraph_words``), and what three detectors find in the versions
alone: the quotations (``quotes.all_quotes``), the sentences with facts no
other version has (``additions.new_fact_sentences``) and the repeated
paragraphs (``duplicates``). ``stats.compare_and_analyse`` finds them
beside the alignment (in the forked process that finds the derivation edges,
on big inputs) and hands them to ``stats.analyse``, which would otherwise
find them itself. The same values either way: handing them over changes no
result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Finding, Version
from ..textnorm import WORD
from .findings.additions import NewFacts, new_fact_sentences
from .findings.duplicates import duplicates
from .findings.names import known_names_of

if TYPE_CHECKING:
    from .findings.quotes import Quote


@dataclass(frozen=True)
class VersionFacts:
    """Facts of the versions alone, for one analysis of them."""

    known_names: frozenset[str]
    """``findings.names.known_names_of(versions)``."""
    words: tuple[tuple[int, ...], ...]
    """``paragraph_words(versions)``."""
    quotes: tuple[Quote, ...] | None = None
    """``quotes.all_quotes(versions)`` (None: not found beforehand)."""
    new_facts: tuple[NewFacts, ...] | None = None
    """``additions.new_fact_sentences(versions)`` (None: not found beforehand)."""
    duplicates: tuple[Finding, ...] | None = None
    """``duplicates.duplicates(versions)`` (None: not found beforehand)."""


def paragraph_words(versions: Sequence[Version]) -> tuple[tuple[int, ...], ...]:
    """Per version, the ``WORD`` count of each paragraph's text, by paragraph index. A cell's text joins its
    paragraphs with newlines, which no word crosses: its count is the sum of theirs."""
    return tuple(tuple(len(WORD.findall(p.text)) for p in version.paragraphs) for version in versions)


def version_facts(versions: Sequence[Version]) -> VersionFacts:
    """The facts of these versions."""
    from .findings.quotes import all_quotes  # its patterns take a while to compile: in the process that runs it

    return VersionFacts(known_names_of(versions), paragraph_words(versions), all_quotes(versions),
                        new_fact_sentences(versions), tuple(duplicates(versions)))
