"""``syndiff batch``: one output line per story, in input order, errors as lines, same reports as ``report``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tui.batch import _Progress
from tui.cli import main

SAMPLE_FILES = sorted(SAMPLE.glob("*.txt"))


def _story(story_id: str, files=SAMPLE_FILES[:2], **extra) -> dict:
    versions = [{"label": f.stem, "text": f.read_text(encoding="utf-8"), "path": str(f)} for f in files]
    return {"id": story_id, "versions": versions, **extra}


def _run(tmp_path: Path, lines: list[str], *options: str, process: bool = False) -> tuple[int, list[str]]:
    """``syndiff batch`` on these lines: in this process, or (``process``) as a command of its own."""
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    argv = ["batch", str(source), "-o", str(out), *options]
    status = subprocess.run([sys.executable, "-m", "tui", *argv]).returncode if process else main(argv)
    return status, out.read_text(encoding="utf-8").splitlines()


GOOD = json.dumps(_story("good"))
BAD_LINES = [
    pytest.param("{not json", None, "not valid JSON", id="malformed-json"),
    pytest.param(json.dumps(["a", "list"]), None, "not a JSON object", id="not-an-object"),
    pytest.param(json.dumps({"versions": []}), None, "no string \"id\"", id="no-id"),
    pytest.param(json.dumps(_story("one", SAMPLE_FILES[:1])), "one", "1 version", id="one-version"),
    pytest.param(json.dumps(_story("base", base="nobody")), "base", "'nobody' is not the label", id="bad-base"),
    pytest.param(json.dumps({"id": "empty", "versions": [{"label": "a", "text": ""}, {"label": "b", "text": " \n"}]}),
                 "empty", "every version is empty", id="empty-story"),
    pytest.param(json.dumps({"id": "twins", "versions": [{"label": "a", "text": "x"}, {"label": "a", "text": "y"}]}),
                 "twins", "two versions are labelled 'a'", id="repeated-label"),
    pytest.param(json.dumps({"id": "nul", "versions": [{"label": "a", "text": "x\x00y"}, {"label": "b", "text": "y"}]}),
                 "nul", "binary", id="binary-text"),
    pytest.param(GOOD, "good", "used by an earlier story", id="repeated-id"),
]


@pytest.mark.parametrize(("line", "story_id", "error"), BAD_LINES)
def test_a_bad_story_is_an_error_line_and_the_run_goes_on(tmp_path, line, story_id, error):
    status, out = _run(tmp_path, [GOOD, line, json.dumps(_story("after"))])
    assert status == 1
    assert len(out) == 3
    first, bad, after = (json.loads(x) for x in out)
    assert first["id"] == "good" and "rows" in first
    assert after["id"] == "after" and "rows" in after
    assert set(bad) == {"id", "error"} and bad["id"] == story_id
    assert error in bad["error"]


def test_every_story_reported_exits_0_and_keeps_input_order_with_workers(tmp_path):
    ids = [f"story-{n}" for n in range(6)]
    stories = [json.dumps(_story(story_id, SAMPLE_FILES[: 2 + n % 3])) for n, story_id in enumerate(ids)]
    status, out = _run(tmp_path, stories[:3] + [""] + stories[3:], "--workers", "2")
    assert status == 0
    assert [json.loads(line)["id"] for line in out] == ids


def test_a_line_is_the_report_of_the_same_texts_plus_id(tmp_path):
    report_path = tmp_path / "report.json"
    assert main(["report", "--format", "json", *map(str, SAMPLE_FILES), "-o", str(report_path)]) == 0
    status, out = _run(tmp_path, [json.dumps(_story("sample", SAMPLE_FILES))])
    assert status == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    line = json.loads(out[0])
    assert line.pop("id") == "sample"
    assert line == report
    assert out[0] == json.dumps({"id": "sample", **report}, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize(("args", "message"), [
    pytest.param(["batch", "/nonexistent/in.jsonl"], "cannot be read", id="missing-input"),
    pytest.param(["batch", "in.jsonl", "--workers", "0"], "--workers", id="zero-workers"),
    pytest.param(["batch"], "IN.jsonl", id="no-input"),
])
def test_usage_errors_exit_2_with_one_line(capsys, args, message):
    assert _status(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def _status(args: list[str]) -> int:
    """main's exit status, whether returned or raised by the argument parser."""
    try:
        return main(args)
    except SystemExit as exit_info:
        return exit_info.code


def test_output_may_not_overwrite_the_input(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(GOOD + "\n", encoding="utf-8")
    assert main(["batch", str(source), "-o", str(source)]) == 2
    assert source.read_text(encoding="utf-8") == GOOD + "\n"
    assert "input file" in capsys.readouterr().err


def test_dask_local_gives_the_same_bytes(tmp_path):
    pytest.importorskip("dask.distributed")
    stories = [json.dumps(_story(f"s{n}", SAMPLE_FILES[: 2 + n])) for n in range(3)] + ["{oops"]
    status, plain = _run(tmp_path, stories)
    # a command of its own: Dask leaves a thread running in the process that used it, and a process with
    # other threads never forks (parallel.can_fork), which later tests of forking would trip on
    dask_status, on_dask = _run(tmp_path, stories, "--dask", "local", "--workers", "1", process=True)
    assert (status, dask_status) == (1, 1)
    assert on_dask == plain


def _dies_on_doom(line: str, number: int = 0):
    """story_line, except that the worker process dies on a story whose id is 'doom'."""
    from tui.core.batch import story_line

    if '"doom"' in line:
        os._exit(1)
    return story_line(line, number)


def test_a_worker_that_dies_gives_error_lines_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setattr("tui.batch.story_line", _dies_on_doom)
    ids = ["before", "doom"] + [f"after-{n}" for n in range(12)]  # more than the stories in flight
    status, out = _run(tmp_path, [json.dumps(_story(story_id)) for story_id in ids], "--workers", "2")
    assert status == 1
    lines = [json.loads(line) for line in out]
    assert [line["id"] for line in lines] == ids
    assert "failed" in lines[1]["error"]
    assert "rows" in lines[-1]  # the run went on with a new pool


def test_progress_is_shown_on_a_terminal_only():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        progress = _Progress(stream)
        progress.update(True)
        progress.update(False)
        progress.finish()
    assert "2 stories" in shown.getvalue() and "1 errors" in shown.getvalue()
    assert hidden.getvalue() == ""
