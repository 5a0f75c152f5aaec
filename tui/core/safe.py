"""Make untrusted article text safe to print.

Control characters and terminal escape sequences in an input must never reach
a terminal raw, and bidirectional overrides must not reorder what an editor
sees. ``visible`` replaces each such character with a printable escape
(``\\x1b``, ``\\u202e``); newlines and tabs are kept. Zero-width spaces, word
joiners and stray byte-order marks inside text are shown the same way, so an
invisible difference never hides in a report (zero-width joiners and
non-joiners are kept: emoji and several scripts need them). ``json_safe`` does
the same for JSON text with ``\\uXXXX`` escapes, which decode back to the exact
characters. Lone surrogates (a file name's undecodable byte) are shown the
same way, so every report can be written as UTF-8. ``plural`` words a count.
"""

from __future__ import annotations

import re

_UNSAFE_CLASS = ("\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060"
                 "\u2066-\u2069\ud800-\udfff\ufeff")
"""Controls, bidi marks, invisible characters, and lone surrogates (an undecodable byte in a file name
arrives as one: it cannot even be written as UTF-8)."""
_UNSAFE = re.compile(f"[{_UNSAFE_CLASS}]")
_JSON_UNSAFE = _UNSAFE  # newlines and tabs outside strings are layout; inside, json.dumps escapes them


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """The text with control, escape and bidi-override characters made visible."""
    return _UNSAFE.sub(_escape, text)


def has_unsafe(text: str) -> bool:
    """Whether ``visible`` would change the text."""
    return _UNSAFE.search(text) is not None


def json_safe(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with every control, bidi and invisible
    character written as a ``\\uXXXX`` escape.

    The choice, made on purpose: ``ensure_ascii=True`` would escape every accented letter and make the
    report unreadable; ``ensure_ascii=False`` alone escapes only C0 controls and lets DEL, C1 controls
    (``\\x9b`` is a terminal's CSI), bidi overrides and U+2028/2029 through raw, so ``cat report.json``
    could act on a terminal. Outside strings JSON text is plain ASCII, so every match is inside a string,
    where the escape decodes back to the same character: the text stays exact for a parser.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def plural(count: int, word: str) -> str:
    """'1 version', '4 versions'."""
    return f"{count} {word}{'' if count == 1 else 's'}"
