"""The help screen (``?``): every key, and what the marks on screen mean.

``HelpScreen(sections)`` takes ``[(title, [(keys, description), ...]), ...]``
built by the app from its bindings, so the list never drifts from the keys
that really work. Escape, q or ? close it.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static

from tui.core.safe import visible
from tui.screens.dialog import ScrollingDialog
from tui.widgets.plain import plain

LEGEND = [
    ("+word", "words this version added (green)"),
    ("\u2212word", "base words this version dropped (red, struck through; d hides)"),
    ("underlined", "typography only: quotes, dashes, spaces (t hides)"),
    ("plain text", "wording the base has too; in a paraphrase, + marks the new wording"),
    ("dim text \u25aa caption", "boilerplate: captions, promos, related links, source lines (b hides)"),
    ("\u25b8 / \u22ef", "a folded block of boilerplate / of unchanged rows (enter opens)"),
    ("\u2195 moved", "this version has the paragraph elsewhere"),
    ("\u00f7 split / \u222a merges", "one base paragraph became several here, or several became one"),
    ("\u00b6", "the next paragraph of a split or merged cell"),
    ("\u2191 merged / split", "this version's text for the row is its paragraph in a row above (it covers both)"),
    ("+ only in C", "a paragraph found in one version only"),
    ("\u2212 not in C", "this version lacks the base's paragraph"),
    ("gutter = \u2261 ~ \u2248", "among the versions shown, the row is the same, typography only, edited, "
                                 "paraphrased"),
    ("gutter \u2195 \u00f7 \u222a", "moved, split, merged (the strongest change among the versions shown)"),
    ("gutter + \u2212 \u00b7", "added (the base lacks it), dropped by a version shown, boilerplate"),
    ("\u2713 ! * ?", "after the gutter glyph: you accepted the row, flagged it, noted it; ? the texts changed "
                     "since your decision (stale: look again)"),
    ("change map (right edge)", "the whole story, a column per version shown, marked as in the gutter; "
                                "\u2503 is the part on screen; a click jumps there; m hides it"),
    ("verbatim/edited/para/new", "share of a version's words kept verbatim, edited, paraphrased, new vs the base"),
]

Sections = list[tuple[str, list[tuple[str, str]]]]


def _table(rows: list[tuple[str, str]], key_style: str) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(min_width=12, style=key_style, no_wrap=True)
    table.add_column()
    for key, text in rows:
        table.add_row(Text(visible(key)), Text(visible(text)))
    return table


NARROW = 120
"""Terminal width below which the key list and the legend stack."""


class HelpScreen(ScrollingDialog):
    """Keys and legend, in a scrollable box."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
    ]

    def __init__(self, sections: Sections) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static("syndiff: keys, and what the marks mean", classes="screen-title")
            with Horizontal(id="help-columns"):
                with Vertical(classes="help-column"):
                    for title, rows in self.sections:
                        yield Static(plain(title), classes="section-title")
                        yield Static(_table(rows, "bold"))
                with Vertical(classes="help-column"):
                    yield Static("On screen", classes="section-title")
                    yield Static(_table(LEGEND, "bold"))
            yield Static("Esc, q or ? closes this help.", classes="hint")

    def on_resize(self) -> None:
        """Side by side on a wide terminal, one above the other on a narrow one."""
        self.query_one("#help-columns").set_class(self.size.width < NARROW, "narrow")

