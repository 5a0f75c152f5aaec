"""Invariants of the comparison and the report on generated messy stories, for every base.

Run with more examples through the ``ci`` Hypothesis profile (``HYPOTHESIS_PROFILE=ci``).
"""

from __future__ import annotations

import json

from hypothesis import given

from tests.conftest import make_versions
from tests.gen.stories import stories
from tui.core import CellDiffs, analyse, compare, render
from tui.core.model import STRENGTH


def _check_every_paragraph_once(comparison) -> None:
    seen = [(v, i) for row in comparison.rows for v, cell in enumerate(row.cells) for i in cell]
    expected = [(v, p.index) for v, version in enumerate(comparison.versions) for p in version.paragraphs]
    assert len(seen) == len(set(seen)) and sorted(seen) == sorted(expected)


def _check_order(comparison) -> None:
    base_order = [i for row in comparison.rows for i in row.cells[comparison.base]]
    assert base_order == sorted(base_order), "rows must follow the base's reading order"
    for v in range(len(comparison.versions)):
        kept = [i for row in comparison.rows for i in row.cells[v] if not row.info[v].moved]
        assert kept == sorted(kept), f"version {v} leaves its own order without a move mark"


def _check_relations(comparison) -> None:
    base = comparison.base
    for row in comparison.rows:
        relations = [info.relation for v, info in enumerate(row.info) if v != base and info.relation]
        if row.relation == "boilerplate":
            assert set(relations) <= {"boilerplate"}
            continue
        base_text = bool(row.cells[base]) or row.continues(base)
        if len(comparison.versions) > 1 and base_text:
            assert row.relation == max(relations, key=STRENGTH.__getitem__)
        if row.relation == "same":
            assert all(cell for cell in row.cells), "a row some version lacks is never 'same'"
        if not base_text and len(comparison.versions) > 1:
            assert row.relation == "added"
        for v, info in enumerate(row.info):
            if v != base and row.cells[base] and not row.cells[v]:
                # a version whose cell above covers this row merged this base text there
                assert info.relation == ("merged" if row.continues(v) else "dropped")
            if v != base and row.continues(base) and row.cells[v]:
                # text under a base paragraph continued from the row above: compared with it
                assert info.relation not in ("", "added", "dropped")


def _check_continued(comparison) -> None:
    """A continued cell is empty, and the version's cell it continues is in the row above (or
    continued itself); a group's rows never hold two paragraphs of different versions that
    carry nothing in common by construction, which the dev-corpus benchmark measures."""
    for n, row in enumerate(comparison.rows):
        if not row.continued:
            continue
        assert len(row.continued) == len(comparison.versions)
        for v in range(len(comparison.versions)):
            if row.continues(v):
                assert n > 0 and not row.cells[v]
                above = comparison.rows[n - 1]
                assert above.cells[v] or above.continues(v)
                assert comparison.rows[comparison.cover(n, v)[0]].cells[v]


def _check_diffs_rebuild(comparison, diffs: CellDiffs) -> None:
    for n, row in enumerate(comparison.rows):
        for v in range(len(comparison.versions)):
            changes = diffs.diff(n, v)
            if changes is None:
                continue
            a = comparison.base_text(n, v)
            b = comparison.cell_text(row, v)
            assert "".join(a[c.a_start:c.a_end] for c in changes) == a
            assert "".join(b[c.b_start:c.b_end] for c in changes) == b


def _check_report(comparison, analysis, diffs) -> None:
    text = render(comparison, analysis, "json", diffs=diffs)
    report = json.loads(text)
    for row in report["rows"]:
        changes = row.get("changes", {})
        if row["relation"] not in ("boilerplate", "added") and changes:
            assert row["relation"] == max(changes.values(), key=STRENGTH.__getitem__)
        assert set(row["dropped"]) == {vid for vid, rel in changes.items() if rel == "dropped"}
        assert not set(row["dropped"]) & set(row.get("continued", {})), "a continuation is not dropped"
    again = compare(comparison.versions, comparison.base)
    assert render(again, analyse(again), "json") == text, "the same input gives the same report"


@given(stories())
def test_generated_stories_keep_the_report_invariants_for_every_base(texts):
    versions = make_versions(*texts)
    for base in range(len(versions)):
        comparison = compare(versions, base)
        _check_every_paragraph_once(comparison)
        _check_order(comparison)
        _check_relations(comparison)
        _check_continued(comparison)
        diffs = CellDiffs(comparison)
        _check_diffs_rebuild(comparison, diffs)
        _check_report(comparison, analyse(comparison, diffs), diffs)


def test_a_repeated_paragraph_across_boilerplate_is_no_merge():
    """Found by the generator: the base repeats a paragraph with other text between the two copies;
    the copy's only article paragraph matched the first, and the second was 'merged' into its row."""
    s = 'Starmer said a "coalition of the willing" would defend any deal and guarantee peace in Ukraine.'
    e = "European leaders agreed on Sunday to draw up a peace plan for Ukraine to present to Washington."
    versions = make_versions("\n".join([s, e, e, s]), "\n".join([s, "Related", e, e, s]))
    for base in range(2):
        comparison = compare(versions, base)
        _check_order(comparison)
        assert all(len(row.cells[0]) < 2 or row.cells[0][-1] - row.cells[0][0] == len(row.cells[0]) - 1
                   for row in comparison.rows)
