"""syndiff report carries the editor's review (JSON, HTML, Markdown, text); --review and --only; serve's checks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE
from tui.core import compare, load_inputs
from tui.core.model import is_change
from tui.core.review.decisions import decide, row_keys
from tui.core.review.review_store import ReviewStore

NOTE = "check the troop figure with the desk"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    """A copy of the sample with a review: one row flagged with a note, one accepted."""
    folder = tmp_path_factory.mktemp("review") / "story"
    shutil.copytree(SAMPLE, folder)
    versions = load_inputs([str(folder)])
    comparison = compare(versions)
    changed = [n for n, row in enumerate(comparison.rows) if is_change(row.relation)]
    store = ReviewStore.open(folder / ".syndiff-review.json", versions)
    store.put(decide(comparison, changed[2], "flagged", NOTE))
    store.put(decide(comparison, changed[0], "accepted", ""))
    return folder, comparison, changed[2], changed[0]


def test_json_carries_the_review(story):
    folder, comparison, flagged, accepted = story
    result = run("report", str(folder), "-f", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    entries = {e["row"]: e for e in report["review"]}
    assert set(entries) == {flagged, accepted}
    entry = entries[flagged]
    assert entry["status"] == "flagged" and entry["note"] == NOTE and entry["stale"] is False
    assert entry["key"] == row_keys(comparison)[flagged]
    ids = [v["id"] for v in report["versions"] if v["paragraphs"] and report["rows"][flagged]["cells"][v["id"]]]
    assert sorted(entry["versions"]) == sorted(ids)
    assert entry["updated"].endswith("Z") and entries[accepted]["status"] == "accepted"
    assert len(report["rows"]) == len(comparison.rows) and "only" not in report


def test_only_flagged_keeps_the_flagged_rows(story):
    folder, comparison, flagged, _accepted = story
    report = json.loads(run("report", str(folder), "-f", "json", "--only", "flagged").stdout)
    assert report["only"] == "flagged" and [r["index"] for r in report["rows"]] == [flagged]
    assert [e["row"] for e in report["review"]] == [flagged]
    markdown = run("report", str(folder), "-f", "markdown", "--only", "flagged").stdout
    assert markdown.count("### Row ") == 1 and f"### Row {flagged + 1} " in markdown


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_reports_show_status_beside_the_row_and_a_summary_first(story, fmt):
    folder, _comparison, flagged, _accepted = story
    out = run("report", str(folder), "-f", fmt).stdout
    summary = out.index("flagged:")
    assert summary < out.index("Derivation")  # the summary comes first, ready to paste
    assert f"Row {flagged + 1} (" in out[summary:] and NOTE in out[summary:]
    assert "1 accepted, 1 flagged" in out
    row_at = out.index(f">{flagged + 1}<br>" if fmt == "html" else f"Row {flagged + 1} \u00b7")
    assert f"! flagged: {NOTE}" in out[row_at: row_at + 400]


def test_review_path_option_and_a_report_without_a_review(story, tmp_path):
    folder, *_ = story
    moved = tmp_path / "elsewhere.json"
    shutil.copy(folder / ".syndiff-review.json", moved)
    bare = tmp_path / "bare"
    shutil.copytree(SAMPLE, bare)  # the same story, with no review file
    files = sorted(str(p) for p in bare.glob("*.txt"))
    assert "review" not in json.loads(run("report", *files, "-f", "json").stdout)
    report = json.loads(run("report", *files, "-f", "json", "--review", str(moved)).stdout)
    assert any(e["note"] == NOTE for e in report["review"])
    named = sorted(str(p) for p in folder.glob("*.txt"))  # the story folder's files named one by one
    assert any(e["note"] == NOTE for e in json.loads(run("report", *named, "-f", "json").stdout)["review"])


@pytest.mark.parametrize("setup, argv, message", [
    ("corrupt", ["--review", "{tmp}/bad.json"], "not valid JSON"),
    ("none", ["--review", "{tmp}/missing.json"], "no such file"),
    ("none", ["--only", "flagged"], "needs a review"),
    ("none", ["--only", "everything"], "invalid choice"),
], ids=["corrupt-file", "missing-file", "only-without-review", "only-unknown"])
def test_review_errors_are_one_line_and_exit_2(tmp_path, setup, argv, message):
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    files = sorted(str(p) for p in SAMPLE.glob("*.txt"))
    result = run("report", *files, *[a.format(tmp=tmp_path) for a in argv])
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and message in lines[0], result.stderr
    assert (tmp_path / "bad.json").read_text(encoding="utf-8") == "{oops"


def test_viewer_refuses_a_review_path_that_is_an_input(tmp_path):
    files = sorted(str(p) for p in SAMPLE.glob("*.txt"))
    before = open(files[0], "rb").read()
    result = run(*files, "--review", files[0])
    assert result.returncode == 2 and "one of the input files" in result.stderr
    assert open(files[0], "rb").read() == before


@pytest.mark.parametrize("argv, message", [
    (["serve", "/no/such/story"], "no such file"),
    (["serve", "--port", "0"], "between 1 and 65535"),
    (["serve", "-"], "standard input"),
], ids=["missing-input", "bad-port", "stdin"])
def test_serve_checks_before_listening(argv, message):
    result = run(*argv)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
