"""Hostile strings through every widget that shows a label or a message.

File names, folder names, article text, search text, finding messages and
export paths come from outside. Each string of ``HOSTILE`` (markup that
breaks a parser or runs an action, terminal escapes, bidi overrides, very
long, empty) is put into all of them at once, then every screen is opened:
the viewer must keep running, show the string as text (controls as printable
escapes), let no click run an action the string named, and let no control
character reach the terminal.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input
from uihelp import HOSTILE, click_actions, hostile_story, path_safe, screen_text, settle

from tui.app import make_app
from tui.core import load_inputs
from tui.core.safe import visible
from tui.messages import WorkFailed
from tui.screens.help import HelpScreen

CONTROLS = [chr(c) for c in (*range(0x20), *range(0x7f, 0xa0)) if chr(c) != "\n"] + ["\u202e", "\u202c"]


def assert_safe(app, text: str, where: str, shown: str | None = None) -> None:
    """The app runs, nothing raw reached the screen, no click runs the string's action, shown is visible."""
    assert app.is_running and app.return_code is None, where
    on_screen = screen_text(app)
    raw = [c for c in CONTROLS if c in on_screen]
    assert not raw, f"{where}: raw control characters {raw!r} on screen"
    assert not [a for a in click_actions(app) if "quit" in a], f"{where}: a click would quit"
    if shown:
        assert visible(shown)[:12] in on_screen, f"{where}: {visible(shown)[:12]!r} not on screen"


async def step(app, pilot, *keys: str) -> None:
    """Press keys, then let the screen (and any worker they started) catch up."""
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
async def test_hostile_text_shows_as_text_in_every_widget(text, tmp_path, monkeypatch):
    story = hostile_story(tmp_path, text)
    out = tmp_path / f"out {path_safe(text)}"
    out.mkdir()
    monkeypatch.chdir(out)  # the export dialog names this folder
    name = path_safe(text)
    report = f"{text[:60]}.html" if text else "report.html"  # a '/' in it makes a folder: "[/]zzz" -> "[" + "]zzz"
    (out / report).parent.mkdir(parents=True, exist_ok=True)
    app = make_app(load_inputs([str(story)]))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        assert_safe(app, text, "title, headers, grid, status bar", shown=f"story {name}")
        for keys, where in ((["F"], "findings"), (["s"], "summary"), (["B"], "base picker"),
                            (["v"], "versions picker"), (["e"], "export dialog")):
            await step(app, pilot, *keys)
            assert_safe(app, text, where, shown=name if where != "export dialog" else "File (relative to")
            await step(app, pilot, "escape")
        app.push_screen(HelpScreen([(text, [(text, text)])]))
        await settle(app, pilot)
        assert_safe(app, text, "help", shown=text.split("\n")[0][:12])
        await step(app, pilot, "escape")

        await step(app, pilot, "slash")
        app.screen.query_one("#search", Input).value = text
        await step(app, pilot, "enter", "n")
        assert_safe(app, text, "search bar and its notification")

        await step(app, pilot, "e")
        path = app.screen.query_one("#path", Input)
        path.value = report
        path.focus()
        await step(app, pilot, "enter")
        assert (out / report).is_file()
        assert_safe(app, text, "export notification", shown="Exported")

        app.notify(text, title=text)
        app.post_message(WorkFailed("alignment", text))
        await settle(app, pilot)
        assert_safe(app, text, "error line and toasts", shown=text)
