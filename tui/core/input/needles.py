"""Cheap necessary conditions for the package's boilerplate patterns: words a match must contain.

``needles(pattern, flags)`` reads a pattern (with ``re``'s own parser) and
returns lower-cased strings (ASCII, or symbols and punctuation such as the
copyright sign: ``SYMBOL_CATEGORIES``, which case never changes but for
circled letters, and a test checks those in use against every code point;
or one of a set of such characters, ``[|/]``) such that every match of the pattern
contains at least one of them, or None when it cannot tell (or the strings
would be too common to help). A paragraph whose lower-cased text holds none
of them cannot match, so the pattern need not run: ``may_match``. The test
is exact on text without the four ``CASE_TWINS`` (``re.IGNORECASE`` matches
'ſ' to 's', for one), so the caller screens only ``screenable`` text and
runs every pattern on the rest, as before. Results are cached per pattern.

``quick(pattern, flags)`` tells a pattern that ``re`` itself rejects in a
step or two: one that can only match at the start of the text (every
alternative opens with ``^``, with no lookahead reading on) or only where
a given punctuation character stands (``re`` finds it as fast as ``in``).
Once compiled, such a pattern costs less to run than its needles to check.

Only for ``re`` patterns: a user's rules (the ``regex`` package) get None.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_STARTS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)


@lru_cache(maxsize=None)
def needles(pattern: str, flags: int) -> tuple[str, ...] | None:
    """Strings one of which every match contains (lower-cased ASCII or symbols), or None."""
    try:
        found = _required(_parser.parse(pattern, flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if not found or not all(_useful(n) for n in found):
        return None
    return tuple(sorted(found))


def quick(pattern: str, flags: int) -> bool:
    """Whether every match starts at the text's start, with no lookahead right after it, or at one given
    character that is not a letter or digit (so ``re`` rejects a paragraph without reading it)."""
    if flags & re.MULTILINE:
        return False  # '^' would match after every line break
    try:
        return _opens_fast(list(_parser.parse(pattern, flags)))
    except (re.error, RecursionError, TypeError, ValueError):
        return False


def _opens_fast(items: list[Any]) -> bool:
    if not items:
        return False
    op, arg = items[0]
    if op is sre.AT:
        return arg in _STARTS and not (len(items) > 1 and items[1][0] in (sre.ASSERT, sre.ASSERT_NOT))
    if op is sre.SUBPATTERN:
        return _opens_fast(list(arg[-1]))
    if op is sre.BRANCH:
        return all(_opens_fast(list(alternative)) for alternative in arg[1])
    return op is sre.LITERAL and not chr(arg).isalnum() and not chr(arg).isspace()


SYMBOL_CATEGORIES = frozenset({"Sc", "Sk", "Sm", "So", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"})
"""The non-ASCII characters a needle may hold: symbols and punctuation (a pattern's letters outside ASCII
have case twins under ``re.IGNORECASE``, see ``CASE_TWINS``; circled letters, the only symbols with a case,
lower-case as ``re`` matches them)."""


CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")
"""The only characters ``re.IGNORECASE`` matches to an ASCII letter other than its own lower and upper case
('İ', 'ı', 'ſ', the Kelvin sign; a test checks every code point), or whose ``str.lower`` is not one
non-ASCII character."""


def screenable(text: str) -> bool:
    """Whether ``may_match`` can answer for the text: it holds none of ``CASE_TWINS``."""
    return text.isascii() or CASE_TWINS.isdisjoint(text)


def may_match(hints: tuple[str, ...] | None, lowered: str | None) -> bool:
    """False only when the pattern cannot match: ``lowered`` is the text lower-cased, or None when the
    text is not ``screenable``."""
    if hints is None or lowered is None:
        return True
    return any(map(lowered.__contains__, hints))


def _plain(code: int) -> bool:
    """A character a needle may hold: ASCII, or a symbol or punctuation mark (``SYMBOL_CATEGORIES``)."""
    return code < 128 or unicodedata.category(chr(code)) in SYMBOL_CATEGORIES


def _useful(needle: str) -> bool:
    """Three characters or more, or a rarer one or two (punctuation, not a letter, digit or space)."""
    return len(needle) >= 3 or (bool(needle) and not any(c.isalnum() or c.isspace() for c in needle))


def _required(items: Any) -> set[str] | None:
    """Strings one of which every match of a parsed sequence contains; the strongest found, or None."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL and _plain(arg):
            run.append(chr(arg))
            continue
        if run:
            candidates.append({"".join(run).lower()})
            run = []
        found: set[str] | None = None
        if op is sre.SUBPATTERN:
            found = _required(arg[-1])
        elif op is sre.ATOMIC_GROUP:
            found = _required(arg)
        elif op is sre.BRANCH:
            alternatives = [_required(alternative) for alternative in arg[1]]
            if all(a is not None for a in alternatives):
                found = set().union(*(a for a in alternatives if a is not None))
        elif op in _REPEATS and arg[0] >= 1:
            found = _required(arg[2])
        elif op is sre.IN and all(kind is sre.LITERAL and _plain(code) for kind, code in arg):
            found = {chr(code).lower() for _, code in arg}  # one of a few characters: [|/]
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run).lower()})
    candidates = [c for c in candidates if all(_useful(n) for n in c)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))
