"""The decisions as they fall on one comparison's rows: ``ReviewView``.

Apart from ``decisions`` (which makes and places them, and re-exports this
class) so the viewer can start with an empty view without importing the rest:
a story without decisions never needs it before the first frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .decisions import Attached, Decision


@dataclass(frozen=True)
class ReviewView:
    """The decisions as they fall on one comparison's rows."""

    by_row: dict[int, Attached] = field(default_factory=dict)
    orphans: tuple[Decision, ...] = ()
    """Decisions no row of this comparison shares any text with (their rows changed completely)."""

    def status(self, row: int) -> str:
        """The row's status (``open`` when undecided)."""
        found = self.by_row.get(row)
        return found.decision.status if found else "open"
