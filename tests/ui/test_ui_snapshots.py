"""SVG snapshots of the viewer on the sample story (dark theme, 160x48).

Baselines live in tests/ui/__snapshots__/; after a deliberate change to the
look, look at the new output and update them with ``--snapshot-update``.
Every snapshot waits for the background workers, so the scorecards are in.
"""

from __future__ import annotations

import pytest
from uihelp import SIZE, settle

import tui.core
from tui.app import make_app


def keys(*pressed: str):
    """A run_before that waits for the workers, presses keys, and waits again."""
    async def run_before(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press(*pressed)
        await settle(pilot.app, pilot)
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


def test_findings_panel(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("F", "down", "down"))


def test_export_dialog(snap_compare, viewer, monkeypatch):
    monkeypatch.setattr("tui.screens.export.working_folder", lambda: "/home/editor/stories")
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("e"))


def test_base_picker(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("B", "down"))


def test_versions_picker(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("v", "space"))


def test_facts_mode(snap_compare, viewer):
    assert snap_compare(viewer, terminal_size=SIZE, run_before=keys("f", "n", "n"))


def test_failed_analysis(snap_compare, versions, monkeypatch):
    """The error state: the alignment is shown, the analysis failed (headers and a toast say so)."""
    def fail(*args, **kwargs):
        raise RuntimeError("the analysis broke (a stand-in for any bug)")

    monkeypatch.setattr(tui.core, "analyse", fail)
    app = make_app(versions, theme="dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys())
