"""Generated messy stories through the viewer: open, n to the end, u, b, quit, never a crash.

Stories come from the same generator as the core property tests (``tests/gen``).
A Hypothesis test drives the async Pilot session with ``asyncio.run`` per example.
"""

from __future__ import annotations

import asyncio
import os

from hypothesis import HealthCheck, given, settings
from uihelp import settle

from tests.conftest import make_versions
from tests.gen.stories import stories
from tui.app import make_app
from tui.widgets.layout import is_change


async def _walk(texts: list[str]) -> None:
    app = make_app(make_versions(*texts))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        grid = app.viewer.grid
        rows = app.comparison.rows
        visited = []
        for _ in range(len(grid.model.items) + 1):
            before = grid.model.cursor
            await pilot.press("n")
            if grid.model.cursor == before:
                break
            visited.append(grid.model.items[grid.model.cursor].rows[0])
        assert all(is_change(rows[r], grid.model.shown) for r in visited)
        changed = [i for i, item in enumerate(grid.model.items) if not item.is_fold
                   and is_change(rows[item.rows[0]], grid.model.shown)]
        assert len(visited) == len([i for i in changed if i > 0]) or len(visited) == len(changed)
        for key in ("u", "b", "p", "u", "b"):
            await pilot.press(key)
            await settle(app, pilot)
        await pilot.press("q")
    assert app.return_code in (0, None)


EXAMPLES = 30 if (os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "")) == "ci" else 10
"""A few dozen stories in CI, ten in a local run (each opens the viewer)."""


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(stories(max_versions=4, max_paragraphs=20))
def test_generated_stories_open_and_walk_in_the_viewer(texts):
    asyncio.run(_walk(texts))
