"""The viewer in a real terminal (tmux): escapes in article text and file names show, never act.

The story's folder, file names and text hold an OSC 52 clipboard write, an
OSC 8 link, an OSC 2 window title, ``ESC[2J`` and a bidi override, plus
markup. syndiff runs in a detached tmux pane (a private server, clipboard
capture on); the test reads the pane as the user would see it
(``capture-pane -p -e``), opens a few screens, quits, and checks that the
visible placeholders are there, the pane title and tmux's paste buffers are
untouched, and syndiff exited 0. Skipped where tmux is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from uihelp import hostile_story

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

ESCAPES = ("\x1b]52;c;aGVsbG8=\x07 \x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\ \x1b[2J "
           "\x1b]2;PWNED\x07 \u202eevil\u202c [bold red]red[/]")
WAIT = 60.0
"""Seconds to wait for the pane to show something before giving up (a wait, not a timing assertion)."""


class Pane:
    """A detached tmux pane on a private server."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, "-f", os.devnull, *args], check=True,
                              capture_output=True, text=True).stdout

    def screen(self, escapes: bool = False) -> str:
        """The pane's text (with escapes: as tmux would redraw it, its own SGR colour codes included)."""
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", "t")

    def wait_for(self, text: str, gone: bool = False, timeout: float = WAIT) -> str:
        """The pane once it shows text (or once it no longer does)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if (text in screen) != gone:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never {'went' if gone else 'appeared'}; the pane shows:\n{self.screen()}")

    def keys(self, *keys: str, until: str, gone: bool = False) -> str:
        self.tmux("send-keys", "-t", "t", *keys)
        return self.wait_for(until, gone)

    def escape(self, closes: str) -> None:
        """Escape, then wait until the dialog showing closes is gone (a key right after it would read as alt+key)."""
        self.tmux("send-keys", "-t", "t", "Escape")
        self.wait_for(closes, gone=True)


@pytest.fixture
def pane(tmp_path):
    socket = f"syndiff-test-{os.getpid()}"
    pane = Pane(socket)
    hostile_story(tmp_path, ESCAPES, paragraphs=4)
    # COLUMNS/LINES (set by pytest) would override the pane size in Textual
    command = (f"cd {tmp_path} && env -u COLUMNS -u LINES {sys.executable} -m tui story*; "
               "echo syndiff-exit=$?; sleep 600")
    pane.tmux("new-session", "-d", "-s", "t", "-x", "120", "-y", "40", command)
    pane.tmux("set-option", "-g", "set-clipboard", "on")
    yield pane
    pane.tmux("kill-server")


def test_escapes_in_text_and_names_show_and_never_act(pane):
    pane.wait_for("Row 1/")
    pane.wait_for("scoring", gone=True)  # the analysis is in: F and s have something to show
    for attempt in range(3):  # a key sent while the analysis lands and the layout changes can be lost
        pane.tmux("send-keys", "-t", "t", "/")
        try:
            pane.wait_for("search every version", timeout=10)
            break
        except AssertionError:
            if attempt == 2:
                raise
    pane.keys("-l", "we will act", until="we will act")
    pane.keys("Enter", until="search every version", gone=True)  # the grid moves to the quotation
    screen = pane.wait_for("he said.")
    title_before = pane.tmux("display-message", "-p", "-t", "t", "#{pane_title}")
    for shown in ("\\x1b]52;c;aGVsbG8=\\x07", "\\x1b]8;;https:", "\\x1b[2J", "\\x1b]2;PWNED\\x07", "\\u202eevil",
                  "[bold red]red[/]"):
        assert shown in screen, shown
    pane.keys("F", until="Findings (")
    pane.escape("Findings (")
    pane.keys("s", until="Scorecard against the base")
    pane.escape("Scorecard against the base")
    pane.keys("/", until="“we will act”")  # the bar opens on the last search
    pane.keys("C-u", until="search every version")
    pane.keys("-l", "[/]zzz", until="[/]zzz")
    pane.keys("Enter", until="No match")
    raw = pane.screen(escapes=True)
    assert "\x1b]" not in raw and "\x07" not in raw and "\u202e" not in raw and "\x1b[2J" not in raw
    pane.keys("q", until="syndiff-exit=")
    assert "syndiff-exit=0" in pane.screen()
    assert "PWNED" not in pane.tmux("display-message", "-p", "-t", "t", "#{pane_title}")
    assert pane.tmux("display-message", "-p", "-t", "t", "#{pane_title}") == title_before
    assert pane.tmux("list-buffers") == ""
