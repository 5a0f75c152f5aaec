"""The viewer's start imports only what its first frame needs (checked in a fresh process).

The change map is mounted after the first analysis, the command palette when it is opened, the "too
small" screen when the terminal is, and the search's module is loaded at the first search; the review's
decisions module is needed once a decision exists (an empty ``ReviewView`` needs only ``review_view``), and
the pure-Python diff engine only for texts the C++ build does not take: none of them is imported with the
app, nor by diffing short texts.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

LATER = ("tui.widgets.changemap", "tui.screens.palette", "tui.screens.toosmall", "tui.widgets.search",
         "tui.core.review.decisions", "diff_match_patch")


def _loaded_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nprint(','.join(m for m in {LATER!r} if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [m for m in proc.stdout.strip().split(",") if m]


def test_the_app_module_leaves_later_parts_unimported():
    assert _loaded_after("import tui.app, tui.screens.viewer") == []


def test_a_review_session_without_decisions_leaves_the_decisions_module_unimported():
    code = ("from tui.core import compare, load_inputs\n"
            "from tui.core.review.review_session import ReviewSession\n"
            "from tui.core.sample import sample_dir\n"
            "versions = load_inputs([str(sample_dir())])\n"
            "session = ReviewSession(versions, [], None, keep=False)\n"
            "session.show(compare(versions))\n"
            "assert session.view.by_row == {} and session.at(0) is None")
    assert _loaded_after(code) == []


def test_diffing_short_texts_with_the_cpp_build_needs_no_pure_python_engine():
    pytest.importorskip("fast_diff_match_patch")
    code = ("from tui.core.diff import worddiff\n"
            "worddiff.diff_words('The cat sat on the mat.', 'The cat sat on a red mat!')")
    assert _loaded_after(code) == []
