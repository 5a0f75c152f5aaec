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
        cells = len(app.comparison.rows) * len(grid.model.shown)
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
        assert grid.model.cursor == len(grid.model.items) - 1
        for _ in range(40):
            await pilot.press("k")
            top, height = round(grid.scroll_y), grid.scrollable_content_region.height
            start = grid.model.index.starts[grid.model.cursor]
            assert top <= start < top + height  # the cursor row stays on screen
        assert grid.model.cursor == len(grid.model.items) - 41
        assert all(grid.model.index.exact[i] for i in range(grid.model.cursor, len(grid.model.items)))


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
        assert app.viewer.options.hide_boilerplate


def tall_story() -> list[Version]:
    """Two versions whose second paragraph is several screens tall, with one rare word near its end."""
    rng = random.Random(5)
    filler = " ".join(rng.choice(WORDS) for _ in range(1200))
    tall = f"{filler} the zebra crossing was closed {filler[:400]}."
    texts = ["The council met on Monday.", tall, "The vote is next week."]
    return [Version(letter, f"v{n}", f"v{n}.txt",
                    tuple(Paragraph(i, i + 1, i + 1, t) for i, t in enumerate(texts)))
            for n, letter in enumerate("AB")]


async def test_a_search_match_deep_in_a_tall_row_is_scrolled_into_view():
    app = make_app(tall_story())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("slash", *"zebra", "enter")
        await pilot.pause()
        match = grid.model.matches[grid.model.match_index]
        item = grid.model.item_of(match.row)
        view = grid.scrollable_content_region.height
        assert grid.model.index.heights[item] > 2 * view  # the row really is taller than the screen
        width = grid.geometry()[1][grid.model.shown.index(match.version)][1]
        lines, _ = grid.cell_lines(match.row, match.version, width)
        line = next(n for n, pieces in enumerate(lines) if any("match-current" in c for _, c in pieces))
        top = round(grid.scroll_y)
        assert top <= grid.model.index.starts[item] + line < top + view


async def test_page_down_reads_through_a_row_taller_than_the_screen():
    app = make_app(tall_story())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        tall = grid.model.item_of(1)
        view = grid.scrollable_content_region.height
        await pilot.press("j")
        assert grid.model.cursor == tall and round(grid.scroll_y) <= grid.model.index.starts[tall]
        seen = []
        while grid.model.cursor == tall:
            seen.append(round(grid.scroll_y))
            await pilot.press("pagedown")
        lines = grid.model.index.heights[tall] - 1
        assert len(seen) >= lines // view  # one page at a time, nothing skipped
        steps = [b - a for a, b in zip(seen, seen[1:], strict=False)]
        assert steps and all(0 < step <= view - 1 for step in steps)  # a page at a time (the last may be short)
        assert all(step == view - 1 for step in steps[:-1])
        await pilot.press("pageup")
        assert grid.model.cursor == tall  # back into the tall row, not past it


def long_story() -> list[Version]:
    """Two versions of a story whose second paragraph is long and lightly edited in B."""
    rng = random.Random(9)
    long_a = " ".join(rng.choice(WORDS) for _ in range(1500)) + "."
    long_b = long_a.replace("mayor", "MAYOR", 3)
    texts = {"A": ["The council met on Monday.", long_a, "The vote is next week."],
             "B": ["The council met on Monday.", long_b, "The vote is next week."]}
    return [Version(letter, f"v{n}", f"v{n}.txt",
                    tuple(Paragraph(i, i + 1, i + 1, t) for i, t in enumerate(texts[letter])))
            for n, letter in enumerate("AB")]


async def test_a_long_paragraph_is_diffed_by_a_worker_not_while_painting(monkeypatch):
    import threading

    from tui.widgets import gridmodel as grid_module
    from tui.widgets.cells import TrackedDiffs

    monkeypatch.setattr("tui.core.analyse", lambda comparison, diffs: Analysis({}, (), ()))
    threads = []
    original = TrackedDiffs._compute

    def compute(self, row, version):  # runs on a cache miss only
        if grid_module.is_long(self.comparison, row, version):
            threads.append(threading.current_thread())
        return original(self, row, version)

    monkeypatch.setattr(TrackedDiffs, "_compute", compute)
    app = make_app(long_story())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        other = 1 - app.comparison.base
        row = grid.model.row_of(other, 1)
        assert grid_module.is_long(grid.model.comparison, row, other)
        assert threads and threading.main_thread() not in threads
        assert (row, other) in app.diffs.known and not grid.cells.pending
        width = grid.geometry()[1][grid.model.shown.index(other)][1]
        lines, final = grid.cell_lines(row, other, width)
        assert final and any("inserted" in classes for line in lines for _, classes in line)
