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
    ("empty directory", lambda t: ["report", str(t / "empty")], "no .txt, .md, .html or .docx files"),
    ("binary file", lambda t: ["report", str(t / "image.png")], "binary"),
    ("unknown format", lambda t: ["report", str(t / "a.txt"), "--format", "pdf"], "invalid choice"),
    ("unknown base", lambda t: ["report", str(t / "a.txt"), "--base", "Z"], "names no version"),
    ("base out of range", lambda t: ["report", str(t / "a.txt"), "--base", "9"], "names no version"),
    ("bad rules file", lambda t: ["report", str(t / "a.txt"), "--rules", str(t / "missing.toml")], "rules file"),
    ("no inputs", lambda t: ["report"], "required"),
    ("viewer missing file", lambda t: [str(t / "missing.txt")], "no such file"),
    ("viewer with output redirected", lambda t: [str(t / "a.txt")], "needs a terminal"),
    ("folder of story folders", lambda t: ["report", str(t)], "holds story folders"),
    ("web page without article", lambda t: ["report", str(t / "a.txt"), str(t / "menu.html")], "no article text"),
    ("empty word document", lambda t: ["report", str(t / "a.txt"), str(t / "empty.docx")], "has no text"),
    ("markdown of links only", lambda t: ["report", str(t / "a.txt"), str(t / "links.md")], "only links"),
    ("old word format", lambda t: ["report", str(t / "a.txt"), str(t / "old.doc")], "save it as .docx"),
    ("web archive", lambda t: ["report", str(t / "a.txt"), str(t / "page.mhtml")], "save the page as HTML only"),
]


