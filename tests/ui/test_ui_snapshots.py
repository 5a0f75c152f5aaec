"""SVG snapshots of the viewer on the sample story (dark theme, 160x48).

Baselines live in tests/ui/__snapshots__/; after a deliberate change to the
look, look at the new output and update them with ``--snapshot-update``.
Every snapshot waits for the background workers, so the scorecards are in.
"""

from __future__ import annotations

import pytest

from tui.app import make_app

SIZE = (160, 48)


async def ready(pilot) -> None:
    """Let alignment and analysis finish and the screen catch up."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def keys(*pressed: str):
    """A run_before that waits for the workers, presses keys, and waits again."""
    async def run_before(pilot) -> None:
        await ready(pilot)
        await pilot.press(*pressed)
        await ready(pilot)
    return run_before


@pytest.fixture
def viewer(versions):
    return make_app(versions, theme="dark")


def test_main_view(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys())


def test_boilerplate_hidden(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("b"))


def test_search(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("slash", *"troops", "enter", "n"))


def test_help_screen(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("question_mark"))


def test_two_versions(snap_compare, versions):
    app = make_app(versions[1:3], theme="dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys("n", "n"))


def test_four_versions_at_an_edit(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys(*["n"] * 12))


def test_summary_screen(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("s"))


def test_narrow_terminal(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=(80, 24), run_before=keys("n", "n"))


def test_light_theme(snap_compare, versions):
    app = make_app(versions, theme="light")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys(*["n"] * 12))
