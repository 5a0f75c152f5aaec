"""Column headers above the grid: who each version is and what it did.

Two lines per shown version, lined up with the grid's columns: the version's
id and label with "BASE" or its verdict (wholly / partially / non-derived) on
the right, then its scorecard against the base: the shares of its words that
are verbatim, edited, paraphrased and new ("…" until the analysis is ready).
The base column says why it is the base. ``ColumnHeaders.show(...)`` sets the
data; the widget paints with the ``column-headers--*`` component classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.strip import Strip
from textual.widget import Widget

from tui.core.analysis.figures import percent
from tui.core.model import BaseChoice
from tui.core.safe import visible
from tui.widgets.paint import Painter

if TYPE_CHECKING:
    from tui.core import Analysis, Comparison, Stats

Pieces = list[tuple[str, tuple[str, ...]]]
HEADER_REASONS = {BaseChoice.USER: "chosen by you", BaseChoice.MOST_SHARED: "shares most wording",
                  BaseChoice.ONLY: "the only version"}
"""Who chose the base, in its column's header."""


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "\u2026"


_NAMES = (("verbatim", "edited", "paraphrase", "new"), ("verbatim", "edited", "para", "new"),
          ("verbatim", "edit", "para", "new"), ("v", "e", "p", "n"))
"""The share names, longest first; the one-letter set is explained in the help."""


_FORMS = [(names, gap) for names in _NAMES for gap in ("  ", " ")]
"""Every way to write the shares, longest first."""


def _scores(stats: Stats, width: int, least: int = 0) -> tuple[Pieces, int]:
    """'verbatim 84%  edited 0.4%  para 16%  new 0%', shortened to fit the width (never 'verb'):
    the pieces and the form used, from form ``least`` on (so every column can use the same one)."""
    values = (stats.verbatim, stats.edited, stats.paraphrase, stats.new)
    classes = ("verbatim", "edited", "paraphrase", "new")
    pieces: Pieces = []
    form = least
    for form in range(least, len(_FORMS)):
        names, gap = _FORMS[form]
        pieces = [(("" if n == 0 else gap) + f"{name} {percent(value)}", (cls,))
                  for n, (name, value, cls) in enumerate(zip(names, values, classes, strict=True))]
        if sum(len(text) for text, _ in pieces) <= width:
            break
    return pieces, form


def header_lines(comparison: Comparison, analysis: Analysis | None, v: int, width: int,
                 failed: bool = False, form: int = 0) -> tuple[Pieces, Pieces]:
    """The two header lines of version v's column (failed: the analysis failed, no scores will come;
    form: the shortest way of writing the shares any column needs, so all columns read alike)."""
    version = comparison.versions[v]
    if v == comparison.base:
        tag, tag_class = "BASE", "base"
        second: Pieces = [(f"base: {HEADER_REASONS[comparison.base_choice]}", ("pending",))]
    elif analysis is None or v not in analysis.stats:
        tag, tag_class = ("?", "pending") if failed else ("\u2026", "pending")
        second = [("no scores: the analysis failed" if failed else "\u2026 scoring", ("pending",))]
    else:
        stats = analysis.stats[v]
        tag, tag_class = stats.derivation, "verdict"
        second, _ = _scores(stats, width, form)
    title = _fit(f"{version.id} {visible(version.label)}", max(1, width - len(tag) - 1))
    gap = " " * max(1, width - len(title) - len(tag))
    return [(version.id, ("id",)), (title[len(version.id):], ("title",)), (gap, ()), (tag, (tag_class,))], second


class ColumnHeaders(Widget):
    """The header row of the grid (two lines per column, column rules between)."""

    COMPONENT_CLASSES = {
        "column-headers--id", "column-headers--title", "column-headers--base", "column-headers--verdict",
        "column-headers--pending", "column-headers--verbatim", "column-headers--edited",
        "column-headers--paraphrase", "column-headers--new", "column-headers--rule",
    }
    DEFAULT_CSS = "ColumnHeaders { height: 2; }"

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.painter = Painter(self, "column-headers")
        self._gutter = 0
        self._columns: list[tuple[int, int, Pieces, Pieces]] = []

    def show(self, comparison: Comparison | None, analysis: Analysis | None, shown: tuple[int, ...],
             geometry: tuple[int, list[tuple[int, int]]], failed: bool = False) -> None:
        """Set what to paint: the shown versions at the grid's column geometry."""
        gutter, cols = geometry
        self._gutter = gutter
        self._columns = []
        if comparison is not None:
            columns = list(zip(shown, cols, strict=False))
            form = max((_scores(analysis.stats[v], width)[1] for v, (_, width) in columns
                        if analysis is not None and v in analysis.stats), default=0)
            for v, (x, width) in columns:
                first, second = header_lines(comparison, analysis, v, width, failed, form)
                self._columns.append((x, width, first, second))
        self.refresh()

    def notify_style_update(self) -> None:
        """Theme changed: resolve styles again."""
        super().notify_style_update()
        self.painter.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """Line y of the headers."""
        width = self.size.width
        if not self._columns:
            return Strip.blank(width, self.rich_style)
        parts = [self.painter.segments([], self._gutter)]
        for _, col_width, first, second in self._columns:
            parts.append(self.painter.segments(first if y == 0 else second, col_width))
        return self.painter.join(parts, "\u2502").adjust_cell_length(width, self.rich_style)
