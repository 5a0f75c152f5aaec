"""Small choosers: the base version (``B``) and the versions shown (``v``).

``BaseScreen(comparison)`` dismisses with the chosen version's position (or
None); ``VersionsScreen(comparison, shown, fit)`` with the chosen non-base
versions in input order (or None; at least one must be ticked). Both list
each version's id, label and the share of its 3-word phrases found in the
current base.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from tui.core import Comparison
from tui.core.safe import visible
from tui.screens.dialog import Dialog
from tui.widgets.plain import plain


def version_line(comparison: Comparison, v: int) -> str:
    """'B  label  (base)' or 'C  label  87% shared with base'."""
    version = comparison.versions[v]
    if v == comparison.base:
        return f"{version.id}  {visible(version.label)}  (current base)"
    shared = comparison.shared[v][comparison.base] if comparison.shared else 0.0
    return f"{version.id}  {visible(version.label)}  {shared:.0%} of its 3-word phrases also in the base"


class BaseScreen(Dialog[int | None]):
    """Pick the version the others are compared against."""

    BINDINGS = [Binding("escape,q", "close", "Cancel", id="base.cancel")]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Compare against which version?", classes="screen-title")
            options = [Option(plain(version_line(self.comparison, v)), id=str(v))
                       for v in range(len(self.comparison.versions))]
            yield OptionList(*options, id="base-list")
            yield Static("enter chooses \u00b7 esc cancels \u00b7 the alignment is redone", classes="hint")

    def on_mount(self) -> None:
        """Start on the current base."""
        self.query_one(OptionList).highlighted = self.comparison.base

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Return the chosen version."""
        self.close(int(event.option.id))


class VersionsScreen(Dialog[list[int] | None]):
    """Tick the versions to show next to the base."""

    BINDINGS = [
        Binding("escape,q", "close", "Cancel", id="versions.cancel"),
        Binding("enter", "apply", "Show", priority=True, id="versions.apply"),
    ]

    def __init__(self, comparison: Comparison, shown: tuple[int, ...], fit: int) -> None:
        super().__init__()
        self.comparison = comparison
        self.shown = shown
        self.fit = fit

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Which versions to show next to the base?", classes="screen-title")
            choices = [(plain(version_line(self.comparison, v)), v, v in self.shown)
                       for v in range(len(self.comparison.versions)) if v != self.comparison.base]
            yield SelectionList[int](*choices, id="versions-list")
            yield Static(f"space ticks \u00b7 enter shows \u00b7 esc cancels \u00b7 {self.fit - 1} fit beside the "
                         "base at this width (tab cycles the rest)", classes="hint")

    def action_apply(self) -> None:
        """Return the ticked versions."""
        chosen = self.query_one(SelectionList).selected
        if not chosen:
            self.notify("Tick at least one version to show beside the base (space ticks).", severity="warning")
            return
        self.close(sorted(chosen))
