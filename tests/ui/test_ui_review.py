"""Pilot tests: the review keys (a, x, c, R, A), the marks, the review file, stale decisions, failed saves."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from uihelp import SIZE, grid_of, settle

from tui.app import make_app
from tui.core import load_inputs
from tui.core.review.review_session import ReviewSession
from tui.core.sample import sample_dir
from tui.screens.review import NoteScreen, ReviewScreen
from tui.widgets.status import StatusBar


@pytest.fixture
def story(tmp_path):
    """A copy of the sample story in a folder of its own."""
    folder = tmp_path / "story"
    shutil.copytree(sample_dir(), folder)
    return folder


def _app(folder, review=None):
    versions = load_inputs([str(folder)])
    return make_app(versions, review=ReviewSession(versions, [str(folder)], review))


def _status(app) -> str:
    return str(app.viewer.query_one(StatusBar).render())


def _saved(folder) -> list[dict]:
    return json.loads((folder / ".syndiff-review.json").read_text(encoding="utf-8"))["decisions"]


def _gutter(app, row) -> str:
    grid = grid_of(app)
    item = grid.model.item_of(row)
    text = grid.painter.paint(item, 0, False).text[: grid.geometry()[0]]
    assert text.endswith(" ")  # a blank cell keeps the mark off the text
    return text[:-1]


async def test_flag_and_note_are_saved_at_once_and_marked(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n", "x")
        row = grid_of(app).model.cursor_row
        assert [d["status"] for d in _saved(story)] == ["flagged"]
        assert _gutter(app, row).endswith("!") and "! flagged" in _status(app)
        await pilot.press("c")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"check the figure", "enter")
        assert not isinstance(app.screen, NoteScreen)
        saved = _saved(story)
        assert [(d["status"], d["note"]) for d in saved] == [("flagged", "check the figure")]
        assert "! flagged: check the figure" in _status(app)
        await pilot.press("x")  # flag again: back to open, the note stays
        assert [(d["status"], d["note"]) for d in _saved(story)] == [("open", "check the figure")]
        assert _gutter(app, row).endswith("*")


async def test_escape_cancels_a_note(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n", "c", *"draft", "escape")
        assert not isinstance(app.screen, NoteScreen)
        assert not (story / ".syndiff-review.json").exists()


async def test_accept_marks_the_gutter_and_n_can_skip_accepted_rows(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("n")
        first = grid.model.cursor_row
        await pilot.press("n")
        second = grid.model.cursor_row
        await pilot.press("a", "p", "a")  # accept the second and the first change
        assert _gutter(app, first).endswith("\u2713") and _gutter(app, second).endswith("\u2713")
        await pilot.press("g", "A")
        assert "skipping \u2713 accepted (A)" in _status(app)
        await pilot.press("n")
        assert grid.model.cursor_row not in (first, second) and grid.model.cursor_row > second
        await pilot.press("A", "g", "n")
        assert grid.model.cursor_row == first


async def test_review_panel_lists_counts_and_jumps(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("n", "n", "n", "x", "c", *"ask the desk", "enter")
        flagged = grid.model.cursor_row
        await pilot.press("g", "n", "a", "g")
        await pilot.press("R")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        counts = str(screen.query_one("#review-counts").render())
        assert "1 accepted, 1 flagged" in counts and "changes:" in counts
        lines = [text for _row, text in screen.lines]
        assert any(f"Row {flagged + 1}" in line and "flagged: ask the desk" in line for line in lines)
        await pilot.press("down", "enter")  # the second line: the flagged row
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)
        assert grid.model.cursor_row == flagged


async def test_reopening_shows_the_decisions(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n", "x")
        row = grid_of(app).model.cursor_row
    again = _app(story)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert _gutter(again, row).endswith("!")


async def test_a_decision_on_changed_text_is_shown_stale(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        comparison = app.comparison
        await pilot.press("n")
        while not comparison.rows[grid_of(app).model.cursor_row].cells[comparison.base]:  # a change the base has
            await pilot.press("n")
        await pilot.press("a")
        row = grid_of(app).model.cursor_row
        base = comparison.versions[comparison.base]
        text = base.paragraphs[comparison.rows[row].cells[comparison.base][0]].text
    path = story / os.path.basename(base.path)
    path.write_text(path.read_text(encoding="utf-8").replace(text, text + " A new sentence."), encoding="utf-8")
    again = _app(story)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert _gutter(again, row).endswith("?")
        grid_of(again).go_to_row(row)
        await pilot.pause()
        assert f"accepted (stale: {base.id} changed since)" in _status(again)
        await pilot.press("R")
        assert any("stale" in text for _row, text in again.screen.lines)
        await pilot.press("escape", "a")  # deciding again on today's texts: fresh, still accepted
        assert _gutter(again, row).endswith("\u2713") and not again.review.at(row).stale


async def test_a_corrupt_review_file_is_named_and_never_overwritten(story):
    path = story / ".syndiff-review.json"
    path.write_text("{ not a review", encoding="utf-8")
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert any("not valid JSON" in n.message for n in app._notifications)
        await pilot.press("n", "x")
        assert path.read_text(encoding="utf-8") == "{ not a review"
        assert any("Not saved" in n.message for n in app._notifications)


async def test_a_failed_save_changes_nothing(story, monkeypatch):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n", "x")
        before = (story / ".syndiff-review.json").read_bytes()

        def full_disk(*_args):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", full_disk)  # the temp file is written, the rename fails
        await pilot.press("x")
        assert (story / ".syndiff-review.json").read_bytes() == before
        assert any("No space left" in n.message for n in app._notifications)
        assert "! flagged" in _status(app)  # the screen still agrees with the file
        assert sorted(p.name for p in story.iterdir() if p.name.startswith(".")) == [".syndiff-review.json"]


async def test_the_review_keys_are_in_help_and_the_palette(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sections = dict(app.viewer.help_sections())
        keys = {key for key, _text in sections["Viewing"]}
        assert {"a", "x", "c", "R", "A"} <= keys
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Accept", "Flag", "Note", "Review", "Skip accepted"} <= set(commands)


async def test_a_decision_follows_its_row_to_another_base(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n", "n", "x", "c", *"kept", "enter")
        row = grid_of(app).model.cursor_row
        texts = {v.label: app.comparison.cell_text(app.comparison.rows[row], n)
                 for n, v in enumerate(app.comparison.versions)}
        app.realign(2)
        await settle(app, pilot)
        assert app.comparison.base == 2
        found = [r for r, a in app.review.view.by_row.items() if a.decision.note == "kept"]
        assert len(found) == 1 and not app.review.view.by_row[found[0]].stale
        moved = app.comparison.rows[found[0]]
        assert {v.label: app.comparison.cell_text(moved, n) for n, v in enumerate(app.comparison.versions)} == texts
        assert _gutter(app, found[0]).endswith("!")


async def test_an_export_from_the_viewer_carries_the_review(story, tmp_path):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n", "x", "c", *"ask", "enter")
        target = tmp_path / "out.md"
        app.export(app.comparison, app.diffs, app.analysis, "markdown", str(target))
        await settle(app, pilot)
        text = target.read_text(encoding="utf-8")
        assert "## Review" in text and "! flagged: ask" in text


async def test_a_note_with_markup_is_shown_as_typed(story):
    app = _app(story)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        note = "[/] ask [@click=app.quit]desk[/]"
        await pilot.press("n", "x", "c", *note, "enter", "R")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.pause()
        from textual.widgets import OptionList

        prompt = str(screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert note in prompt and app.is_running
