"""The summary screen (``s``): the scorecard of every version and who copied whom.

``SummaryScreen(comparison, analysis)`` shows, per version, its words and the
shares that are verbatim, edited, paraphrased and new against the base, the
share of the base it dropped and the verdict; then how much of each version's
wording is in each other (``similarity_matrix``: shaded cells with figures, so it
reads without colour); then the derivation edges as a
small text tree ("B ─▶ C  0.87  why"), roots first. ``derivation_tree`` is
plain text so it can be tested on its own.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core import Analysis, Comparison
from tui.core.analysis.figures import percent
from tui.core.analysis.provenance import Edge
from tui.core.safe import visible
from tui.screens.dialog import ScrollingDialog


def _name(comparison: Comparison, v: int) -> str:
    version = comparison.versions[v]
    return f"{version.id} {visible(version.label)}"


def derivation_tree(comparison: Comparison, analysis: Analysis) -> list[str]:
    """Lines of the derivation tree: each source with its copies indented under it, then the
    related pairs whose direction is unknown, then the versions linked to none."""
    children: dict[int, list[Edge]] = {}
    targets = set()
    related = [edge for edge in analysis.derivation if not edge.directed]
    for edge in analysis.derivation:
        if edge.directed:
            children.setdefault(edge.source, []).append(edge)
            targets.add(edge.target)
    lines: list[str] = []

    def walk(v: int, indent: str) -> None:
        edges = children.get(v, [])
        for n, edge in enumerate(edges):
            last = n == len(edges) - 1
            lines.append(f"{indent}{'└' if last else '├'}\u2500\u25b6 {_name(comparison, edge.target)}  "
                         f"({edge.confidence:.2f}) {visible(edge.evidence)}")
            walk(edge.target, indent + ("   " if last else "│  "))

    for v in range(len(comparison.versions)):
        if v in children and v not in targets:
            lines.append(_name(comparison, v))
            walk(v, "")
    for edge in related:
        lines.append(f"{_name(comparison, edge.source)} \u2500\u2500 {_name(comparison, edge.target)}  related, "
                     f"direction unknown ({edge.confidence:.2f}): {visible(edge.evidence)}")
    linked = targets | set(children) | {v for edge in related for v in (edge.source, edge.target)}
    for v in range(len(comparison.versions)):
        if v not in linked:
            lines.append(f"{_name(comparison, v)}  (no derivation link found)")
    return lines


def scorecard(comparison: Comparison, analysis: Analysis) -> Table:
    """One row per version: words, shares against the base, dropped, verdict."""
    table = Table(box=None, padding=(0, 1), header_style="bold")
    for title in ("version", "words", "verbatim", "edited", "paraphrase", "new", "dropped", "verdict"):
        table.add_column(title, justify="left" if title in ("version", "verdict") else "right")
    for v in range(len(comparison.versions)):
        name = Text(_name(comparison, v))
        if v == comparison.base:
            table.add_row(name, "", "", "", "", "", "", Text("BASE", style="bold"))
            continue
        s = analysis.stats[v]
        table.add_row(name, str(s.words), percent(s.verbatim), percent(s.edited), percent(s.paraphrase),
                      percent(s.new), percent(s.dropped), s.derivation)
    return table


SHADES = " \u2591\u2592\u2593\u2588"
"""Cell shades from none to all, so the matrix reads without colour too."""


def similarity_matrix(comparison: Comparison) -> Table:
    """Every pair of versions: the share of the row version's 3-word phrases found in the column version."""
    ids = [v.id for v in comparison.versions]
    table = Table(box=None, padding=(0, 1), header_style="bold")
    table.add_column("")
    for vid in ids:
        table.add_column(vid, justify="right")
    for v, row in enumerate(comparison.shared):
        cells: list[Text | str] = []
        for w, share in enumerate(row):
            if v == w:
                cells.append(Text("\u2014", style="dim"))
                continue
            shade = SHADES[min(len(SHADES) - 1, int(share * (len(SHADES) - 1) + 0.5))]
            cells.append(Text(f"{shade} {percent(share)}", style="bold" if share >= 0.5 else ""))
        table.add_row(Text(_name(comparison, v)), *cells)
    return table


class SummaryScreen(ScrollingDialog):
    """Scorecard and derivation tree."""

    BINDINGS = [
        Binding("escape,q,s", "close", "Close", id="summary.close"),
    ]

    def __init__(self, comparison: Comparison, analysis: Analysis) -> None:
        super().__init__()
        self.comparison = comparison
        self.analysis = analysis

    def compose(self) -> ComposeResult:
        comparison, analysis = self.comparison, self.analysis
        base = comparison.versions[comparison.base]
        with VerticalScroll(id="summary-box"):
            yield Static("Summary", classes="screen-title")
            yield Static(Text(f"Base: {base.id} {visible(base.label)} ({visible(comparison.base_reason)})"))
            yield Static("Scorecard against the base", classes="section-title")
            yield Static(scorecard(comparison, analysis))
            if len(comparison.versions) > 1 and comparison.shared:
                yield Static("How much of each version's wording (3-word phrases) is in each other",
                             classes="section-title")
                yield Static(similarity_matrix(comparison), id="matrix")
            yield Static("Who was made from whom", classes="section-title")
            yield Static(Text("\n".join(derivation_tree(comparison, analysis)) or "No links found."), id="tree")
            count = len(analysis.findings)
            yield Static(f"{count} finding{'s' if count != 1 else ''}: press F in the viewer to list them.",
                         classes="hint")

