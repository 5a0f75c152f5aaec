"""Derivation: the same edge in every argument order and version set, directed only on evidence."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from tests.conftest import ORIGINAL, SAMPLE, SPUN, SYNDICATED, make_versions
from tui.core import compare, load_inputs
from tui.core.analysis.provenance import copy_marks, derivation_edges

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "dev-corpus" / "onestopenglish"


def _edges(paths):
    versions = load_inputs([str(p) for p in paths])
    comparison = compare(versions)
    return {(versions[e.source].label, versions[e.target].label, e.confidence, e.directed)
            for e in derivation_edges(comparison)}


@pytest.mark.parametrize("copy", [SPUN, SYNDICATED], ids=["spun", "syndicated"])
def test_a_pair_gets_the_same_edge_in_either_order_and_in_the_whole_set(copy):
    pair = [SAMPLE / f"{ORIGINAL}.txt", SAMPLE / f"{copy}.txt"]
    forward, backward = _edges(pair), _edges(pair[::-1])
    assert forward == backward and len(forward) == 1
    assert forward <= _edges(sorted(SAMPLE.glob("*.txt")))
    source, target, confidence, directed = next(iter(forward))
    assert (source, target, directed) == (ORIGINAL, copy, True) and confidence >= 0.5


def test_edges_do_not_depend_on_the_order_of_four_versions():
    files = sorted(SAMPLE.glob("*.txt"))
    results = {frozenset(_edges(order)) for order in permutations(files)}
    assert len(results) == 1


def test_related_texts_without_copy_marks_are_undirected():
    base = [f"Paragraph {n} of the story says the council met on day {n} and agreed the plan for the "
            f"harbour, the school and the new library, which costs {n} million." for n in range(12)]
    edited = [line.replace("agreed", "approved") for line in base]
    comparison = compare(make_versions("\n".join(base), "\n".join(edited)))
    [edge] = derivation_edges(comparison)
    assert not edge.directed


def test_holes_and_doubled_paragraphs_are_copy_marks():
    plain = "Troops could be sent to Ukraine as efforts to build a coalition grow."
    holed = "Peacekeeping troops in as efforts to build a coalition grow."
    caption = "Keir Starmer speaks in London (Image: Getty)"
    assert copy_marks(make_versions(plain)[0]).points() == 0
    marks = copy_marks(make_versions("\n".join([holed, caption, caption]))[0])
    assert marks.holes == 1 and marks.doubled == 1


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev corpus is not beside the repository")
def test_no_wrong_direction_on_real_rewrites_in_either_order():
    for story in sorted(p for p in DEV.iterdir() if p.is_dir())[:10]:
        for child in ("int", "ele"):
            for order in ([story / "adv.txt", story / f"{child}.txt"], [story / f"{child}.txt", story / "adv.txt"]):
                for source, target, _, directed in _edges(order):
                    assert not directed or (source, target) == ("adv", child), story.name


def test_text_a_copy_dropped_is_no_unsupported_addition_in_its_source():
    from tui.core import analyse
    versions = load_inputs([str(SAMPLE / f"{ORIGINAL}.txt"), str(SAMPLE / f"{SYNDICATED}.txt")])
    for base in range(2):
        analysis = analyse(compare(versions, base))
        sources = {e.source for e in analysis.derivation if e.directed}
        assert sources == {0}
        assert not [f for f in analysis.findings if f.kind == "unsupported-addition" and f.version == 0]


def test_holes_found_for_the_edges_give_the_findings_the_detector_finds_itself():
    from tui.core import analyse
    from tui.core.analysis.findings import find_all, stripped
    from tui.core.analysis.stats import compare_and_analyse

    versions = load_inputs([str(SAMPLE)])
    comparison = compare(versions)
    itself = [f for f in find_all(comparison) if f.kind == "stripped-text"]  # nothing handed to the detector
    assert itself
    for analysis in (compare_and_analyse(versions)[2], analyse(comparison)):  # the holes the edges found, reused
        assert not stripped._KNOWN  # none kept once the detector has run
        assert [f for f in analysis.findings if f.kind == "stripped-text"] == itself
