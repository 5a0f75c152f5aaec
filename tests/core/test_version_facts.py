"""What the detectors read from the versions alone, found beforehand, gives the findings they find themselves."""

from __future__ import annotations

from tui.core import CellDiffs
from tui.core.analysis.facts import version_facts
from tui.core.analysis.findings import DETECTORS, detect
from tui.core.analysis.findings.additions import new_fact_sentences
from tui.core.analysis.findings.quotes import all_quotes


def test_facts_found_beforehand_give_the_same_findings(sample_versions, sample_comparison):
    facts = version_facts(sample_versions)
    assert facts.quotes and facts.new_facts and facts.duplicates  # the sample has some of each to hand over
    every = [d.name for d in DETECTORS]
    itself = detect(sample_comparison, CellDiffs(sample_comparison), every)
    given = detect(sample_comparison, CellDiffs(sample_comparison), every, facts)
    assert all(itself[name] for name in ("quotes", "unsupported-addition", "duplicate"))
    assert given == itself


def test_what_is_found_beforehand_depends_on_the_versions_alone(sample_versions):
    facts = version_facts(sample_versions)
    assert facts.quotes == all_quotes(sample_versions)
    assert facts.new_facts == new_fact_sentences(sample_versions)
    assert new_fact_sentences(sample_versions[:1]) == ()  # one version: nothing to compare a fact with
