"""Adversarial lines for the built-in rules' patterns: repeated pairs of tokens that patterns like to overlap on.

A pattern with nested or overlapping quantifiers backtracks exponentially on
some repetition of two tokens followed by a character that makes the match
fail. ``lines(length)`` returns such lines (id, text) for every pair of
tokens below and every closing character; shared by the hang-guard test and
``benchmarks/bench_boilerplate.py``.
"""

from __future__ import annotations

from itertools import product

TOKENS = ("Home", " ", " | ", "|", "Xx", "and", " and ", ", ", "a", "A.", "1", "-", "'", "(", "[x] ", "/",
          ": ", "www.", "By ", " \u2022 ", "\u25be", "http://", "Getty Images", "Photo", "Nov 1", "12:30 ", "@x")
"""Pieces of menus, bylines, credits, URLs and captions."""

ENDINGS = ("", "(", ".", " \u25be x")
"""What the line ends with: nothing, or a character that makes an anchored pattern fail late."""


def lines(length: int) -> list[tuple[str, str]]:
    """(id, line) pairs: every pair of tokens repeated to ``length`` characters, then each ending."""
    out = []
    for first, second in product(TOKENS, repeat=2):
        unit = first + second
        body = (unit * (length // len(unit) + 1))[:length]
        out.extend((f"({first!r}+{second!r})*{length}+{end!r}", body + end) for end in ENDINGS)
    out.append((f"'By '+'Xxand'*n+'Xx(' ({length})", "By " + "Xxand" * (length // 5) + "Xx("))
    menu = "Home | News | World | Europe | UK | Politics | Ukraine | Defence | Summit | London | "
    out.append((f"menu*{length}+'More \u25be'", (menu * (length // len(menu) + 1))[:length] + " More \u25be"))
    return out
