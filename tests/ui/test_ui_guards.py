"""Guards against two crashes inside Textual 8.2.8: a tiny terminal, and paging the palette too early."""

from __future__ import annotations

from textual import events
from textual.command import CommandList
from uihelp import SIZE, screen_text, settle

from tui.screens.findings import FindingsScreen
from tui.screens.palette import Palette
from tui.screens.toosmall import TooSmallScreen
from tui.screens.viewer import ViewerScreen

DIALOG_KEYS = ["B", "F", "v", "e", "s", "question_mark", "slash", "ctrl+p"]


async def test_a_tiny_terminal_says_so_and_opens_no_dialog(app):
    async with app.run_test(size=(10, 3)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, TooSmallScreen)
        for key in DIALOG_KEYS:
            await pilot.press(key)
            await settle(app, pilot)
            assert app.is_running and isinstance(app.screen, TooSmallScreen), key
        await pilot.resize_terminal(*SIZE)
        await settle(app, pilot)
        assert isinstance(app.screen, ViewerScreen)
        assert app.comparison is not None and app.viewer.grid.model.items


async def test_shrinking_under_dialogs_covers_them_and_growing_brings_them_back(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for key in ("F", "ctrl+p"):
            await pilot.press(key)
            await settle(app, pilot)
        await pilot.resize_terminal(39, 12)
        await settle(app, pilot)
        assert isinstance(app.screen, TooSmallScreen)
        assert "Terminal too small (39\u00d712)" in screen_text(app)
        await pilot.resize_terminal(10, 3)
        await settle(app, pilot)
        await pilot.resize_terminal(40, 10)
        await settle(app, pilot)
        assert isinstance(app.screen, Palette)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, FindingsScreen)
        await pilot.resize_terminal(*SIZE)
        await settle(app, pilot)
        assert app.is_running and app.viewer.size == SIZE


async def test_paging_the_command_palette_at_once_does_not_crash(app):
    """A race (the key must land before the palette lays its list out): tried ten times, both keys."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for key in ["pageup", "pagedown"] * 5:
            app.post_message(events.Key("ctrl+p", None))
            app.post_message(events.Key(key, None))
            await settle(app, pilot)
            assert app.is_running
            await pilot.press("escape")
            await settle(app, pilot)
            assert isinstance(app.screen, ViewerScreen)


async def test_the_palette_pages_only_once_its_list_is_on_screen(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await app.push_screen(Palette())
        palette = app.screen
        assert palette.query_one(CommandList).scrollable_content_region.height == 0
        assert not palette.check_action("command_list", ("page_down",))
        await pilot.press("down")  # opens the list
        await settle(app, pilot)
        assert palette.query_one(CommandList).scrollable_content_region.height > 0
        assert palette.check_action("command_list", ("page_down",))


def test_a_grid_paint_queued_as_the_app_closes_does_nothing(app):
    assert not app.screen_stack  # not running: no screens, as once the app has closed
    app._paint_now()  # queued by call_later when the alignment arrived; must not raise on the way out
