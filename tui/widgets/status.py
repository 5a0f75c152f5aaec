"""The status bar: where the cursor is and what the current row is.

``StatusBar.show(comparison, row, shown, extra)`` writes one line: the row's
number and relation, then ``extra`` (search state, modes), then for each
shown version its paragraph numbers and how its cell relates to the base
(with the similarity). Version labels and text pass through ``safe.visible``.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from tui.core import Comparison
from tui.widgets.layout import shown_relation

NO_RELATION = "\u2014"
"""What a version with nothing here (and no base text to lack) shows."""


def paragraph_numbers(cell: tuple[int, ...]) -> str:
    """1-based paragraph numbers with runs as ranges: '3', '3,5', '34\u201358'."""
    parts, start = [], None
    for n, p in enumerate(cell):
        if start is None:
            start = p
        if n + 1 == len(cell) or cell[n + 1] != p + 1:
            joint = "\u2013" if p > start + 1 else ","
            parts.append(f"{start + 1}" if p == start else f"{start + 1}{joint}{p + 1}")
            start = None
    return ",".join(parts)


def describe_row(comparison: Comparison, row_index: int, shown: tuple[int, ...], extra: str = "",
                 typography: bool = True) -> Text:
    """Row number, relation, then extra (search, modes: short, so it survives a narrow bar), then each version
    with its own relation to the base (the core's, as in the reports)."""
    row = comparison.rows[row_index]
    text = Text()
    text.append(f"Row {row_index + 1}/{len(comparison.rows)} ", style="bold")
    relation = shown_relation(row, shown, typography)
    text.append(relation)
    if relation != row.relation and len(shown) < len(comparison.versions):
        text.append(f" ({row.relation} in a version not shown)", style="dim")
    if extra:
        text.append("  \u2502  ", style="dim")
        text.append(extra)
    for v in shown:
        info, cell = row.info[v], row.cells[v]
        text.append("  \u2502  ", style="dim")
        text.append(comparison.versions[v].id, style="bold")
        if cell:
            text.append(f" \u00b6{paragraph_numbers(cell)}")
        word = "base" if v == comparison.base and (cell or row.continues(v)) else info.relation or NO_RELATION
        text.append(f" {word}")
        if row.continues(v):
            text.append(f" (in row {comparison.cover(row_index, v)[0] + 1})", style="dim")
        if info.kind in ("edited", "paraphrase"):
            if word != info.kind:
                text.append(f" {info.kind}")
            text.append(f" {info.similarity:.0%}")
        if info.moved and word != "moved":
            text.append(" moved")
    return text


class StatusBar(Widget):
    """One line under the grid describing the cursor's row (repaints without a layout pass)."""

    DEFAULT_CSS = "StatusBar { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.line = Text()
        """What the bar says."""

    def render(self) -> Text:
        """The current line."""
        return self.line

    def show(self, comparison: Comparison | None, row: int | None, shown: tuple[int, ...], extra: str = "",
             typography: bool = True) -> None:
        """Describe row (or say what is happening when there is no comparison yet)."""
        if comparison is None or row is None:
            line = Text(extra or "")
        else:
            line = describe_row(comparison, row, shown, extra, typography)
        line.no_wrap = True
        line.overflow = "ellipsis"
        if line != self.line:
            self.line = line
            self.refresh()
