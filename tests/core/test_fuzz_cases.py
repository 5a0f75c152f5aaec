"""Regression stories that once crashed the comparison (a random story generator found them).

Each folder under ``tests/data/fuzz-cases`` is one small story. Every version may be
the base; for each, the report must come out and keep the core invariant that every
paragraph of every version sits in exactly one row.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core import analyse, compare, load_inputs, render

CASES = sorted(p for p in (Path(__file__).resolve().parent.parent / "data" / "fuzz-cases").iterdir() if p.is_dir())


def _stories():
    for case in CASES:
        versions = load_inputs([str(case)])
        for base in range(len(versions)):
            yield pytest.param(versions, base, id=f"{case.name}-base{base + 1}")


@pytest.mark.parametrize(("versions", "base"), list(_stories()))
def test_fuzz_story_reports_with_every_paragraph_in_one_row(versions, base):
    comparison = compare(versions, base)
    seen = [(v, i) for row in comparison.rows for v, cell in enumerate(row.cells) for i in cell]
    expected = [(v, p.index) for v, version in enumerate(versions) for p in version.paragraphs]
    assert sorted(seen) == sorted(expected)
    assert len(seen) == len(set(seen))
    report = json.loads(render(comparison, analyse(comparison), "json"))
    assert len(report["rows"]) == len(comparison.rows)
