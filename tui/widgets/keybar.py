"""The key bar at the bottom: the keys that work right now.

It shows what Textual's ``Footer`` shows (the active bindings with
``show=True``, minus those whose ``check_action`` hides them, so ``n`` reads
"Next match" while a search is on) but paints one line of text instead of
composing a widget per key, so it costs nothing when the keys change. A click
on a key presses it (the bar remembers where it wrote each key). It repaints
on the screen's ``bindings_updated_signal`` and when resized. When the keys do
not fit (an 80-column terminal), the gaps shrink, then the last keys give way
to ``+N more: ?``; help (``?``) and quit (``q``) always stay.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.events import Click
from textual.screen import Screen
from textual.widget import Widget


class Entry(NamedTuple):
    """One key on the bar."""

    key: str
    """The key's name (what a click presses)."""
    label: str
    """How the key is written."""
    description: str
    enabled: bool


PINNED = ("question_mark", "q")
"""Keys that stay on the bar however narrow it gets: help (which lists the rest) and quit."""


def _layout(entries: list[Entry], gap: int) -> int:
    return sum(cell_len(e.label) + 1 + cell_len(e.description) for e in entries) + gap * (len(entries) - 1)


def _fit(entries: list[Entry], width: int,
         styles: tuple[Style, Style, Style]) -> tuple[Text, list[tuple[int, int, str]]]:
    """The line and the (start, end, key) spans: every entry if it fits, else the first ones and a count.

    Gaps shrink from two spaces to one first; then entries are dropped from the
    end (never help or quit) and ``+N more: ?`` says how many help lists.
    """
    gap, kept, dropped = 2, list(entries), 0
    if _layout(kept, gap) > width:
        gap = 1
    while _layout(kept, gap) + (len(f" +{dropped} more: ?") if dropped else 0) > width:
        droppable = [n for n, e in enumerate(kept) if e.key not in PINNED]
        if not droppable:
            break
        del kept[droppable[-1]]
        dropped += 1
    key_style, text_style, off_style = styles
    line = Text(no_wrap=True, overflow="crop", end="")
    spans: list[tuple[int, int, str]] = []
    for n, entry in enumerate(kept):
        if n:
            line.append(" " * gap)
        start = line.cell_len
        line.append(entry.label, key_style if entry.enabled else off_style)
        line.append(f" {entry.description}", text_style if entry.enabled else off_style)
        spans.append((start, line.cell_len, entry.key))
    if dropped:
        line.append(f" +{dropped} more: ?", text_style)
    return line, spans


class KeyBar(Widget):
    """One line: key, description, key, description ..."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--disabled"}
    DEFAULT_CSS = "KeyBar { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        """Follow the screen's bindings."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        """Stop following."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def on_resize(self) -> None:
        """Fit the keys to the new width."""
        self.refresh()

    def render(self) -> Text:
        """The shown keys of the active bindings, in binding order, one per action, fitted to the width."""
        entries = self._entries()
        width = self.content_region.width or 10_000
        line, self._spans = _fit(entries, width, self._styles())
        return line

    def _styles(self) -> tuple[Style, Style, Style]:
        return (self.get_component_rich_style("key-bar--key", partial=True),
                self.get_component_rich_style("key-bar--description", partial=True),
                self.get_component_rich_style("key-bar--disabled", partial=True))

    def _entries(self) -> list[Entry]:
        entries, seen = [], set()
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            entries.append(Entry(key, self.app.get_key_display(binding), binding.description, active.enabled))
        return entries

    async def on_click(self, event: Click) -> None:
        """A click on a key presses it (the bar remembers where it wrote each key)."""
        x = event.x - self.styles.padding.left
        for start, end, key in self._spans:
            if start <= x < end:
                await self.app.run_action(f"simulate_key({key!r})")
                return
