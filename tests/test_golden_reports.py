"""Golden files: the text and Markdown reports of the bundled sample, byte for byte.

Each case runs ``syndiff report`` on the sample (``--color never``, written with ``-o`` so the
bytes on disk are compared, not a decoded string) and compares the result with its file under
``tests/data/golden/``. A failure shows a unified diff of the first lines that differ.

When a change to the reports is meant, regenerate the files on purpose and review the diff in
the commit::

    SYNDIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_golden_reports.py

(or ``.venv/bin/python tests/data/golden/regenerate.py``, which does the same).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tui.cli import main

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
UPDATE = os.environ.get("SYNDIFF_UPDATE_GOLDEN") == "1"
DIFF_LINES = 80  # the failure message shows at most this many lines of the diff

# (id, format, --base or None for syndiff's own choice, golden file name)
CASES = [
    ("text, default base", "text", None, "text-default-base.txt"),
    ("text, base A", "text", "A", "text-base-A.txt"),
    ("markdown, default base", "markdown", None, "markdown-default-base.md"),
    ("markdown, base A", "markdown", "A", "markdown-base-A.md"),
]


def render_sample(fmt: str, base: str | None, out: Path) -> bytes:
    """The bytes ``syndiff report`` writes for the sample in ``fmt`` against ``base``."""
    argv = ["report", str(SAMPLE), "-f", fmt, "--color", "never", "-o", str(out)]
    if base is not None:
        argv += ["--base", base]
    assert main(argv) == 0
    return out.read_bytes()


def explain(expected: bytes, actual: bytes, name: str) -> str:
    """A unified diff of golden against actual, cut to DIFF_LINES lines, with how to regenerate."""
    diff = list(difflib.unified_diff(expected.decode("utf-8", "replace").splitlines(),
                                     actual.decode("utf-8", "replace").splitlines(),
                                     f"golden/{name}", "actual", lineterm="", n=2))
    if not diff:  # the lines agree: the difference is in line endings or a final newline
        diff = [f"same lines, different bytes: {len(expected)} bytes expected, {len(actual)} written"]
    shown = diff[:DIFF_LINES] + ([f"... {len(diff) - DIFF_LINES} more diff lines"] if len(diff) > DIFF_LINES else [])
    return (f"report differs from tests/data/golden/{name}:\n" + "\n".join(shown)
            + "\nIf the change is meant, regenerate: SYNDIFF_UPDATE_GOLDEN=1 pytest tests/test_golden_reports.py")


@pytest.mark.parametrize("fmt,base,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_report_matches_golden_file(tmp_path, fmt, base, name):
    actual = render_sample(fmt, base, tmp_path / name)
    golden = GOLDEN / name
    if UPDATE:
        golden.write_bytes(actual)
        return
    assert golden.exists(), f"no golden file {golden}; create it with SYNDIFF_UPDATE_GOLDEN=1"
    expected = golden.read_bytes()
    assert actual == expected, explain(expected, actual, name)


def test_golden_cases_differ():
    """The four files are four different reports (a base or format ignored would make two alike)."""
    contents = [(GOLDEN / c[3]).read_bytes() for c in CASES]
    assert len(set(contents)) == len(CASES)


def test_explain_shows_the_changed_line():
    message = explain(b"one\ntwo\nthree\n", b"one\n2\nthree\n", "x.txt")
    assert "-two" in message and "+2" in message and "SYNDIFF_UPDATE_GOLDEN" in message
    assert "different bytes" in explain(b"a\n", b"a\r\n", "x.txt")
