"""Make untrusted article text safe to print.

Control characters and terminal escape sequences in an input must never reach
a terminal raw, and bidirectional overrides must not reorder what an editor
sees. ``visible`` replaces each such character with a printable escape
(``\\x1b``, ``\\u202e``); newlines and tabs are kept. ``plural`` words a count.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """The text with control, escape and bidi-override characters made visible."""
    return _UNSAFE.sub(_escape, text)


def has_unsafe(text: str) -> bool:
    """Whether ``visible`` would change the text."""
    return _UNSAFE.search(text) is not None


def plural(count: int, word: str) -> str:
    """'1 version', '4 versions'."""
    return f"{count} {word}{'' if count == 1 else 's'}"
