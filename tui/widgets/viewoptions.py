"""How the viewer shows a comparison: the options the user toggles, as one frozen value.

``ViewerScreen.options`` is the one place they live. The screen changes them by replacing
the value (``dataclasses.replace``) and hands the new value to the widgets that follow it
(``DiffGrid.apply``); the grid keeps the value it was given, to lay its rows out, and when
it must change an option itself (a search match or a jump lands in hidden boilerplate) it
says so with ``DiffGrid.OptionsChanged`` and the screen takes the new value. Pure data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewOptions:
    """The viewer's toggles (keys in brackets)."""

    hide_boilerplate: bool = False
    """Leave captions, promos and links out of the grid (b)."""
    fold_unchanged: bool = False
    """Fold runs of rows no shown version changed to one line each (u)."""
    typography: bool = True
    """Mark quote, dash and space changes; off, typography-only rows count as unchanged (t)."""
    deletions: bool = True
    """Show the base's dropped words inline in edited cells (d)."""
    facts: bool = False
    """Highlight quotes, numbers and names (f)."""
    change_map: bool = True
    """Show the change map beside the grid when the terminal is wide enough (m)."""
    skip_accepted: bool = False
    """n/p pass over rows the editor accepted (A)."""

    @property
    def layout(self) -> tuple[bool, bool, bool, bool]:
        """The options the grid's rows and their heights depend on."""
        return (self.hide_boilerplate, self.fold_unchanged, self.typography, self.deletions)
