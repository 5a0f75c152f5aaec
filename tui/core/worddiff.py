"""Word-level differences between two texts, through diff-match-patch.

This is the only module that imports ``diff_match_patch``. It sets
``Diff_Timeout = 0`` so results never depend on machine speed, diffs by word
through the lines-to-chars encoding (every distinct token becomes one
character), runs the semantic cleanup, and returns ``Change`` records with
character offsets into both texts.

Tokens are words, single punctuation marks and runs of whitespace, so the
a-side of every non-insert change rebuilds text a exactly, and the b-side of
every non-delete change rebuilds text b. Tokens are compared after typography
folding: an equal run whose raw spellings differ (curly vs straight quotes,
dashes, spaces) comes back as ``typography``, not as an edit.

Long texts (thousands of words) are diffed in windows that move along both
texts and commit only up to a solid stretch of equal words, so a 2 MB
paragraph costs seconds, not hours.
"""

from __future__ import annotations

import re
from functools import lru_cache

from diff_match_patch import diff_match_patch

from .model import Change
from .textnorm import fold

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|\.\.\.|\s+|.", re.DOTALL)
_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0

WINDOW = 400
"""Tokens per window when diffing long texts."""
LONG = 3000
"""Texts with more tokens than this are diffed window by window."""
_ANCHOR = 8
"""Equal tokens needed to commit a window up to them."""


def tokenize(text: str) -> list[str]:
    """Split text into word, punctuation and whitespace tokens that rebuild it."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=200_000)
def _key(token: str) -> str:
    """The spelling-neutral key of a token (cached: tokens repeat a lot)."""
    return _fold_token(token)


def _fold_token(token: str) -> str:
    """Quote style, dashes and spaces folded."""
    if token.isspace():
        return " "
    key = fold(token)
    if key in ("'", '"'):
        return '"'  # single or double, straight or curly: one quotation mark
    return "\u2026" if key == "..." or key == "." and token == "\u2026" else key


def _encode(keys_a: list[str], keys_b: list[str]) -> tuple[str, str]:
    table: dict[str, str] = {}

    def char(key: str) -> str:
        code = table.get(key)
        if code is None:
            n = len(table) + 0x100
            code = table[key] = chr(n + 0x800 if n >= 0xD800 else n)  # skip surrogates
        return code

    return "".join(map(char, keys_a)), "".join(map(char, keys_b))


def _dmp_ops(chars_a: str, chars_b: str) -> list[tuple[int, int]]:
    """(op, length in tokens) runs from diff-match-patch with semantic cleanup."""
    diffs = _DMP.diff_main(chars_a, chars_b, False)
    _DMP.diff_cleanupSemantic(diffs)
    return [(op, len(text)) for op, text in diffs]


def _window_ops(chars_a: str, chars_b: str) -> list[tuple[int, int]]:
    """Diff long encoded texts window by window."""
    ops: list[tuple[int, int]] = []
    i = j = 0
    window = WINDOW
    while i < len(chars_a) or j < len(chars_b):
        part_a, part_b = chars_a[i : i + window], chars_b[j : j + window]
        last = i + window >= len(chars_a) and j + window >= len(chars_b)
        part = _dmp_ops(part_a, part_b)
        if last:
            ops.extend(part)
            break
        cut = _commit_point(part, len(part_a), len(part_b))
        if cut is None:
            if window < 16 * WINDOW:
                window *= 2
                continue
            cut = part  # nothing in common in a wide window: take it as it is
        ops.extend(cut)
        i += sum(n for op, n in cut if op != 1)
        j += sum(n for op, n in cut if op != -1)
        window = WINDOW
    return ops


def _commit_point(part: list[tuple[int, int]], len_a: int, len_b: int) -> list[tuple[int, int]] | None:
    """The ops up to the middle of the last long equality well inside the window."""
    pos_a = pos_b = 0
    best = None
    for index, (op, n) in enumerate(part):
        if op == 0 and n >= _ANCHOR and pos_a + n // 2 < len_a * 0.8 and pos_b + n // 2 < len_b * 0.8:
            best = (index, n // 2)
        pos_a += n if op != 1 else 0
        pos_b += n if op != -1 else 0
    if best is None:
        return None
    index, keep = best
    return part[:index] + [(0, keep)]


def diff_words(a: str, b: str) -> list[Change]:
    """The word-level changes that turn text a into text b."""
    if a == b:
        return [Change("equal", 0, len(a), 0, len(b))] if a else []
    tokens_a, tokens_b = tokenize(a), tokenize(b)
    keys_a, keys_b = [_key(t) for t in tokens_a], [_key(t) for t in tokens_b]
    chars_a, chars_b = _encode(keys_a, keys_b)
    if len(chars_a) + len(chars_b) > 2 * LONG:
        ops = _window_ops(chars_a, chars_b)
    else:
        ops = _dmp_ops(chars_a, chars_b)
    return _to_changes(ops, tokens_a, tokens_b)


def _to_changes(ops: list[tuple[int, int]], tokens_a: list[str], tokens_b: list[str]) -> list[Change]:
    changes: list[Change] = []
    ia = ib = 0  # token positions
    ca = cb = 0  # character positions

    def emit(op: str, la: int, lb: int) -> None:
        nonlocal ca, cb
        if changes and changes[-1].op == op:
            last = changes.pop()
            changes.append(Change(op, last.a_start, ca + la, last.b_start, cb + lb))
        else:
            changes.append(Change(op, ca, ca + la, cb, cb + lb))
        ca += la
        cb += lb

    for op, n in ops:
        if op == -1:
            emit("delete", sum(map(len, tokens_a[ia : ia + n])), 0)
            ia += n
        elif op == 1:
            emit("insert", 0, sum(map(len, tokens_b[ib : ib + n])))
            ib += n
        else:
            run_a, run_b = tokens_a[ia : ia + n], tokens_b[ib : ib + n]
            joined_a = "".join(run_a)
            if joined_a == "".join(run_b):
                emit("equal", len(joined_a), len(joined_a))
            else:
                for ta, tb in zip(run_a, run_b):
                    emit("equal" if ta == tb else "typography", len(ta), len(tb))
            ia += n
            ib += n
    return changes


def rebuild(changes: list[Change], a: str, b: str) -> tuple[str, str]:
    """Rebuild both texts from a diff (the round-trip invariant)."""
    text_a = "".join(a[c.a_start : c.a_end] for c in changes if c.op != "insert")
    text_b = "".join(b[c.b_start : c.b_end] for c in changes if c.op != "delete")
    return text_a, text_b


def verbatim_share(changes: list[Change], a: str, b: str) -> float:
    """Share of the two texts' words kept verbatim (typography counts as kept)."""
    kept = total = 0
    for change in changes:
        words_a = len(_WORD.findall(a[change.a_start : change.a_end]))
        words_b = len(_WORD.findall(b[change.b_start : change.b_end]))
        total += words_a + words_b
        if change.op in ("equal", "typography"):
            kept += words_a + words_b
    return kept / total if total else 1.0


_WORD = re.compile(r"[^\W_]+")
