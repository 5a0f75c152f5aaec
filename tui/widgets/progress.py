"""The progress line shown while the engine aligns the versions.

``ProgressLine.show(text, fraction)`` draws "Aligning: <what> ━━━━──── 45%";
``fail(text)`` turns it into an error line. One line of text, no timers, no
child widgets (it is on screen during start-up, when every millisecond shows).
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

BAR = 24
"""Cells of the bar."""


class ProgressLine(Widget):
    """What the engine is doing and how far it is."""

    COMPONENT_CLASSES = {"progress-line--done", "progress-line--todo", "progress-line--error"}
    DEFAULT_CSS = "ProgressLine { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.text = "starting"
        """What the engine said it is doing."""
        self.fraction = 0.0
        """How far it is, 0..1."""
        self.failed = False
        """True once ``fail`` was called: the text is an error."""

    def show(self, text: str, fraction: float) -> None:
        """Report progress (text must already be safe to print)."""
        self.text, self.fraction, self.failed = text, max(0.0, min(1.0, fraction)), False
        self.refresh()

    def fail(self, text: str) -> None:
        """Show an error instead of progress."""
        self.text, self.failed = text, True
        self.refresh()

    def render(self) -> Text:
        """The line."""
        if self.failed:
            return Text(self.text, style=self.get_component_rich_style("progress-line--error", partial=True))
        done = round(self.fraction * BAR)
        line = Text(f"Aligning the versions: {self.text}\u2026  ", no_wrap=True, overflow="ellipsis")
        line.append("\u2501" * done, self.get_component_rich_style("progress-line--done", partial=True))
        line.append("\u2500" * (BAR - done), self.get_component_rich_style("progress-line--todo", partial=True))
        line.append(f" {self.fraction:4.0%}")
        return line
