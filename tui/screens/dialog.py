"""A modal dialog that can be closed only once.

Keys arrive faster than screens change: a second enter can select an option
after the first one already closed the dialog. ``Dialog.close(result)``
dismisses only while the dialog is the active screen, so its result callback
runs exactly once. Dialog styles live in ``tui/styles/dialogs.tcss``.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """A ModalScreen with an idempotent ``close``."""

    CSS_PATH = "../styles/dialogs.tcss"

    def close(self, result: Result | None = None) -> None:
        """Dismiss with result, if this dialog is still the active screen."""
        if self.is_active:
            self.dismiss(result)

    def action_close(self) -> None:
        """Dismiss without a result (bound to escape)."""
        self.close(None)
