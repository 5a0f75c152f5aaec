"""Hostile and odd input to ``syndiff report``: one line on stderr and exit 2, never a traceback,
never a hang, and never a byte written to an input (issues 13 and 17)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TEXT_A = "The council approved the budget.\nThe mayor was pleased.\n"
TEXT_B = "The council approved the new budget.\nThe mayor was pleased.\n"


def run(*args: str, cwd: Path, stdin=None, shell_tail: str = "", prefix: tuple[str, ...] = ()):
    """Run syndiff in cwd; shell_tail adds redirections such as '>&-' (then it runs through sh)."""
    command = [*prefix, sys.executable, "-m", "tui", *args]
    if shell_tail:
        quoted = " ".join(_quote(part) for part in command)
        command = ["sh", "-c", f"exec {quoted} {shell_tail}"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run(command, cwd=cwd, stdin=stdin, capture_output=True, timeout=120, env=env)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


@pytest.fixture
def story(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (tmp_path / "h.toml").write_text('[[rule]]\nname = "promo"\nclass = "promo"\npattern = "^Read more"\n',
                                     encoding="utf-8")
    return tmp_path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.is_symlink()}


def _one_line_error(result, fragment: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if not line.startswith("syndiff: note:")]
    assert len(lines) == 1 and lines[0].startswith("syndiff: error: "), err
    assert fragment in lines[0]


def _make(folder: Path, kind: str) -> None:
    if kind == "hard link":
        os.link(folder / "b.txt", folder / "hl.txt")
    elif kind == "dangling":
        os.symlink(folder / "elsewhere.txt", folder / "dangling.txt")  # writing through it would create this
    elif kind == "fifo":
        os.mkfifo(folder / "pipe.txt")
    elif kind == "loop":
        os.symlink(folder / "loop2.txt", folder / "loop1.txt")
        os.symlink(folder / "loop1.txt", folder / "loop2.txt")
    elif kind == "many paragraphs":
        (folder / "many.txt").write_text("Short line.\n" * 50, encoding="utf-8")
    elif kind == "200,000 paragraphs":
        (folder / "many.txt").write_text("A.\n" * 200_000, encoding="utf-8")
    elif kind == "50 MB":
        os.truncate(folder / "a.txt", 50 << 20)  # sparse: the limit is checked before reading


# (id, setup, argv, stdin file (in the story folder) or device, message fragment)
CASES = [
    ("-o a hard link to an input", "hard link", ["a.txt", "b.txt", "-o", "hl.txt"], None, "one of the input files"),
    ("-o a dangling symbolic link", "dangling", ["a.txt", "b.txt", "-o", "dangling.txt"], None,
     "symbolic link to nothing"),
    ("-o an empty name", None, ["a.txt", "b.txt", "-o", ""], None, "empty file name"),
    ("-o the file standard input reads", None, ["-", "b.txt", "-o", "a.txt"], "a.txt", "one of the input files"),
    ("-o /proc/self/fd/0", None, ["a.txt", "b.txt", "-o", "/proc/self/fd/0"], "a.txt", "one of the input files"),
    ("-o the rules file", None, ["a.txt", "b.txt", "--rules", "h.toml", "-o", "h.toml"], None,
     "one of the input files"),
    ("-o a folder", None, ["a.txt", "b.txt", "-o", "."], None, "is a folder"),
    ("a fifo as a version", "fifo", ["a.txt", "pipe.txt"], None, "named pipe (FIFO), not a regular file"),
    ("a fifo as the rules file", "fifo", ["a.txt", "--rules", "pipe.txt"], None, "--rules pipe.txt: is a named"),
    ("a device as a version", None, ["a.txt", "/dev/urandom"], None, "is a device"),
    ("/dev/zero on standard input", None, ["-", "a.txt"], "/dev/zero", "larger than 2 MB"),
    ("a symbolic link loop", "loop", ["loop1.txt", "a.txt"], None, "symbolic link loop"),
    ("an empty --base", None, ["a.txt", "b.txt", "--base", ""], None, "--base '' names no version"),
    ("an empty --rules", None, ["a.txt", "--rules", ""], None, "--rules '': an empty path"),
    ("an empty input path", None, ["a.txt", ""], None, "empty path"),
    ("a file over --max-bytes", None, ["a.txt", "b.txt", "--max-bytes", "40"], None, "larger than 40 bytes"),
    ("a bad --max-bytes", None, ["a.txt", "--max-bytes", "lots"], None, "not a size"),
    ("an infinite --max-bytes", None, ["a.txt", "--max-bytes", "inf"], None, "not a size"),
    ("an enormous --max-bytes", None, ["a.txt", "--max-bytes", "9" * 30], None, "at most 1024G"),
    ("200,000 paragraphs at the default limit", "200,000 paragraphs", ["many.txt", "b.txt"], None,
     "200,000 paragraphs, more than the limit of 10,000"),
    ("a 50 MB file at the default limit", "50 MB", ["a.txt", "b.txt"], None, "a.txt: larger than 2 MB"),
    ("a version over --max-paragraphs", "many paragraphs", ["a.txt", "many.txt", "--max-paragraphs", "20"], None,
     "50 paragraphs, more than the limit of 20"),
]


@pytest.mark.parametrize("setup,argv,stdin,fragment", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_input_is_one_line_exit_2_and_writes_nothing(story, setup, argv, stdin, fragment):
    _make(story, setup)
    before = _snapshot(story)
    source = None if stdin is None else open(stdin if stdin.startswith("/") else story / stdin, "rb")
    try:
        result = run("report", *argv, cwd=story, stdin=source)
    finally:
        if source:
            source.close()
    _one_line_error(result, fragment)
    assert _snapshot(story) == before


@pytest.mark.parametrize("tail,fragment", [(">&-", "standard output is closed"),
                                           (">/dev/full", "No space left on device")],
                         ids=["stdout closed", "stdout is /dev/full"])
def test_an_unwritable_stdout_is_one_line_and_exit_2(story, tail, fragment):
    _one_line_error(run("report", "a.txt", "b.txt", cwd=story, shell_tail=tail), fragment)


def test_the_viewer_with_stdout_closed_is_one_line_and_exit_2(story):
    _one_line_error(run("a.txt", "b.txt", cwd=story, shell_tail=">&-"), "needs a terminal")


@pytest.mark.parametrize("argv", [["/dev/zero"], ["pipe.txt"]], ids=["/dev/zero", "a fifo"])
def test_the_viewer_refuses_what_is_not_a_regular_file(story, argv):
    _make(story, "fifo")
    _one_line_error(run(*argv, "a.txt", cwd=story), "not a regular file")


def test_with_stderr_closed_an_error_exits_2_quietly(story):
    result = run("report", "missing.txt", cwd=story, shell_tail="2>&-")
    assert (result.returncode, result.stdout) == (2, b"")


def test_with_stderr_closed_a_report_still_works(story):
    result = run("report", "a.txt", "b.txt", cwd=story, shell_tail="2>&-")
    assert result.returncode == 0 and result.stdout.startswith(b"syndiff report")


def test_a_closed_pipe_stays_quiet(story):
    (story / "long.txt").write_text("Line of text number one.\n" * 3000, encoding="utf-8")
    result = run("report", "long.txt", "a.txt", cwd=story, shell_tail="| head -c 10 >/dev/null")
    assert result.returncode == 0 and result.stderr == b""


def test_an_unreadable_folder_is_one_line(story):
    """A real permission check: as root, run with the capabilities that override permissions dropped."""
    locked = story / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(TEXT_A, encoding="utf-8")
    locked.chmod(0)
    try:
        prefix: tuple[str, ...] = ()
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("root reads any folder, and setpriv is missing to drop that power")
            caps = "-dac_override,-dac_read_search"
            prefix = ("setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}")
        _one_line_error(run("report", "locked", cwd=story, prefix=prefix), "locked: permission denied")
    finally:
        locked.chmod(0o755)


def test_a_report_saved_in_the_story_folder_is_not_read_as_a_version(story):
    assert run("report", ".", "-f", "markdown", "-o", "summary.md", cwd=story).returncode == 0
    assert run("report", ".", "-o", "syndiff-report.txt", cwd=story).returncode == 0
    result = run("report", ".", "-f", "json", cwd=story)
    assert result.returncode == 0 and b"summary" not in result.stdout and b"syndiff-report.txt" not in result.stdout


def test_possessive_after_a_line_break_or_thin_space_is_no_crash(story):
    (story / "c.txt").write_text("Troops would help to secure\n's skies over the city.\n", encoding="utf-8")
    (story / "d.txt").write_text("Troops would help to secure Ukraine\u2009's skies over the city.\n",
                                 encoding="utf-8")
    for pair in (("a.txt", "c.txt"), ("c.txt", "d.txt")):
        result = run("report", *pair, cwd=story)
        assert result.returncode == 0 and b"Traceback" not in result.stderr


def test_the_progress_line_on_a_real_terminal_shows_a_hostile_label_visibly(story):
    """Standard error on a pseudo-terminal (so the progress line is drawn) and a file name holding an
    OSC title sequence and a colour escape: the terminal receives them as visible text."""
    import pty

    evil = "evil\x1b]0;pwned\x07\x1b[41m"
    (story / f"{evil}.txt").write_text("".join(f"Paragraph {n} of the story.\n" for n in range(1100)),
                                       encoding="utf-8")
    (story / "plain.txt").write_text("".join(f"Paragraph {n} of the story, edited.\n" for n in range(1100)),
                                     encoding="utf-8")
    master, slave = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "tui", "report", f"{evil}.txt", "plain.txt", "--base",
                                 "plain", "-o", "out.txt"], cwd=story, stderr=slave, stdout=subprocess.DEVNULL,
                                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
                                timeout=120)
        os.close(slave)
        written = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other side is closed: all read
                break
            if not chunk:
                break
            written += chunk
    finally:
        os.close(master)
    assert result.returncode == 0
    assert b"aligned evil\\x1b]0;pwned\\x07\\x1b[41m" in written  # the progress line was drawn, visibly
    assert b"\x1b]" not in written and b"\x07" not in written and b"\x1b[41m" not in written


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_a_file_name_with_an_undecodable_byte_reports_in_every_format(story, fmt):
    name = os.fsdecode(b"\xffbad.txt")  # arrives in Python as a lone surrogate
    (story / name).write_text(TEXT_B, encoding="utf-8")
    to_file = run("report", name, "a.txt", "-f", fmt, "-o", "out", cwd=story)
    to_stdout = run("report", name, "a.txt", "-f", fmt, cwd=story)
    assert (to_file.returncode, to_stdout.returncode) == (0, 0), to_file.stderr + to_stdout.stderr
    assert b"\\udcff" in (story / "out").read_bytes() and b"\\udcff" in to_stdout.stdout