@pytest.mark.parametrize("argv,message", [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_errors_are_one_line_and_exit_2(tmp_path, argv, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    if "story folders" not in message:
        _bad_newsroom_files(tmp_path)
    if "story folders" in message:
        (tmp_path / "a.txt").unlink()
        (tmp_path / "story").mkdir()
        (tmp_path / "story" / "a.txt").write_text("Some text.\n", encoding="utf-8")
    result = run(*argv(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr.decode()
    assert message in lines[0]


def _bad_newsroom_files(folder):
    import docx

    (folder / "menu.html").write_text("<html><head><title>Courier</title></head><body><nav><a href='/'>Home</a> "
                                      "<a href='/news'>News</a></nav><footer>© 2025 Courier</footer></body></html>",
                                      encoding="utf-8")
    docx.Document().save(str(folder / "empty.docx"))
    (folder / "links.md").write_text("- [Home](https://example.com/)\n- [More news](https://example.com/news)\n",
                                     encoding="utf-8")
    (folder / "page.mhtml").write_text("MIME-Version: 1.0\nContent-Type: multipart/related\n", encoding="utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))


def test_folder_of_web_pages_and_documents(tmp_path):
    import docx

    from tests.core.test_readers import TITLE, original, page

    (tmp_path / "a.html").write_text(page(original(), TITLE), encoding="utf-8")
    document = docx.Document()
    for paragraph in original():
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "b.docx"))
    (tmp_path / "c.md").write_text("\n\n".join(original()) + "\n", encoding="utf-8")
    (tmp_path / "~$b.docx").write_bytes(b"\x05Word lock file of b.docx, open in Word" + bytes(120))
    result = run("report", "-f", "json", str(tmp_path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [v["label"] for v in report["versions"]] == ["a", "b", "c"]
    assert "extracted" in " ".join(report["versions"][0]["notes"]) and report["versions"][0]["paragraphs"]


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


def test_usage_names_the_report_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: syndiff [view]") and "syndiff report" in out.split("\n\n")[0]


def test_report_help_has_examples(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "syndiff report story/ -f html -o report.html" in out


def test_subcommands_are_visible_to_completion_tools():
    from argparse import _SubParsersAction

    from tui.cli import build_parser

    actions = [a for a in build_parser()._actions if isinstance(a, _SubParsersAction)]
    assert len(actions) == 1 and {"view", "report"} <= set(actions[0].choices)


@pytest.mark.parametrize("fmt", ["json", "html", "markdown", "text"])
def test_every_format_writes_to_a_file_what_it_prints(fmt, two_files, tmp_path, capsys):
    from tui.core.report.formats import FORMATS

    out = tmp_path / f"report{FORMATS[fmt].suffix}"
    assert main(["report", "-f", fmt, "--color", "always", *map(str, two_files)]) == 0
    printed = capsys.readouterr().out
    assert main(["report", "-f", fmt, "--color", "always", "-o", str(out), *map(str, two_files)]) == 0
    assert printed and out.read_text(encoding="utf-8") == printed
    assert ("\x1b[" in printed) is FORMATS[fmt].color  # only a format that can carry colour gets it


def test_view_command_is_the_default(tmp_path, capsys):
    missing = str(tmp_path / "missing.txt")
    assert main([missing]) == 2
    implicit = capsys.readouterr().err
    assert main(["view", missing]) == 2
    assert capsys.readouterr().err == implicit and "no such file" in implicit


def test_labels_name_the_versions_in_order(two_files):
    result = run("report", "-f", "json", "--label", "ours", "--label", "partner copy", "--base", "partner copy",
                 *map(str, two_files))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [v["label"] for v in report["versions"]] == ["ours", "partner copy"] and report["base"] == "B"


def test_fewer_labels_than_versions_keep_the_file_names(two_files):
    report = json.loads(run("report", "-f", "json", "--label", "ours", *map(str, two_files)).stdout)
    assert [v["label"] for v in report["versions"]] == ["ours", "b"]


# (id, labels, message)
LABEL_ERRORS = [
    ("more labels than versions", ["x", "y", "z"], "given 3 times for 2 versions"),
    ("same label twice", ["x", "x"], "two versions would have this name"),
    ("label clashes with a file name", ["b"], "two versions would have this name"),
    ("empty label", [" "], "cannot be empty"),
]


@pytest.mark.parametrize("labels,message", [e[1:] for e in LABEL_ERRORS], ids=[e[0] for e in LABEL_ERRORS])
def test_bad_labels_are_one_line_errors(two_files, labels, message):
    result = run("report", *[arg for label in labels for arg in ("--label", label)], *map(str, two_files))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_text_scorecard_aligns_wide_labels(two_files):
    result = run("report", "--label", "原文", "--label", "partner", *map(str, two_files))
    lines = result.stdout.decode().splitlines()
    head = next(n for n, line in enumerate(lines) if line.lstrip().startswith("id  version"))
    table = lines[head:head + 3]

    def column_of(line: str, word: str) -> int:
        import unicodedata

        before = line[:line.index(word)]
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in before)

    assert column_of(table[0], "verbatim") == column_of(table[1], "base") == column_of(
        table[2], next(w for w in table[2].split() if w.endswith("%")))


# (id, arguments, environment, colour expected)
COLOR = [
    ("piped by default", [], {}, False),
    ("FORCE_COLOR on a pipe", [], {"FORCE_COLOR": "1"}, True),
    ("NO_COLOR beats FORCE_COLOR", [], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    ("--color always beats NO_COLOR", ["--color", "always"], {"NO_COLOR": "1"}, True),
    ("--color never beats FORCE_COLOR", ["--color", "never"], {"FORCE_COLOR": "1"}, False),
    ("json never coloured", ["--color", "always", "-f", "json"], {}, False),
]


@pytest.mark.parametrize("args,env,coloured", [c[1:] for c in COLOR], ids=[c[0] for c in COLOR])
def test_colour_choice(two_files, args, env, coloured):
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    result = run("report", *args, *map(str, two_files), env={**clean, **env})
    assert result.returncode == 0 and (b"\x1b[" in result.stdout) == coloured


# (id, --fail-on value, exit status)
FAIL_ON = [
    ("kind present", "quote-changed", 1),
    ("one of two kinds present", "duplicate,quote-changed", 1),
    ("kind absent", "duplicate", 0),
    ("any", "any", 1),
    ("unknown kind", "typo", 2),
]


@pytest.mark.parametrize("kinds,status", [c[1:] for c in FAIL_ON], ids=[c[0] for c in FAIL_ON])
def test_fail_on(tmp_path, kinds, status):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The minister said: \u2018We will not raise taxes this year,\u2019 at the conference.\n"
                 "Other business followed.\n", encoding="utf-8")
    b.write_text("The minister said: \u2018We will raise taxes this year,\u2019 at the conference.\n"
                 "Other business followed.\n", encoding="utf-8")
    result = run("report", "--base", "1", "--fail-on", kinds, str(a), str(b))
    assert result.returncode == status, result.stderr
    if status == 1:
        assert b"Row 1" in result.stdout and b"quote-changed" in result.stderr


@pytest.mark.parametrize("fmt,name", [("html", "report.html"), ("markdown", "summary.md"), ("text", "review.txt")])
def test_a_report_saved_in_the_story_folder_is_not_a_version(tmp_path, fmt, name):
    import shutil

    story = tmp_path / "story"
    shutil.copytree(SAMPLE, story)
    assert run("report", str(story), "-f", fmt, "-o", str(story / name)).returncode == 0
    report = json.loads(run("report", "-f", "json", str(story)).stdout)
    assert [v["path"] for v in report["versions"]] == [str(p) for p in sorted(story.glob("0*.txt"))]


def test_html_report_with_a_generator_tag_is_recognised(tmp_path):
    from tui.core.input.readers import is_syndiff_report

    page = tmp_path / "page.html"
    page.write_text('<!DOCTYPE html><html><head><meta name="generator" content="syndiff 0.2.0">'
                    "<title>Coalition grows · 2 December 2026</title></head><body></body></html>", encoding="utf-8")
    assert is_syndiff_report(page)
    page.write_text('<html><head><meta name="generator" content="WordPress 6.5"><title>Coalition grows</title>',
                    encoding="utf-8")
    assert not is_syndiff_report(page)


def test_a_report_leaving_at_once_has_written_all_its_output_and_messages(tmp_path, capsys):
    """``python -m tui report`` leaves without the interpreter's shutdown: the whole report (far more than
    a pipe holds) and every stderr line must still arrive, with the status ``main`` returns."""
    assert main(["report", "-f", "json", "--fail-on", "any", str(SAMPLE)]) == 1
    expected = capsys.readouterr()
    result = run("report", "-f", "json", "--fail-on", "any", str(SAMPLE))
    assert len(result.stdout) > 65536
    assert (result.returncode, result.stdout.decode(), result.stderr.decode()) == (1, expected.out, expected.err)
    out = tmp_path / "r.json"
    result = run("report", "-f", "json", "-o", str(out), str(SAMPLE))
    assert result.returncode == 0
    assert main(["report", "-f", "json", str(SAMPLE)]) == 0
    assert out.read_text(encoding="utf-8") == capsys.readouterr().out


@pytest.mark.parametrize("argv, collecting", [
    (["report", "somewhere"], False),  # a report leaves with os._exit: collections would only cost time
    (["batch", "in.jsonl"], True),
    ([], True),  # the viewer
])
def test_only_a_report_runs_with_the_cyclic_collector_off(argv, collecting):
    import gc

    from tui.cli import prepare

    try:
        prepare(argv)
        assert gc.isenabled() is collecting
    finally:
        gc.enable()
