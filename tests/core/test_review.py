"""Review decisions: keyed by content, attached to rows across bases, orders and versions; the file is safe."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tui.core import compare, load_inputs
from tui.core.model import is_change
from tui.core.review.decisions import attach, count_changes, counts_line, decide, row_keys, text_hash
from tui.core.review.review_store import ReviewError, ReviewStore, default_path, read_decisions, write_atomic

FILES = sorted(str(p) for p in SAMPLE.glob("*.txt"))


@pytest.fixture(scope="module")
def story():
    versions = load_inputs(FILES)
    return versions, compare(versions)


def _decide_all(comparison, status="flagged"):
    return [decide(comparison, n, status, f"note {n}") for n in range(len(comparison.rows))]


def test_hash_ignores_typography_and_wrapping():
    assert text_hash("\u2018Yes\u2019 \u2014 he said") == text_hash("'Yes' -  he\nsaid")
    assert text_hash("he said") != text_hash("she said")


def test_row_keys_are_unique_and_do_not_depend_on_the_base(story):
    versions, comparison = story
    keys = row_keys(comparison)
    assert len(set(keys)) == len(keys)
    other = compare(versions, 2)
    assert set(row_keys(other)) == set(keys)  # this base aligns the same rows: the same keys


@pytest.mark.parametrize("base", [0, 1, 2, 3], ids=["base-A", "base-B", "base-C", "base-D"])
def test_decisions_survive_another_base_and_are_never_dropped(story, base):
    versions, comparison = story
    decisions = _decide_all(comparison)
    view = attach(compare(versions, base), decisions)
    placed = [a.decision.key for a in view.by_row.values()] + [d.key for d in view.orphans]
    assert sorted(placed) == sorted(d.key for d in decisions)  # every decision is on a row or an orphan
    fresh = [a for a in view.by_row.values() if not a.stale]
    assert len(fresh) >= len(decisions) - 4  # rows aligned differently under this base are marked stale


def test_decisions_survive_reordered_files(story):
    _versions, comparison = story
    decisions = _decide_all(comparison)
    reordered = compare(load_inputs(FILES[::-1]))
    view = attach(reordered, decisions)
    assert len(view.by_row) == len(decisions) and not view.orphans
    assert not any(a.stale for a in view.by_row.values())
    for attached in view.by_row.values():  # each decision sits on the row holding the same texts
        assert attached.decision.note == next(d.note for d in decisions if d.key == attached.decision.key)


def test_decisions_survive_an_added_version(story):
    three = compare(load_inputs(FILES[:3]))
    decisions = _decide_all(three)
    view = attach(story[1], decisions)
    assert len(view.by_row) == len(decisions) and not view.orphans
    assert not any(a.stale for a in view.by_row.values())


def test_a_changed_text_makes_the_decision_stale(tmp_path, story):
    copy = tmp_path / "story"
    shutil.copytree(SAMPLE, copy)
    _versions, comparison = story
    base_cells = [row.cells[comparison.base] for row in comparison.rows]
    n = next(n for n, row in enumerate(comparison.rows)
             if base_cells[n] and sum(map(bool, row.cells)) > 1 and row.relation != "boilerplate")
    decision = decide(comparison, n, "accepted", "fine")
    base = comparison.versions[comparison.base]
    paragraph = base.paragraphs[comparison.rows[n].cells[comparison.base][0]]
    path = copy / Path(base.path).name
    path.write_text(path.read_text(encoding="utf-8").replace(paragraph.text, paragraph.text + " Extra words."),
                    encoding="utf-8")
    edited = compare(load_inputs([str(copy)]))
    view = attach(edited, [decision])
    attached = next(iter(view.by_row.values()))
    assert attached.stale and attached.changed == (base.label,) and attached.mark == "?"
    assert attached.decision.note == "fine"


def test_counts(story):
    _versions, comparison = story
    changed = [n for n, row in enumerate(comparison.rows) if is_change(row.relation)]
    decisions = [decide(comparison, changed[0], "accepted", ""), decide(comparison, changed[1], "flagged", "")]
    counts = count_changes(comparison, attach(comparison, decisions))
    assert counts == {"changes": len(changed), "accepted": 1, "flagged": 1, "open": len(changed) - 2}
    assert counts_line(counts) == f"{len(changed)} changes: 1 accepted, 1 flagged, {len(changed) - 2} open"


# ---- the file ----------------------------------------------------------------

def test_store_saves_and_reads_back(tmp_path, story):
    versions, comparison = story
    path = tmp_path / "r.json"
    store = ReviewStore.open(path, versions)
    store.put(decide(comparison, 3, "flagged", "check the figure"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "syndiff-review" and data["decisions"][0]["note"] == "check the figure"
    assert [d.note for d in read_decisions(path)] == ["check the figure"]
    store.put(decide(comparison, 3, "open", ""))  # open without a note: forgotten
    assert read_decisions(path) == []


def test_crash_mid_write_leaves_the_old_file(tmp_path, story, monkeypatch):
    versions, comparison = story
    path = tmp_path / "r.json"
    store = ReviewStore.open(path, versions)
    store.put(decide(comparison, 3, "flagged", "old"))
    before = path.read_bytes()

    def killed(*_args):
        raise KeyboardInterrupt  # the process dies after the temp file is written, before the rename

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        store.put(decide(comparison, 3, "flagged", "new"))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # the temp file was cleaned up
    assert store.decisions[row_keys(comparison)[3]].note == "old"  # memory agrees with the disk


def test_a_leftover_temp_file_is_ignored(tmp_path, story):
    versions, comparison = story
    path = tmp_path / "r.json"
    ReviewStore.open(path, versions).put(decide(comparison, 3, "accepted", "kept"))
    (tmp_path / ".r.json.x1.tmp").write_text('{"half', encoding="utf-8")  # a kill between write and rename
    assert [d.note for d in ReviewStore.open(path, versions).decisions.values()] == ["kept"]


@pytest.mark.parametrize("content, words", [
    ("{not json", "not valid JSON"),
    ('{"format": "something-else"}', "not a syndiff review"),
    ("[1, 2]", "not a syndiff review"),
    ('{"format": "syndiff-review", "format_version": 99}', "newer syndiff"),
    ('{"format": "syndiff-review", "format_version": 1, "decisions": [{"key": 1}]}', "damaged"),
], ids=["not-json", "foreign", "a-list", "newer", "bad-decision"])
def test_a_corrupt_or_foreign_file_is_one_line_and_untouched(tmp_path, story, content, words):
    path = tmp_path / "r.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReviewError) as error:
        ReviewStore.open(path, story[0])
    assert words in str(error.value) and "\n" not in str(error.value)
    assert path.read_text(encoding="utf-8") == content


def test_never_writes_over_an_input(tmp_path, story):
    copy = tmp_path / "story"
    shutil.copytree(SAMPLE, copy)
    versions = load_inputs([str(copy)])
    target = Path(versions[0].path)
    link = tmp_path / "link.json"
    os.link(target, link)  # another name for the same file: caught by device and inode
    for path in (target, link):
        with pytest.raises(ReviewError, match="one of the input files"):
            ReviewStore.open(path, versions)


def test_write_atomic_replaces_content(tmp_path):
    path = tmp_path / "f.json"
    write_atomic(path, "one")
    write_atomic(path, "two")
    assert path.read_text() == "two" and len(list(tmp_path.iterdir())) == 1


def test_default_paths(tmp_path):
    copy = tmp_path / "story"
    shutil.copytree(SAMPLE, copy)
    versions = load_inputs([str(copy)])
    assert default_path([str(copy)], versions, 1) == copy / ".syndiff-review.json"
    files = [v.path for v in versions]
    base_file = Path(versions[1].path)
    assert default_path(files, versions, 1) == base_file.with_name(base_file.stem + ".syndiff-review.json")
    folder_review = copy / ".syndiff-review.json"
    folder_review.write_text("", encoding="utf-8")
    assert default_path(files, versions, 1) == folder_review  # the folder's review, with its files named
    other = Path(versions[2].path)
    existing = other.with_name(other.stem + ".syndiff-review.json")
    existing.write_text("", encoding="utf-8")
    assert default_path(files, versions, 1) == existing  # an existing review beside another version is used


def test_the_viewer_needs_no_terminal_under_the_web_driver(monkeypatch):
    from tui.cli import need_terminal
    from tui.core import SyndiffError

    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    with pytest.raises(SyndiffError, match="needs a terminal"):  # pytest's output is not a terminal
        need_terminal()
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    need_terminal()


def test_two_viewers_of_one_story_keep_each_others_decisions(tmp_path, story):
    versions, comparison = story
    path = tmp_path / "r.json"
    first, second = ReviewStore.open(path, versions), ReviewStore.open(path, versions)  # e.g. two browser tabs
    first.put(decide(comparison, 3, "flagged", "from the first"))
    second.put(decide(comparison, 5, "accepted", "from the second"))
    assert sorted(d.note for d in read_decisions(path)) == ["from the first", "from the second"]


@pytest.mark.parametrize("cell, text", [((2,), "3"), ((2, 3, 4), "3\u20135"), ((2, 6), "3,7")],
                         ids=["one", "a-run", "apart"])
def test_summary_names_every_paragraph_of_a_cell(cell, text):
    from tui.core.report.report_review import _numbers

    assert _numbers(cell) == text
