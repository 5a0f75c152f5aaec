"""Helpers for the viewer tests (a unique module name: tests/ has no packages)."""

from __future__ import annotations

SIZE = (160, 48)
"""The terminal size most tests run at: four columns fit."""


async def settle(app, pilot) -> None:
    """Wait until background work is done and the screen has caught up."""
    for _ in range(2):
        await app.workers.wait_for_complete()
        await pilot.pause()


def grid_of(app):
    """The viewer's grid."""
    return app.viewer.grid


def item_kinds(grid) -> list[str]:
    """The kind of every item on the grid."""
    return [item.kind for item in grid.items]
