"""The key bar at the bottom: the keys that work right now.

It shows what Textual's ``Footer`` shows (the active bindings with
``show=True``, minus those whose ``check_action`` hides them, so ``n`` reads
"Next match" while a search is on) but paints one line of text instead of
composing a widget per key, so it costs nothing when the keys change. A click
on a key presses it (the bar remembers where it wrote each key). It repaints
on the screen's ``bindings_updated_signal``.
"""

from __future__ import annotations

from rich.text import Text
from textual.events import Click
from textual.screen import Screen
from textual.widget import Widget


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

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def render(self) -> Text:
        """The shown keys of the active bindings, in binding order, one per action."""
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        text_style = self.get_component_rich_style("key-bar--description", partial=True)
        off_style = self.get_component_rich_style("key-bar--disabled", partial=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        seen: set[str] = set()
        self._spans = []
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            start = line.cell_len
            line.append(self.app.get_key_display(binding), key_style if active.enabled else off_style)
            line.append(f" {binding.description}", text_style if active.enabled else off_style)
            self._spans.append((start, line.cell_len, key))
            line.append("  ")
        return line

    async def on_click(self, event: Click) -> None:
        """A click on a key presses it (the bar remembers where it wrote each key)."""
        x = event.x - self.styles.padding.left
        for start, end, key in self._spans:
            if start <= x < end:
                await self.app.run_action(f"simulate_key({key!r})")
                return
