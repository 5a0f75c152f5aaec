"""Key fuzz: thousands of seeded random keys on the sample must not break the viewer.

Keys arrive in bursts of ``BURST`` without waiting in between (as when a key
is held down or typed fast), then the test lets the app catch up; so dialogs
open and close under a stream of keys, workers start mid-burst, and the
terminal is resized now and then.
"""

from __future__ import annotations

import random

from textual import events
from textual.worker import WorkerState
from uihelp import SIZE, settle

KEYS = {
    "j": "j", "k": "k", "down": None, "up": None, "pagedown": None, "pageup": None, "g": "g", "G": "G",
    "home": None, "end": None, "n": "n", "N": "N", "p": "p", "b": "b", "t": "t", "u": "u", "f": "f", "B": "B",
    "v": "v", "tab": "\t", "e": "e", "s": "s", "F": "F", "question_mark": "?", "slash": "/", "escape": None,
    "enter": "\r", "space": " ", "left": None, "right": None, "backspace": None, "a": "a", "o": "o", "x": "x",
    "1": "1", "shift+tab": None,
}
"""Every viewer key and some others (key -> character); never q (quits) or ctrl+ keys."""
PRESSES = 3000
BURST = 50
SEED = 20250306


async def test_random_keys_do_not_break_the_viewer(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the export dialog may write a report here
    rng = random.Random(SEED)
    names = sorted(KEYS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for start in range(0, PRESSES, BURST):
            for _ in range(BURST):
                key = rng.choice(names)
                app.post_message(events.Key(key, KEYS[key]))
            await pilot.pause()
            await app.workers.wait_for_complete()
            if start % 1000 == 0:
                await pilot.resize_terminal(*rng.choice([(80, 24), (120, 40), SIZE]))
        await settle(app, pilot)
        assert app.is_running
        assert not [w for w in app.workers if w.state == WorkerState.ERROR]
        assert not [n for n in app._notifications if n.severity == "error"]
