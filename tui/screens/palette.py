"""Textual's command palette, with one crash of Textual 8.2.8 held off.

PageUp or PageDown pressed right after ctrl+p, before the palette has laid
out its command list, raises ``KeyError: 0`` inside Textual
(``OptionList._move_page`` reads a line index that is not built yet; its own
``_scroll_to_highlight`` guards the same lookup). ``Palette`` ignores those
two keys until the list has a height on screen. Two enters in one burst can
also make the palette dismiss itself twice (the second pops the screen
beneath it, or fails on an empty stack): ``dismiss`` does nothing once the
palette is no longer the active screen. The commands themselves come from
``SyndiffApp.get_system_commands``.
"""

from __future__ import annotations

from textual.await_complete import AwaitComplete
from textual.command import CommandList, CommandPalette

PAGING = ("page_up", "page_down")


class Palette(CommandPalette):
    """The command palette; paging waits for the command list to be on screen."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Page keys do nothing while the command list has no height yet."""
        if action == "command_list" and parameters and parameters[0] in PAGING:
            lists = self.query(CommandList)
            return bool(lists) and lists.first().scrollable_content_region.height > 0
        return super().check_action(action, parameters)

    def dismiss(self, result: object = None) -> AwaitComplete:
        """Close the palette, once: a late second dismiss must not pop the screen beneath."""
        if self.app.screen is not self:
            return AwaitComplete()
        return super().dismiss(result)
