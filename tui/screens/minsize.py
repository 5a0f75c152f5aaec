"""The smallest terminal the viewer draws in: ``MIN_SIZE`` and ``too_small(size)``.

Apart from ``toosmall`` (the screen shown below it, which names them too) so the app can check a size
without creating that screen's class at every start: a terminal of the right size never needs it.
"""

from __future__ import annotations

from textual.geometry import Size

MIN_SIZE = Size(40, 10)
"""The smallest terminal (columns, lines) the viewer and its dialogs are drawn in."""


def too_small(size: Size) -> bool:
    """Whether a terminal of this size is below the minimum."""
    return size.width < MIN_SIZE.width or size.height < MIN_SIZE.height
