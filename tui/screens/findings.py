"""The findings panel (``F``): things an editor should look at, with jump-to.

``FindingsScreen(comparison, analysis)`` lists every finding as "C ¶10
duplicate: message". Choosing one dismisses the panel with ``(version,
paragraph)`` so the app can move the grid's cursor there; escape dismisses
with None.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core import Analysis, Comparison, Finding
from tui.core.safe import visible
from tui.screens.dialog import Dialog
from tui.widgets.plain import plain


def finding_line(comparison: Comparison, finding: Finding) -> str:
    """One line describing a finding and where it is."""
    version = comparison.versions[finding.version]
    return f"{version.id} \u00b6{finding.paragraph + 1}  {finding.kind}: {visible(finding.message)}"


class FindingsScreen(Dialog[tuple[int, int] | None]):
    """A list of findings; enter jumps to one."""

    BINDINGS = [Binding("escape,q,F", "close", "Close", id="findings.close")]

    def __init__(self, comparison: Comparison, analysis: Analysis) -> None:
        super().__init__()
        self.comparison = comparison
        self.findings = list(analysis.findings)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            count = len(self.findings)
            yield Static(f"Findings ({count})", classes="screen-title")
            if self.findings:
                options = [Option(plain(finding_line(self.comparison, f)), id=str(n))
                           for n, f in enumerate(self.findings)]
                yield OptionList(*options, id="findings-list")
                yield Static("enter jumps to the paragraph \u00b7 esc closes", classes="hint")
            else:
                yield Static("Nothing to flag in these versions.", id="no-findings")
                yield Static("esc closes", classes="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Return where the chosen finding is."""
        finding = self.findings[int(event.option.id)]
        self.close((finding.version, finding.paragraph))
