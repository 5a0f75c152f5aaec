"""Turning the grid's cell lines into Strips, with styles from component classes.

``Painter(widget, prefix)`` resolves tuples of class names (``("inserted",
"match")``) into Rich styles: the widget's own style with each component
class's colours (blended against the widget's background, so ``$success 30%``
works) and text styles layered on top, and a second set for the cursor row
(same classes on the cursor background). Styles are cached; call ``clear()``
when the theme or CSS changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

Pieces = Sequence[tuple[str, tuple[str, ...]]]


class Painter:
    """Styles and strips for one widget with ``<prefix>--<class>`` component classes."""

    def __init__(self, widget: Widget, prefix: str) -> None:
        self.widget = widget
        self.prefix = prefix
        self._styles: dict[tuple[tuple[str, ...], bool], Style] = {}

    def clear(self) -> None:
        """Forget resolved styles (theme or CSS changed)."""
        self._styles.clear()

    def _layer(self, style: Style, name: str) -> Style:
        component = f"{self.prefix}--{name}"
        full = self.widget.get_component_rich_style(component, default=Style.null())
        part = self.widget.get_component_rich_style(component, partial=True, default=Style.null())
        colours = Style(color=full.color if part.color else None, bgcolor=full.bgcolor if part.bgcolor else None)
        return style + part.without_color + colours

    def style(self, classes: tuple[str, ...], cursor: bool = False) -> Style:
        """The style of text carrying these classes (on the cursor row or not)."""
        key = (classes, cursor)
        style = self._styles.get(key)
        if style is None:
            style = self.widget.rich_style
            if cursor:
                style = self._layer(style, "cursor")
            for name in classes:
                style = self._layer(style, name)
            self._styles[key] = style
        return style

    def segments(self, pieces: Pieces, width: int, cursor: bool = False,
                 fill: tuple[str, ...] = ()) -> list[Segment]:
        """Segments of pieces cropped or padded to exactly width cells."""
        line = [Segment(text, self.style(classes, cursor)) for text, classes in pieces]
        return Segment.adjust_line_length(line, width, self.style(fill, cursor))

    def join(self, parts: Sequence[list[Segment]], rule: str, cursor: bool = False) -> Strip:
        """One strip from column segment lists separated by a rule character."""
        separator = Segment(rule, self.style(("rule",), cursor))
        segments: list[Segment] = []
        for n, part in enumerate(parts):
            if n > 1:
                segments.append(separator)
            segments.extend(part)
        return Strip(Segment.simplify(segments))
