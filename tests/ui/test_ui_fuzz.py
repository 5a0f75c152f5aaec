"""Key fuzz: seeded random keys, Ctrl keys and resizes must not break the viewer.

Keys arrive in bursts of ``BURST`` without waiting in between (as when a key
is held down or typed fast), then the test lets the app catch up; so dialogs
open and close under a stream of keys, workers start mid-burst, and the
terminal is resized now and then, down to sizes below 80x24 and below the
viewer's minimum. It runs on the sample and on a story whose folder, file
names and text are hostile (markup, terminal escapes, bidi overrides).
By default a short run; the long one is marked ``slow`` (``pytest -m slow``).
Quitting is taken out (q and ctrl+q are never sent, and the command
palette's Quit does nothing here), so the app must still run at the end.
"""

from __future__ import annotations

import random
import string

import pytest
from textual import events
from textual.worker import WorkerState
from uihelp import HOSTILE, SIZE, hostile_story, settle

from tui.app import make_app
from tui.core import load_inputs

KEYS = {
    "j": "j", "k": "k", "down": None, "up": None, "pagedown": None, "pageup": None, "g": "g", "G": "G",
    "home": None, "end": None, "n": "n", "N": "N", "p": "p", "b": "b", "t": "t", "u": "u", "f": "f", "B": "B",
    "v": "v", "tab": "\t", "e": "e", "s": "s", "F": "F", "question_mark": "?", "slash": "/", "escape": None,
    "enter": "\r", "space": " ", "left": None, "right": None, "backspace": None, "a": "a", "o": "o", "x": "x",
    "1": "1", "shift+tab": None, "d": "d", "left_square_bracket": "[", "right_square_bracket": "]",
    "equals_sign": "=", "at": "@",
    **{f"ctrl+{c}": chr(ord(c) - 96) for c in string.ascii_lowercase if c not in "qz"},
    "ctrl+home": None, "ctrl+end": None, "ctrl+left": None, "ctrl+right": None,
}
"""Every viewer key, markup characters, and Ctrl keys (key -> character); never q or ctrl+q (they quit)
nor ctrl+z (it would suspend the test run)."""
SIZES = [(80, 24), (120, 40), SIZE, (60, 20), (40, 10), (39, 12), (30, 8), (10, 3)]
"""Terminal sizes the fuzz resizes to: common ones, smaller than 80x24, and below the minimum."""
BURST = 50
SEED = 20250306


async def fuzz(app, presses: int, seed: int, resize_every: int) -> None:
    """Send presses random keys in bursts, resizing now and then; the viewer must survive unharmed."""
    rng = random.Random(seed)
    names = sorted(KEYS)
    app.action_quit = lambda: None  # the command palette offers Quit; ctrl+p and enter would find it
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        for start in range(0, presses, BURST):
            for _ in range(BURST):
                key = rng.choice(names)
                app.post_message(events.Key(key, KEYS[key]))
            await pilot.pause()
            await app.workers.wait_for_complete()
            if start % resize_every == 0:
                await pilot.resize_terminal(*rng.choice(SIZES))
        await pilot.resize_terminal(*SIZE)
        await settle(app, pilot)
        assert app.is_running
        assert not [w for w in app.workers if w.state == WorkerState.ERROR]
        assert not [n for n in app._notifications if n.severity == "error"]


@pytest.fixture
def hostile_app(tmp_path):
    """The viewer on a story holding every hostile string (in turn: folder and file names, text)."""
    text = " ".join(HOSTILE.values())[:200]
    return make_app(load_inputs([str(hostile_story(tmp_path, text))]))


async def test_random_keys_do_not_break_the_viewer(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the export dialog may write a report here
    await fuzz(app, 400, SEED, resize_every=100)


async def test_random_keys_do_not_break_the_viewer_on_hostile_text(hostile_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    await fuzz(hostile_app, 400, SEED + 1, resize_every=100)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [SEED, SEED + 2], ids=["seed 1", "seed 2"])
async def test_many_random_keys_do_not_break_the_viewer(app, tmp_path, monkeypatch, seed):
    monkeypatch.chdir(tmp_path)
    await fuzz(app, 3000, seed, resize_every=250)


@pytest.mark.slow
async def test_many_random_keys_do_not_break_the_viewer_on_hostile_text(hostile_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    await fuzz(hostile_app, 3000, SEED + 3, resize_every=250)
