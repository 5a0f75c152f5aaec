"""The screen shown instead of everything else while the terminal is too small.

Below ``MIN_SIZE`` (``minsize``) the viewer has no room to be useful, and Textual 8.2.8
itself crashes laying out some dialogs (an OptionList of zero width raises
ValueError in Rich's ``chop_cells``). ``SyndiffApp`` pushes ``TooSmallScreen``
when the terminal shrinks below the minimum (or starts below it) and pops it
when the terminal grows back. While it is up, the screens beneath (the viewer,
an open dialog) are neither laid out at the small size (the app hides them
from Textual's background screens) nor given keys; q quits.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Static

from tui.screens.minsize import MIN_SIZE


class TooSmallScreen(Screen[None]):
    """Says the terminal is too small, and how big it must be."""

    BINDINGS = [Binding("q", "app.quit", "Quit", id="too-small.quit")]
    DEFAULT_CSS = "TooSmallScreen { align: center middle; } TooSmallScreen Static { width: 100%; text-align: center; }"

    def compose(self) -> ComposeResult:
        yield Static(self._message(self.app.size))

    def on_resize(self, event: events.Resize) -> None:
        """Keep the size in the message current."""
        self.query_one(Static).update(self._message(event.size))

    @staticmethod
    def _message(size: Size) -> str:
        return (f"Terminal too small ({size.width}\u00d7{size.height}): syndiff needs "
                f"{MIN_SIZE.width}\u00d7{MIN_SIZE.height}. Enlarge it, or press q to quit.")
