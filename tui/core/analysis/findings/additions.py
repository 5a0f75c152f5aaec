"""Unsupported additions: sentences with facts no other version has.

For a fact-checker: a sentence of a version's article text is an
*unsupported addition* when

* the other versions in its aligned row do not support it: fewer than
  ``SUPPORT`` of its content words appear in their cells (a row the version
  has alone supports nothing), and
* it carries a fact to check that appears in no other version at all: a
  figure or date, or a name none of whose words the other versions use.

Quotations are left to ``quote-unsupported``. To keep the list short, each
paragraph gets at most one finding (its first such sentence); boilerplate is
skipped, and a comparison of one version has nothing to support anything.

The second test needs the versions alone: ``new_fact_sentences(versions)``
lists the sentences that pass it, and may run beforehand (beside the
alignment: ``facts.VersionFacts``); the first needs the aligned rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ...model import Finding, Version
from ...textnorm import terms, words
from .common import Context, quoted
from .names import HONORIFICS, TITLE_WORDS, name_runs, runs_within, sentence_start
from .numbers import FigureKey, all_figures, figures

SUPPORT = 0.5
"""Share of a sentence's content words the aligned cells must hold to support it."""
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)]*(?=\s|$)")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St)|\b[A-Z])$")
_TITLES = frozenset(w[:6] for w in HONORIFICS | TITLE_WORDS)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph (Mr. and initials do not end one)."""
    found, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, match.start() - 4), match.start()):
            continue
        found.append((start, match.end()))
        start = match.end()
    found.append((start, len(text)))
    spans = []
    for s, e in found:
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            spans.append((s, e))
    return spans


NewFacts = tuple[int, int, int, int, tuple[str, ...]]
"""A sentence with facts no other version has: (version, paragraph index, start, end, those facts)."""


class _Facts:
    """Per version: the figures and the words of its article text."""

    def __init__(self, versions: Sequence[Version]) -> None:
        self.figures: dict[FigureKey, set[int]] = {}
        """Each figure's key -> the versions whose article text has it."""
        self.words: dict[str, set[int]] = {}
        """Each word stem -> the versions whose article text has it."""
        self._names: dict[str, list[str]] = {}
        """Each name read -> ``_personal(name)``."""
        stems: dict[str, set[str]] = {}  # a text repeated in several versions is read once
        for v, version in enumerate(versions):
            keys: set[FigureKey] = set()
            vocabulary: set[str] = set()
            for paragraph in version.article():
                keys.update(key for _s, _e, key in all_figures(paragraph.text))
                found = stems.get(paragraph.text)
                if found is None:
                    found = stems[paragraph.text] = _stems(paragraph.text)
                vocabulary.update(found)
            for key in keys:
                self.figures.setdefault(key, set()).add(v)
            for word in vocabulary:
                self.words.setdefault(word, set()).add(v)

    def _personal(self, name: str) -> list[str]:
        """The stems of a name's words that are not titles (read once per distinct name)."""
        found = self._names.get(name)
        if found is None:
            found = self._names[name] = [w for w in _stems(name) if w not in _TITLES]
        return found

    @staticmethod
    def _elsewhere(holders: set[int] | None, version: int) -> bool:
        """Whether a version other than this one holds it."""
        return holders is not None and (len(holders) > 1 or version not in holders)

    def _new(self, text: str, figure_spans: Iterable[tuple[int, int, FigureKey]], name_spans: Iterable[tuple[int, int]],
             version: int) -> Iterator[tuple[int, str]]:
        """(position, fact) for each of these figures, then names, of text that no other version has."""
        elsewhere, held_figures, held_words = self._elsewhere, self.figures.get, self.words.get
        for s, e, key in figure_spans:
            if _checkable(text[s:e]) and not elsewhere(held_figures(key), version):
                yield s, text[s:e]
        for m_start, m_end in name_spans:
            name = text[m_start:m_end]
            if " " not in name and sentence_start(text, m_start):
                continue
            personal = self._personal(name)
            if personal and not any(elsewhere(held_words(w), version) for w in personal):
                yield m_start, name

    def any_new(self, text: str, version: int) -> bool:
        """Whether any figure or name of text could be a new fact (``new_facts`` of each of its sentences
        only keeps some of these: with none, every sentence has none)."""
        return any(self._new(text, all_figures(text), name_runs(text), version))

    def new_facts(self, text: str, start: int, end: int, version: int) -> list[str]:
        """The figures and names of text[start:end] that no other version has."""
        inside = ((s, e, key) for s, e, key in figures(text, start, end) if s >= start and e <= end)
        found = list(self._new(text, inside, runs_within(text, start, end), version))
        facts: list[str] = []
        for _s, fact in sorted(found):
            if fact not in facts and not any(fact in earlier for earlier in facts):
                facts.append(fact)
        return facts


def _stems(text: str) -> set[str]:
    """Lower-cased words cut to six letters, so Russia and Russian, Ukrainians and Ukrainian match."""
    return {w[:6] for w in _LETTERS.findall(text.lower())}


_LETTERS = re.compile(r"[^\W\d_]+")


def _checkable(figure: str) -> bool:
    """Whether a figure is a fact worth checking (not a bare small number word: "three")."""
    return any(c.isdigit() for c in figure) or figure.lower() not in _SMALL_WORDS


_SMALL_WORDS = frozenset("two three four five six seven eight nine ten dozen hundred".split())


def _row_terms(context: Context, version: int, paragraph: int) -> frozenset[str]:
    row_index = context.row_of(version, paragraph)
    row = context.comparison.rows[row_index]
    texts = [context.cell(row_index, v).text for v in row.versions_present() if v != version]
    # a version whose cell above covers this row (a merge, a split base paragraph) supports it too
    texts += [context.cell(context.comparison.cover(row_index, v)[0], v).text
              for v in range(len(row.cells)) if v != version and row.continues(v)]
    return terms(words(" ".join(texts)))


def new_fact_sentences(versions: Sequence[Version]) -> tuple[NewFacts, ...]:
    """Every article sentence with a figure or name no other version has, in version, paragraph and text order
    (none for a single version)."""
    if len(versions) < 2:
        return ()
    facts = _Facts(versions)
    found = []
    for v, version in enumerate(versions):
        for paragraph in version.article():
            if not facts.any_new(paragraph.text, v):
                continue
            for start, end in sentences(paragraph.text):
                new = facts.new_facts(paragraph.text, start, end, v)
                if new:
                    found.append((v, paragraph.index, start, end, tuple(new)))
    return tuple(found)


def unsupported_additions(context: Context) -> list[Finding]:
    """At most one unsupported sentence with a new fact per article paragraph."""
    comparison = context.comparison
    if len(comparison.versions) < 2:
        return []
    given = context.facts.new_facts if context.facts is not None else None
    candidates = given if given is not None else new_fact_sentences(comparison.versions)
    found = []
    done: tuple[int, int] | None = None  # the last paragraph with a finding
    support: dict[tuple[int, int], frozenset[str]] = {}
    for v, index, start, end, new in candidates:
        if (v, index) == done:
            continue
        if (v, index) not in support:
            support[(v, index)] = _row_terms(context, v, index)
        text = comparison.versions[v].paragraphs[index].text
        own = terms(words(text[start:end]))
        if own and len(own & support[(v, index)]) / len(own) >= SUPPORT:
            continue
        checks = ", ".join(quoted(fact, 40) for fact in new[:3])
        found.append(Finding("unsupported-addition", v, index, start, end,
                             f"no other version supports this sentence; check {checks}"))
        done = (v, index)
    return found
