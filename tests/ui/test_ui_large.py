"""A larger generated story: diffs only for rows on screen, steady scrolling, theme switch, palette."""

from __future__ import annotations

import random

import pytest
from uihelp import SIZE, grid_of, settle

from tui.app import make_app
from tui.core import Analysis, Paragraph, Version

WORDS = ("council budget mayor school transport vote district service plan city officials week month "
         "funding debate package business year detail promise opposition").split()


def story(versions: int = 6, paragraphs: int = 150, seed: int = 11) -> list[Version]:
    """Versions of one generated story: every version an edit of the first."""
    rng = random.Random(seed)
    master = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))) + f" (part {n})."
              for n in range(paragraphs)]
    result = []
    for v in range(versions):
        texts = []
        for text in master:
            if v and rng.random() < 0.05:
                continue
            if v and rng.random() < 0.3:
                words = text.split()
                words[rng.randrange(len(words))] = rng.choice(WORDS).upper()
                text = " ".join(words)
            texts.append(text)
        paras = tuple(Paragraph(n, 2 * n + 1, 2 * n + 1, t) for n, t in enumerate(texts))
        result.append(Version(chr(ord("A") + v), f"v{v}", f"v{v}.txt", paras))
    return result


@pytest.fixture(scope="module")
def big():
    return story()


async def test_only_rows_on_screen_are_diffed(big, monkeypatch):
    monkeypatch.setattr("tui.core.analyse", lambda comparison, diffs: Analysis({}, (), ()))
    app = make_app(big)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        cells = len(app.comparison.rows) * len(grid.shown)
        assert 0 < len(app.diffs.known) < cells / 5
        await pilot.press("pagedown", "pagedown")
        assert len(app.diffs.known) < cells / 3


async def test_scrolling_up_over_estimated_rows_keeps_the_view_steady(big, monkeypatch):
    monkeypatch.setattr("tui.core.analyse", lambda comparison, diffs: Analysis({}, (), ()))
    app = make_app(big)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("G")
        assert grid.cursor == len(grid.items) - 1
        for _ in range(40):
            await pilot.press("k")
            top, height = round(grid.scroll_y), grid.scrollable_content_region.height
            start = grid.index.starts[grid.cursor]
            assert top <= start < top + height  # the cursor row stays on screen
        assert grid.cursor == len(grid.items) - 41
        assert all(grid.index.exact[i] for i in range(grid.cursor, len(grid.items)))


async def test_switching_theme_repaints_with_the_new_colours(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        dark = grid.painter.style(("inserted",))
        app.theme = "textual-light"
        await pilot.pause()
        assert grid.painter.style(("inserted",)) != dark


async def test_a_palette_command_runs_its_action(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Boilerplate")
        command.callback()
        await pilot.pause()
        assert grid_of(app).hide_boilerplate
