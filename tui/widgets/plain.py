"""Untrusted text at the widget edge: shown as it is, never read as markup.

File names, folder names, article text, search text, finding messages and
paths come from outside syndiff. Textual reads a ``str`` given to ``Static``,
``Option``, ``Selection`` or ``notify`` as content markup, so such a string
could break the widget (``[/]``, ``[a=b=c]``) or run an action
(``[@click=app.quit]``). Two rules keep it out:

* ``plain(text)`` is how any string built from outside data goes into a
  widget: a ``Content`` that is never parsed, with control, escape and bidi
  characters shown as printable escapes (``tui.core.safe.visible``);
* notifications are always plain text (``SyndiffApp.notify`` passes every
  message through ``plain_message``).
"""

from __future__ import annotations

from textual.content import Content

from tui.core.safe import visible


def plain(text: str) -> Content:
    """The text as content that is never parsed as markup, with control characters made visible."""
    return Content(visible(text))


def plain_message(text: object) -> str:
    """A notification's text with control characters made visible (to be shown with markup off)."""
    return visible(str(text))
