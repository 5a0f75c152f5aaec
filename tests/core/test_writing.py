"""The one output guard (``ReportGuard``) shared by ``report -o`` and the viewer's export."""

from __future__ import annotations

import os

import pytest

from tui.core import SyndiffError
from tui.core.report.writing import ReportGuard, protected_files, write_text


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in.txt").write_text("input\n", encoding="utf-8")
    os.link(tmp_path / "in.txt", tmp_path / "hard.txt")
    os.symlink(tmp_path / "in.txt", tmp_path / "soft.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    return tmp_path


# (id, output name, message fragment)
REFUSED = [
    ("the input itself", "in.txt", "one of the input files"),
    ("a hard link to it", "hard.txt", "one of the input files"),
    ("a symbolic link to it", "soft.txt", "one of the input files"),
    ("a dangling symbolic link", "dangling.txt", "symbolic link to nothing"),
    ("an empty name", "", "empty file name"),
    ("blanks only", "  ", "empty file name"),
    ("a folder", ".", "is a folder"),
]


@pytest.mark.parametrize("name,fragment", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refused_targets_leave_every_file_alone(folder, monkeypatch, name, fragment):
    monkeypatch.chdir(folder)
    with pytest.raises(SyndiffError, match=fragment):
        write_text(name, "report", protected_files([str(folder / "in.txt")]))
    assert (folder / "in.txt").read_text(encoding="utf-8") == "input\n"
    assert not (folder / "gone.txt").exists()


def test_standard_input_is_protected(folder):
    with open(folder / "in.txt", "rb") as stdin:
        saved = os.dup(0)
        os.dup2(stdin.fileno(), 0)
        try:
            protected = protected_files([])
        finally:
            os.dup2(saved, 0)
            os.close(saved)
    with pytest.raises(SyndiffError, match="one of the input files"):
        write_text(str(folder / "hard.txt"), "report", protected)


def test_a_new_file_and_a_replaced_report_are_written(folder):
    target = folder / "report.txt"
    write_text(str(target), "a longer first report\n", protected_files([str(folder / "in.txt")]))
    write_text(str(target), "short\n", protected_files([str(folder / "in.txt")]))
    assert target.read_text(encoding="utf-8") == "short\n"


def test_a_full_device_is_one_line():
    with pytest.raises(SyndiffError, match="No space left on device"):
        write_text("/dev/full", "report", frozenset())


@pytest.mark.parametrize("name,fragment", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_the_report_guard_says_why_before_it_refuses_to_write(folder, monkeypatch, name, fragment):
    monkeypatch.chdir(folder)
    guard = ReportGuard.around([str(folder / "in.txt"), None, "-"], flag="")
    problem = guard.problem(name)
    assert problem is not None and fragment in problem and not problem.startswith("-o")
    with pytest.raises(SyndiffError, match=fragment):
        guard.write(name, "report")
    assert (folder / "in.txt").read_text(encoding="utf-8") == "input\n"


def test_the_report_guard_writes_a_new_file(folder):
    guard = ReportGuard.around([str(folder / "in.txt")])
    assert guard.problem(str(folder / "report.md")) is None
    guard.write(str(folder / "report.md"), "# report\n")
    assert (folder / "report.md").read_text(encoding="utf-8") == "# report\n"
