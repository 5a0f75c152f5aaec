"""The JSON report's fast encoder writes exactly what the standard library's would."""

from __future__ import annotations

import json

import pytest

from tui.core import analyse, render
from tui.core.report.report_json import compact_json, render_json
from tui.core.safe import json_safe

TRICKY = {
    "text": "quotes \" and \\ back, tab\t, nul \x00, \x1f, del \x7f, line sep \u2028, é, 𝄞, 東京",
    "numbers": [0, -1, 2**40, 0.0, 0.001, 0.333, 1.0, 0.95],
    "empty": {"list": [], "dict": {}, "none": None, "bools": [True, False]},
}


@pytest.mark.parametrize("data", [pytest.param(TRICKY, id="tricky-strings-and-numbers"),
                                  pytest.param({"label": "bad \udc80 file name"}, id="lone-surrogate-falls-back")])
def test_fast_encoder_matches_the_standard_one(data):
    """Both write what json.dumps writes, with safe.json_safe's escapes (controls, bidi, surrogates)."""
    assert render_json(data) == json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    assert compact_json(data) == json_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    assert json.loads(render_json(data)) == data  # the escapes decode back to the exact text


def test_sample_report_bytes_match_the_standard_encoder(sample_comparison):
    text = render(sample_comparison, analyse(sample_comparison), "json")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
