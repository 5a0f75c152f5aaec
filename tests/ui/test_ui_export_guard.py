"""The viewer's export never writes over an input: not through a hard link, not over the rules file."""

from __future__ import annotations

import os

import pytest
from textual.widgets import Input, Static
from uihelp import SIZE, settle

from tui.app import make_app
from tui.core import load_inputs


@pytest.fixture
def story(tmp_path):
    (tmp_path / "a.txt").write_text("Some text of the story.\n\nAnother paragraph here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Some text of the story.\n\nA new paragraph here.\n", encoding="utf-8")
    (tmp_path / "h.toml").write_text('[[rule]]\nclass = "promo"\npattern = "^Read more"\n', encoding="utf-8")
    os.link(tmp_path / "b.txt", tmp_path / "hl.txt")
    return tmp_path


@pytest.mark.parametrize("target", ["hl.txt", "h.toml"], ids=["hard link to a version", "the rules file"])
async def test_export_refuses_every_name_of_an_input(story, target, monkeypatch):
    monkeypatch.chdir(story)
    before = {p.name: p.read_bytes() for p in story.iterdir()}
    app = make_app(load_inputs([str(story / "a.txt"), str(story / "b.txt")]), protect=(str(story / "h.toml"),))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        app.screen.query_one("#path", Input).value = target
        await pilot.click("#path")
        await pilot.press("enter", "enter")  # no "exists: replace?" step: the dialog refuses at once
        await settle(app, pilot)
        assert "one of the input files" in str(app.screen.query_one("#overwrite", Static).render())
        app.export(app.comparison, app.diffs, app.analysis, "html", target)  # the worker checks again
        await settle(app, pilot)
        assert any("one of the input files" in n.message for n in app._notifications)
        assert app.is_running
    assert {p.name: p.read_bytes() for p in story.iterdir()} == before


async def test_an_exported_report_is_left_out_when_the_folder_is_opened_again(story, monkeypatch):
    monkeypatch.chdir(story)
    app = make_app(load_inputs([str(story / "a.txt"), str(story / "b.txt")]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e", "down", "down", "enter")  # markdown: syndiff-report.md, a name loading reads
        await pilot.click("#export")
        await settle(app, pilot)
    assert (story / "syndiff-report.md").exists()
    assert [v.label for v in load_inputs([str(story)])] == ["a", "b", "hl"]
