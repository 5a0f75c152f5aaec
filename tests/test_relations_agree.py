"""Every output agrees on what each version did: JSON, text, Markdown, HTML and the viewer's keys."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import make_versions
from tui.core import analyse, compare, render
from tui.widgets.layout import build_items, is_change

P = [f"Paragraph {n} says the council met on day {n} and agreed to spend {n} million on the harbour plan."
     for n in range(6)]
CASES = [
    ("dropped", P[:2] + P[3:], 2, "dropped"),
    ("moved", P[:1] + P[2:5] + P[1:2] + P[5:], 1, "moved"),
    ("typography", P[:3] + [P[3].replace("council", "council\u2019s").replace("'", "\u2019")] + P[4:], 3, None),
    ("split", P[:2] + ["Paragraph 2 says the council met on day 2 and agreed",
                       "to spend 2 million on the harbour plan."]
     + P[3:], 2, "split"),
]


@pytest.mark.parametrize("copy,row_of,relation", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reports_and_viewer_agree(copy, row_of, relation):
    comparison = compare(make_versions("\n".join(P), "\n".join(copy)), base=0)
    row_index = next(n for n, row in enumerate(comparison.rows) if row_of in row.cells[0])
    row = comparison.rows[row_index]
    expected = relation or row.info[1].relation
    assert row.info[1].relation == expected == row.relation
    analysis = analyse(comparison)
    report = json.loads(render(comparison, analysis, "json"))
    assert report["rows"][row_index]["relation"] == expected
    assert report["rows"][row_index]["changes"] == {"B": expected}
    text, markdown = render(comparison, analysis, "text"), render(comparison, analysis, "markdown")
    assert f"Row {row_index + 1} \u00b7 {expected}" in text
    assert f"### Row {row_index + 1} \u00b7 {expected}" in markdown
    assert not re.search(rf"Row {row_index + 1} \u00b7 (same|added)\b", text)
    html = render(comparison, analysis, "html")
    if expected == "dropped":
        assert "not in v1" in html and "dropped: not in B" in text  # the HTML names versions by label
    items = build_items(comparison, (0, 1), fold_unchanged=True)
    folded = {r for item in items if item.is_fold for r in item.rows}
    assert is_change(row, (0, 1)) and row_index not in folded


def test_typography_only_is_a_change_unless_ignored():
    copy = P[:3] + [P[3].replace("harbour plan.", "harbour plan\u2026").replace(" - ", " \u2013 ")] + P[4:]
    copy[3] = copy[3].replace("council", "council").replace("million on", "million\u00a0on")
    comparison = compare(make_versions("\n".join(P), "\n".join(copy)), base=0)
    relations = [row.relation for row in comparison.rows]
    assert relations.count("typography") == 1
    row = comparison.rows[relations.index("typography")]
    assert is_change(row, (0, 1)) and not is_change(row, (0, 1), typography=False)
