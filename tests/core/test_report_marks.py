"""How the text and Markdown reports mark a cell's word changes: the marks never eat or invent spaces."""

from __future__ import annotations

import pytest

from tui.core import diff_words
from tui.core.report.report_text import _marked

CASES = [
    # id, base, version, style, expected
    ("md-insert-keeps-the-space-after", "put in place", "put Ukraine in place", "md", "put **Ukraine** in place"),
    ("md-insert-keeps-the-space-before", "a plan", "a plan today", "md", "a plan **today**"),
    ("md-trailing-space-is-no-change", "at risk.", "at risk. ", "md", "at risk. "),
    ("text-trailing-space-is-no-change", "at risk.", "at risk. ", "text", "at risk. "),
    ("text-insert-marked", "put in place", "put Ukraine in place", "text", "put {+Ukraine +}in place"),
    ("md-delete-keeps-a-space", "the big plan", "the plan", "md", "the ~~big~~ plan"),
    ("md-delete-at-the-end", "a plan today", "a plan", "md", "a plan ~~today~~"),
    ("md-delete-and-insert", "a big plan", "a small plan", "md", "a ~~big~~**small** plan"),
    ("text-delete-marked", "the big plan", "the plan", "text", "the [-big -]plan"),
]


@pytest.mark.parametrize(("base", "version", "style", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_marks(base, version, style, expected):
    assert _marked(diff_words(base, version), base, version, style, color=False) == expected
