"""--label names reach the viewer: the column headers and the exported report."""

from __future__ import annotations

from textual.widgets import Input
from uihelp import SIZE, settle

from tui.app import make_app
from tui.core.input.loading import with_labels
from tui.screens.export import ExportScreen

LABELS = ["express", "original", "spun copy", "rewrite"]


async def test_labels_name_the_columns_and_the_export(versions, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(with_labels(versions, LABELS))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen_text = app.export_screenshot()
        assert "original" in screen_text and "7127cefea14eb991" not in screen_text
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("down", "down", "enter")
        assert app.screen.query_one("#path", Input).value == "syndiff-report.md"
        await pilot.click("#export")
        await settle(app, pilot)
    report = (tmp_path / "syndiff-report.md").read_text(encoding="utf-8")
    assert all(label in report for label in LABELS) and "7127cefea14eb991" not in report
