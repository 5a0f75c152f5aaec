"""The export dialog (``e``): a report format and a path.

``ExportScreen(default_dir)`` dismisses with ``(format, path)`` or None. The
path starts as ``syndiff-report.<ext>`` in the current directory and follows
the format while the user has not typed a path of their own; the dialog says
which folder that is. An existing file is replaced only after a second
Export. A path that is one of the inputs (by any name: a hard or symbolic
link too) is refused in the dialog, before that question; the app writes the
file in a worker and checks again there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

from tui.core.report.formats import FORMATS
from tui.screens.dialog import Dialog
from tui.widgets.plain import plain

DEFAULT_STEM = "syndiff-report"


def working_folder() -> str:
    """The folder a relative path is written to (the current directory)."""
    return str(Path.cwd())


def default_path(fmt: str) -> str:
    """The default file name for a format (its usual file ending)."""
    return f"{DEFAULT_STEM}{FORMATS[fmt].suffix}"


class ExportScreen(Dialog[tuple[str, str] | None]):
    """Choose a report format and where to write it."""

    BINDINGS = [Binding("escape", "close", "Cancel", id="export.cancel")]

    def __init__(self, fmt: str = "html", check: Callable[[str], str | None] | None = None) -> None:
        super().__init__()
        self.fmt = fmt
        self.check = check
        """Says why a path cannot take the report (one of the inputs ...), or None: asked before replacing."""
        self._confirmed: str | None = None
        """The existing file the user has agreed to replace."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Export a report", classes="screen-title")
            with RadioSet(id="formats"):
                for fmt in FORMATS:
                    yield RadioButton(fmt, value=fmt == self.fmt, id=f"fmt-{fmt}")
            web = "File name (your browser downloads it; allow this page's pop-ups if it blocks one):"
            where = web if self.app.is_web else f"File (relative to {working_folder()}):"
            yield Static(plain(where), id="folder")
            yield Input(default_path(self.fmt), id="path")
            yield Static("", id="overwrite", classes="hint")
            with Horizontal(classes="buttons"):
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        """Start in the format list."""
        self.query_one(RadioSet).focus()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Follow the format in the path while it is still the default."""
        fmt = list(FORMATS)[event.index]
        path = self.query_one("#path", Input)
        if path.value == default_path(self.fmt):
            path.value = default_path(fmt)
        self.fmt = fmt

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the path field exports."""
        self._finish()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Export or cancel."""
        if event.button.id == "export":
            self._finish()
        else:
            self.close(None)

    def on_input_changed(self, event: Input.Changed) -> None:
        """A new path needs its own confirmation if it exists."""
        self._confirmed = None
        self.query_one("#overwrite", Static).update("")

    def _finish(self) -> None:
        path = self.query_one("#path", Input).value.strip()
        if not path:
            self.notify("Type a file name for the report.", severity="warning")
            return
        problem = self.check(path) if self.check else None
        if problem:
            self.query_one("#overwrite", Static).update(plain(problem))
            return
        target = Path(path).expanduser()
        if target.is_file() and self._confirmed != path:
            self._confirmed = path
            self.query_one("#overwrite", Static).update(
                plain(f"{path} exists: press Export (or enter) again to replace it, or change the name."))
            return
        self.close((self.fmt, path))
