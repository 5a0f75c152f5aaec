"""Work split with a forked process gives what one process gives, and falls back when a child fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hardstory import hard_versions

from tests.conftest import needs_fork
from tui.core import CellDiffs, analyse, compare, render
from tui.core.parallel import run_pair, run_tasks


def _report(comparison, parallel: bool) -> str:
    diffs = CellDiffs(comparison)
    return render(comparison, analyse(comparison, diffs, parallel=parallel), "json", diffs=diffs)


@needs_fork
@pytest.mark.parametrize("seed", [3, 7])
def test_split_analysis_gives_the_same_report(seed):
    comparison = compare(hard_versions(4, 80, seed))
    serial = _report(comparison, parallel=False)
    assert '"findings": []' not in serial  # the story has findings of several detectors to merge
    assert _report(comparison, parallel=True) == serial


@needs_fork
def test_tasks_after_the_first_run_in_another_process():
    here, there = run_pair(os.getpid, os.getpid, parallel=True)
    assert here == os.getpid()
    assert there != os.getpid()


def test_serial_when_not_asked():
    assert run_tasks([os.getpid, os.getpid]) == [os.getpid()] * 2


@needs_fork
def test_a_failing_child_is_rerun_here_so_its_error_surfaces_as_on_one_core():
    calls = []

    def fails_in_child():
        calls.append(os.getpid())
        if len(calls) == 1 and os.getpid() != parent:
            raise RuntimeError("child only")
        return os.getpid()

    parent = os.getpid()
    assert run_tasks([lambda: 1, fails_in_child], parallel=True) == [1, parent]

    def always_fails():
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        run_tasks([lambda: 1, always_fails], parallel=True)


@needs_fork
def test_with_work_meanwhile_every_task_runs_in_a_child_and_the_parent_does_that_work():
    done = []
    pids = run_tasks([os.getpid, os.getpid], parallel=True, meanwhile=lambda: done.append(os.getpid()))
    assert done == [os.getpid()]
    assert len(pids) == 2 and os.getpid() not in pids


def test_work_meanwhile_is_not_done_when_nothing_forks():
    done = []
    assert run_tasks([os.getpid, os.getpid], meanwhile=lambda: done.append(1)) == [os.getpid()] * 2
    assert done == []


@needs_fork
def test_children_are_collected_when_the_work_meanwhile_or_a_task_fails(tmp_path):
    def fails():
        raise ValueError("meanwhile")

    def big():  # more than a pipe holds: a child nobody reads from would block for ever
        (tmp_path / str(os.getpid())).touch()
        return "x" * 1_000_000

    with pytest.raises(ValueError, match="meanwhile"):
        run_tasks([big, big], parallel=True, meanwhile=fails)
    _assert_collected(tmp_path, 2)

    def fails_everywhere():
        raise ValueError("first task")

    with pytest.raises(ValueError, match="first task"):  # raised here, the first task run again in the parent
        run_tasks([fails_everywhere, big], parallel=True, meanwhile=lambda: None)
    _assert_collected(tmp_path, 3)


def _assert_collected(folder: Path, count: int) -> None:
    children = [int(p.name) for p in folder.iterdir()]
    assert len(children) == count
    for pid in children:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # already collected


@needs_fork
def test_loading_with_work_meanwhile_gives_the_same_versions(tmp_path, monkeypatch):
    from hardstory import write_story

    from tui.core.input import loading

    write_story(tmp_path / "story", 5, 60, 4)
    monkeypatch.setattr(loading, "MIN_BYTES", 1)  # small story, split all the same
    done = []
    split = loading.load_inputs([str(tmp_path / "story")], parallel=True, meanwhile=lambda: done.append(1))
    assert done == [1]
    assert split == loading.load_inputs([str(tmp_path / "story")])


@needs_fork
def test_a_result_that_cannot_be_pickled_is_computed_here():
    here, there = run_pair(lambda: 1, lambda: (lambda: os.getpid()), parallel=True)
    assert there() == os.getpid()


@needs_fork
def test_loading_split_between_processes_gives_the_same_versions(tmp_path, monkeypatch):
    from hardstory import write_story

    from tui.core.input import loading

    write_story(tmp_path / "story", 5, 60, 4)
    monkeypatch.setattr(loading, "MIN_BYTES", 1)  # small story, split all the same
    paths = sorted(str(p) for p in (tmp_path / "story").iterdir())
    split = loading._read_split(loading.version_ids(5), loading.unique_labels(paths), paths, None,
                                loading.MAX_BYTES, loading.MAX_PARAGRAPHS)
    assert split is not None
    assert loading.load_inputs([str(tmp_path / "story")], parallel=True) == loading.load_inputs(
        [str(tmp_path / "story")])
    assert split == [loading.read_version(Path(p).read_bytes(), vid, label, p)
                     for p, vid, label in zip(paths, loading.version_ids(5), loading.unique_labels(paths), strict=True)]


def test_loading_errors_come_in_order_when_split(tmp_path, monkeypatch):
    from tui.core import LoadError
    from tui.core.input import loading

    monkeypatch.setattr(loading, "MIN_BYTES", 1)
    (tmp_path / "a.txt").write_text("one\n" * 30)
    with pytest.raises(LoadError, match="missing"):
        loading.load_inputs([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")], parallel=True)
    with pytest.raises(LoadError, match="a.txt: 30 paragraphs"):
        loading.load_inputs([str(tmp_path / "a.txt"), str(tmp_path / "a.txt")], max_paragraphs=10, parallel=True)


@needs_fork
@pytest.mark.parametrize("seed", [2, 12])
def test_alignment_split_between_processes_gives_the_same_rows(seed):
    versions = hard_versions(5, 80, seed)
    assert compare(versions, parallel=True) == compare(versions)
    assert compare(versions, base=2, parallel=True) == compare(versions, base=2)


@needs_fork
def test_compare_and_analyse_split_gives_the_same_report():
    from tui.core.analysis.stats import compare_and_analyse

    versions = hard_versions(4, 80, 5)
    reports = []
    for parallel in (False, True):
        comparison, diffs, analysis = compare_and_analyse(versions, parallel=parallel)
        reports.append(render(comparison, analysis, "json", diffs=diffs))
    assert '"derivation": []' not in reports[0]
    assert reports[1] == reports[0]


@needs_fork
@pytest.mark.parametrize("count", [2, 3, 6])
def test_scorecard_split_between_processes_gives_the_same_stats_and_diffs(count):
    from tui.core.analysis.scorecard import _halves, scorecard

    comparison = compare(hard_versions(count, 60, 4))
    others = [v for v in range(count) if v != comparison.base]
    serial_diffs, split_diffs = CellDiffs(comparison), CellDiffs(comparison)
    serial = scorecard(comparison, serial_diffs, others)
    split = scorecard(comparison, split_diffs, others, parallel=True)
    assert split == serial and list(split) == others
    rows = range(len(comparison.rows))
    _, theirs, (shared, cut) = _halves(comparison, others)
    assert theirs or cut < len(rows)  # the fork has cells to diff
    fork_cells = [(n, v) for v in theirs for n in rows] + [(n, shared) for n in rows[cut:]]
    assert all(cell in split_diffs._cache for cell in fork_cells)  # the fork's diffs came back: none to redo
    assert all(split_diffs.diff(n, v) == serial_diffs.diff(n, v) for n in rows for v in range(count))


@pytest.mark.parametrize("parallel", [False, pytest.param(True, marks=needs_fork)])
def test_json_rows_built_while_the_detectors_run_give_the_same_report(parallel):
    from tui.core.analysis.stats import compare_and_analyse
    from tui.core.report.report_json import report_rows

    versions = hard_versions(4, 80, 6)
    built = []
    comparison, diffs, analysis = compare_and_analyse(
        versions, parallel=parallel, meanwhile=lambda c, d: built.append((c, report_rows(c, d))))
    assert len(built) == 1 and built[0][0] is comparison  # called once, in this process, with the comparison
    ahead = render(comparison, analysis, "json", diffs=diffs, json_rows=built[0][1])
    assert ahead == render(comparison, analysis, "json", diffs=diffs)
    assert '"diffs"' in ahead


@pytest.mark.parametrize("parallel", [False, pytest.param(True, marks=needs_fork)])
def test_the_work_beside_the_alignment_lowers_only_a_forked_childs_priority(parallel, monkeypatch):
    from tui.core.analysis import stats

    monkeypatch.setattr(stats, "beside_alignment", lambda versions: os.nice(0))  # reports the priority it ran at
    before, me = os.nice(0), os.getpid()
    _, ran_at = run_pair(lambda: None, lambda: stats._beside([], me), parallel)
    assert ran_at == (min(19, before + stats.NICE) if parallel else before)
    assert os.nice(0) == before  # the caller's priority never changes


def test_prebuilt_json_rows_must_cover_every_row():
    from tui.core.report.report_json import build_report, report_rows

    comparison = compare(hard_versions(3, 20, 6))
    diffs = CellDiffs(comparison)
    analysis = analyse(comparison, diffs)
    rows = report_rows(comparison, diffs)
    assert build_report(comparison, analysis, diffs=diffs, rows=rows) == build_report(comparison, analysis, diffs=diffs)
    with pytest.raises(ValueError, match="prebuilt rows"):
        build_report(comparison, analysis, diffs=diffs, rows=rows[1:])
