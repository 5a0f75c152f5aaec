"""The syndiff command as a user meets it: reports, formats, and one-line errors with exit status 2."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE
from tui.cli import main


def run(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, input=stdin, env=env,
                          timeout=120)


@pytest.fixture
def two_files(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The council approved the budget.\nThe mayor was pleased.\n", encoding="utf-8")
    b.write_text("The council approved the new budget.\nThe mayor was pleased.\n", encoding="utf-8")
    return a, b


# (id, argv builder, message fragment)
ERRORS = [
    ("missing file", lambda t: ["report", str(t / "missing.txt")], "no such file"),
    ("empty directory", lambda t: ["report", str(t / "empty")], "no .txt or .md files"),
    ("binary file", lambda t: ["report", str(t / "image.png")], "binary"),
    ("unknown format", lambda t: ["report", str(t / "a.txt"), "--format", "pdf"], "invalid choice"),
    ("unknown base", lambda t: ["report", str(t / "a.txt"), "--base", "Z"], "names no version"),
    ("base out of range", lambda t: ["report", str(t / "a.txt"), "--base", "9"], "names no version"),
    ("bad rules file", lambda t: ["report", str(t / "a.txt"), "--rules", str(t / "missing.toml")], "rules file"),
    ("no inputs", lambda t: ["report"], "required"),
    ("viewer missing file", lambda t: [str(t / "missing.txt")], "no such file"),
    ("viewer with output redirected", lambda t: [str(t / "a.txt")], "needs a terminal"),
    ("folder of story folders", lambda t: ["report", str(t)], "holds story folders"),
]


@pytest.mark.parametrize("argv,message", [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_errors_are_one_line_and_exit_2(tmp_path, argv, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    if "story folders" in message:
        (tmp_path / "a.txt").unlink()
        (tmp_path / "story").mkdir()
        (tmp_path / "story" / "a.txt").write_text("Some text.\n", encoding="utf-8")
    result = run(*argv(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr.decode()
    assert message in lines[0]


def test_json_report_follows_the_contract(two_files):
    result = run("report", "--format", "json", *map(str, two_files))
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["format"] == "syndiff-report" and report["format_version"] == 2
    assert [v["id"] for v in report["versions"]] == ["A", "B"]
    assert report["versions"][0]["path"] == str(two_files[0])
    paragraph = report["versions"][0]["paragraphs"][1]
    assert paragraph == {**paragraph, "index": 1, "start_line": 2, "end_line": 2, "boilerplate": None}
    assert report["base"] in ("A", "B")
    for row in report["rows"]:
        assert set(row["cells"]) == {"A", "B"}
        assert row["relation"] in ("same", "typography", "edited", "paraphrase", "moved", "split", "merged",
                                   "added", "dropped", "boilerplate")
        others = {"A", "B"} - {report["base"]}
        assert set(row["changes"]) <= others
    assert {"verbatim", "edited", "paraphrase", "new", "dropped", "derivation"} <= set(
        next(v for v in report["versions"] if v["id"] != report["base"])["stats"])


def test_base_by_position_label_and_id(two_files):
    for spec in ("2", "b", "B"):
        report = json.loads(run("report", "-f", "json", "--base", spec, *map(str, two_files)).stdout)
        assert report["base"] == "B"
        assert report["base_reason"] == "chosen by the user"


def test_html_escapes_article_text(tmp_path, two_files):
    evil = tmp_path / "evil.txt"
    evil.write_text("The council approved the budget. <script>alert(1)</script>\nThe mayor was pleased.\n",
                    encoding="utf-8")
    out = tmp_path / "report.html"
    assert run("report", "-f", "html", "-o", str(out), str(two_files[0]), str(evil)).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_control_characters_never_reach_the_terminal(tmp_path):
    nasty = tmp_path / "nasty.txt"
    nasty.write_text("Title \x1b[31mred\x1b[0m and \x07 bell.\nSecond \u202e reversed.\n", encoding="utf-8")
    for fmt in ("text", "markdown"):
        result = run("report", "-f", fmt, str(nasty))
        assert result.returncode == 0
        assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout
        assert "\u202e".encode() not in result.stdout
        assert b"\\x1b" in result.stdout


def test_text_report_has_no_colour_when_piped(two_files):
    result = run("report", *map(str, two_files))
    assert result.returncode == 0 and b"\x1b[" not in result.stdout
    assert b"{+new +}" in result.stdout


def test_markdown_report(two_files):
    result = run("report", "-f", "markdown", *map(str, two_files))
    assert result.returncode == 0
    assert result.stdout.startswith(b"# syndiff report") and b"**new**" in result.stdout


def test_stdin_version(two_files):
    result = run("report", "-f", "json", str(two_files[0]), "-", stdin=two_files[1].read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)["versions"][1]["path"] == "-"


def test_output_file_and_inputs_untouched(tmp_path):
    files = sorted(SAMPLE.glob("*.txt"))
    before = {f: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    out = tmp_path / "r.json"
    assert run("report", "-f", "json", "-o", str(out), str(SAMPLE)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "syndiff-report"
    assert {f: hashlib.sha256(f.read_bytes()).hexdigest() for f in files} == before


def test_refuses_to_overwrite_an_input(two_files):
    before = two_files[0].read_bytes()
    result = run("report", "-o", str(two_files[0]), *map(str, two_files))
    assert result.returncode == 2 and b"input" in result.stderr
    assert two_files[0].read_bytes() == before


def test_single_file_report_labels_boilerplate(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("A caption here (Image: Reuters)\nThe article text goes on.\n", encoding="utf-8")
    report = json.loads(run("report", "-f", "json", str(one)).stdout)
    assert [p["boilerplate"] for p in report["versions"][0]["paragraphs"]] == ["caption", None]


def test_same_input_same_report_whatever_the_hash_seed():
    reports = {run("report", "-f", "json", str(SAMPLE), env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert len(reports) == 1


def test_encoding_note_on_stderr(tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("The caf\u00e9\u2019s owner said \u201cyes\u201d to the \u00a35 fee.\n".encode("cp1252") * 3)
    result = run("report", str(legacy))
    assert result.returncode == 0 and b"cp1252" in result.stderr


def test_help_mentions_the_sample(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "sample" in capsys.readouterr().out
