"""The scorecard counts the same words whether or not the paragraphs' word counts are handed to it
(``facts.paragraph_words``, found beside the alignment on big inputs)."""

from __future__ import annotations

import pytest

from tests.conftest import make_versions
from tui.core import CellDiffs, compare
from tui.core.analysis.facts import paragraph_words
from tui.core.analysis.stats import base_counts, version_stats


def _same_either_way(versions) -> None:
    comparison = compare(versions)
    diffs, words = CellDiffs(comparison), paragraph_words(comparison.versions)
    counts = base_counts(comparison)
    for v in range(len(versions)):
        if v != comparison.base:
            assert version_stats(comparison, diffs, v, counts, words[v]) == version_stats(comparison, diffs, v)


def test_sample_story(sample_versions):
    _same_either_way(sample_versions)


def test_hard_story(tmp_path):
    from hardstory import write_story

    write_story(tmp_path, 4, 60)
    from tui.core import load_inputs

    _same_either_way(load_inputs([str(tmp_path)]))


@pytest.mark.parametrize("edit", [
    "The council appr\u200boved the pl\u202ean, O'Neill said. Then 240,000 people wrote in today.",  # hidden
    "The council \u2018approved\u2019 the plan, O\u2019Neill said. Then 250,000 people wrote in\u2026",  # quotes
    "The council approved the plan, O'Neill said:then 240,000 people wrote in, don't they.",  # no spaces
])
def test_edited_cells_with_hard_word_boundaries(edit):
    base = "The council approved the plan, O'Neill said. Then 240,000 people wrote in."
    versions = make_versions(base + "\n\nA second paragraph stays.\n", edit + "\n\nA second paragraph stays.\n")
    assert compare(versions).rows[0].info[1].kind == "edited"
    _same_either_way(versions)
