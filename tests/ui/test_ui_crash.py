"""A crash of the viewer exits 1 with one line on standard error, never exit 0 or a traceback.

The viewer runs headless through ``cli.main`` (as the ``syndiff`` command
does); an action made to fail stands for any bug inside the app.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui import cli
from tui.app import SyndiffApp
from tui.screens.viewer import ViewerScreen


def crash(self) -> None:
    raise RuntimeError("boom \x1b]52;c;aGk=\x07 [/]")


@pytest.fixture
def headless(monkeypatch):
    """cli.main runs the viewer headless, pressing keys (then quitting if the app still runs)."""
    monkeypatch.setattr(cli, "need_terminal", lambda: None)
    run = SyndiffApp.run

    def press(*keys: str):
        async def pilot(p) -> None:
            await p.press(*keys)
            await p.app.workers.wait_for_complete()
            await p.pause()
            if p.app.is_running:
                await p.exit(None)
        monkeypatch.setattr(SyndiffApp, "run", lambda self: run(self, headless=True, size=(100, 30),
                                                                   auto_pilot=pilot))
    return press


def test_a_crash_exits_1_with_one_line_naming_the_error(headless, monkeypatch, capsys):
    monkeypatch.setattr(ViewerScreen, "action_help", crash)
    headless("question_mark")
    assert cli.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("syndiff: internal error: RuntimeError: boom \\x1b]52;c;aGk=\\x07 [/] (please report it")
    details = Path(err.split("details in ")[1].rstrip(")\n"))
    saved = details.read_text(encoding="utf-8")
    assert "RuntimeError" in saved and "\x1b" not in saved  # the traceback, with escapes made visible
    details.unlink()


def test_a_normal_quit_exits_0_quietly(headless, capsys):
    headless("j", "q")
    assert cli.main([]) == 0
    assert capsys.readouterr().err == ""
