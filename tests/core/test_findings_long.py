"""Findings deep inside one very long paragraph: found, and located at the right place.

The detectors read only a window of text around each change or hole, so a
finding 100,000 characters into a paragraph must still come out exactly as
it would in a short one. (Speed is measured in benchmarks/, not here.)
"""

from __future__ import annotations

import random
from functools import lru_cache

import pytest

from tests.conftest import make_versions
from tui.core import compare
from tui.core.analysis.findings import find_all
from tui.core.diff.diffs import CellDiffs

WORDS = 20_000
"""Filler words around the sentence under test, three fifths before it."""
PLAIN = ("council budget harbour market school bridge garden street committee report winter village station "
         "museum library ferry tunnel meadow orchard quarry railway canal festival quietly northern busy old "
         "green wooden narrow ancient local weekly").split()
"""Lower-case words that give no finding by themselves: no names, figures, quotations or function words."""


@lru_cache(maxsize=None)
def filler(count: int, seed: int) -> str:
    """count plain words in sentences of twelve, the same for the same seed."""
    words = random.Random(seed).choices(PLAIN, k=count)
    return " ".join(" ".join(words[k:k + 12]) + "." for k in range(0, count, 12))


def long_story(sentence: str) -> str:
    """A headline, one paragraph with sentence deep inside 20,000 filler words, and a last line."""
    before, after = filler(WORDS * 3 // 5, 1), filler(WORDS * 2 // 5, 2)
    return f"Headline of the story\n{before} {sentence} {after}\nThe last line of the story.\n"


def findings_in(*sentences: str, kind: str):
    """(comparison, findings of kind) for versions A, B ... each a long story around one sentence."""
    comparison = compare(make_versions(*(long_story(s) for s in sentences)), 0)
    return comparison, [f for f in find_all(comparison, CellDiffs(comparison)) if f.kind == kind]


def paragraph_text(comparison, finding) -> str:
    return comparison.versions[finding.version].paragraphs[finding.paragraph].text


DEPTH = len(filler(WORDS * 3 // 5, 1))
"""Offset of the sentence under test in the long paragraph."""

CHANGES = [
    ("stripped name", "stripped-text", "There is speculation Australia might be involved in the talks.",
     "There is speculation might be involved in the talks.", 'A has "Australia"', "There is speculation"),
    ("changed number", "number-changed", "Officials said 240,000 refugees could lose their legal status by April.",
     "Officials said 250,000 refugees could lose their legal status by April.",
     '"250,000" here, "240,000" there', "Officials said "),
    ("changed title", "name-changed", "He said there was no certainty of a deal, despite Donald Trump's push.",
     "He said there was no certainty of a deal, despite former President Donald Trump's push.",
     '"former President Donald Trump" here, "Donald Trump" there', "no certainty of a deal, despite "),
]


@pytest.mark.parametrize("kind, base, copy, message, before", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_change_deep_in_a_long_paragraph_is_found_in_place(kind, base, copy, message, before):
    comparison, found = findings_in(base, copy, kind=kind)
    assert [(f.version, f.paragraph, f.evidence) for f in found] == [(1, 1, ((0, 1),))]
    finding = found[0]
    assert message in finding.message
    text = paragraph_text(comparison, finding)
    assert finding.start > DEPTH
    assert text[:finding.start].endswith(before)


def test_stripped_name_hole_spans_the_blank_where_the_name_stood():
    comparison, found = findings_in("There is speculation Australia might be involved in the talks.",
                                    "There is speculation might be involved in the talks.", kind="stripped-text")
    text = paragraph_text(comparison, found[0])
    assert text[found[0].start:found[0].end] == " "
    assert text[found[0].end:].startswith("might be involved")


def test_hole_in_the_text_is_quoted_with_its_neighbouring_words():
    comparison, found = findings_in("Work continues on a peace deal struck with . Talks go on.", kind="stripped-text")
    assert [(f.version, f.paragraph) for f in found] == [(0, 1)]
    text = paragraph_text(comparison, found[0])
    assert found[0].start > DEPTH and text[found[0].start:found[0].end] == " "
    assert 'stripped here: "deal struck with . Talks"' in found[0].message
