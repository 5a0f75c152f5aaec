"""The labelled real pages (tests/data/boilerplate): article prose is never hidden, most furniture is found.

Recall is asserted on pages.jsonl only: on the second, third and fourth sets
(other sources; the fourth was never tuned on) it is lower, and the benchmark says so.

The same figures, per half of the set, come from benchmarks/bench_boilerplate.py.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from tui.core.input.boilerplate import label_paragraphs
from tui.core.model import Paragraph

DATA = Path(__file__).resolve().parent.parent / "data" / "boilerplate"


SETS = ("pages.jsonl", "pages-readability.jsonl", "pages-third.jsonl", "pages-fourth.jsonl")
"""The tuned set first, then the second, third and fourth sets."""


@cache
def _load(name: str) -> list[tuple[str, str, str | None]]:
    """(truth, text, label) for every block of the set (labelled once per test process)."""
    pairs = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        paragraphs = [Paragraph(i, i + 1, i + 1, text) for i, (_, text) in enumerate(page["blocks"])]
        for (truth, text), para in zip(page["blocks"], label_paragraphs(paragraphs), strict=True):
            pairs.append((truth, text, para.boilerplate))
    return pairs


def test_no_long_article_paragraph_is_labelled_at_all():
    hidden = [text[:60] for name in SETS for truth, text, label in _load(name)
              if truth == "article" and label and len(text.split()) > 20]
    assert hidden == []


@pytest.mark.parametrize("name", SETS[1:])
def test_precision_on_the_other_sets(name):
    predicted = [truth for truth, _, label in _load(name) if label]
    assert sum(truth != "article" for truth in predicted) / len(predicted) >= 0.95


def test_precision_and_recall_on_real_pages():
    labelled = _load(SETS[0])
    predicted = [truth for truth, _, label in labelled if label]
    furniture = [label for truth, _, label in labelled if truth not in ("article", "chrome")]
    precision = sum(truth != "article" for truth in predicted) / len(predicted)
    recall = sum(label is not None for label in furniture) / len(furniture)
    assert precision >= 0.95 and recall >= 0.75
