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
dashes, spaces, zero-width or direction characters inside a word) comes back
as ``typography``, not as an edit.

Long, alike texts (thousands of words) are diffed in windows that move along
both texts and commit only up to a solid stretch of equal words, so a 2 MB
paragraph costs seconds, not hours. Texts that are long and unlike (a long
paragraph against its paraphrase) would cost diff-match-patch (N + M) x D
steps, minutes for a few thousand words: they are first split at words that
occur once in each, in order (as patience diff does), and long stretches with
nothing in common are taken as replaced. Every path is deterministic.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from ..model import Change

try:  # the C++ build of the same algorithm: about ten times faster, same results where it is used (below)
    import fast_diff_match_patch as _fast
except ImportError:  # no wheel for this platform or Python: the pure-Python engine does it all
    _fast = None
from ..textnorm import WORD, fold, word_pattern

_HIDDEN = "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
"""Zero-width and text-direction characters: inside a word they belong to it, and its key drops them."""
_TOKEN = re.compile(word_pattern(rf"(?:['\u2019]|[{_HIDDEN}]+)") + r"|\.\.\.|\s+|.", re.DOTALL)
"""A token: a word (``textnorm.WORD``, with zero-width and direction characters inside it too, so an
invisible character never cuts a word in two), an ellipsis, a run of white space, or one other character."""
_HIDDEN_RE = re.compile(f"[{_HIDDEN}]")


@lru_cache(maxsize=1)
def _dmp() -> Any:
    """The pure-Python engine, made on first use: with the C++ build installed, only texts of more than 450
    distinct tokens need it, so a short story's viewer never imports it (about 1 ms at start-up)."""
    from diff_match_patch import diff_match_patch

    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    return engine


WINDOW = 400
"""Tokens per window when diffing long texts."""
LONG = 3000
"""Texts with more tokens than this are diffed window by window."""
_ANCHOR = 8
"""Equal tokens needed to commit a window up to them."""
MAX_COST = 400_000
"""Work budget of one word diff, in estimated steps (see ``_cost``): about 0.1 s for unlike texts."""
SHORT = 300
"""Tokens (both texts) up to which a diff runs whole without estimating its cost (at worst about 20 ms)."""
ALIKE = 0.5
"""Share of word trigrams in common from which two texts are an edit of each other, not a rewrite."""
MIN_BUDGET = 2_000
"""The least budget a stretch between anchor words gets (short stretches are always diffed)."""


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
    key = fold(_HIDDEN_RE.sub("", token)) if len(token) > 1 else fold(token)
    if key in ("'", '"'):
        return '"'  # single or double, straight or curly: one quotation mark
    return "\u2026" if key == "..." or key == "." and token == "\u2026" else key


def _code(n: int) -> str:
    """The character for the n-th distinct token: U+0100 on, skipping the surrogates."""
    n += 0x100
    return chr(n + 0x800 if n >= 0xD800 else n)


_CODES = tuple(map(_code, range(4096)))


def _codes(count: int, start: int = 0) -> tuple[str, ...]:
    """The characters of count distinct tokens, from the start-th on."""
    stop = start + count
    return _CODES[start:stop] if stop <= len(_CODES) else tuple(map(_code, range(start, stop)))


def _word_chars(table: dict[str, str]) -> frozenset[str]:
    """The characters that stand for words (not spaces or punctuation)."""
    return frozenset(code for key, code in table.items() if key[:1].isalnum())


_UNIFORM_END = "\u02c2"
"""Token characters below this one (the first 450) are all letters to Python: the semantic cleanup scores
every boundary between them alike, and the C++ build gives exactly the pure-Python results on them."""
_FAST_OPS = {"=": 0, "-": -1, "+": 1}


def _dmp_ops(chars_a: str, chars_b: str, uniform: bool | None = None) -> list[tuple[int, int]]:
    """(op, length in tokens) runs from diff-match-patch with semantic cleanup.

    Texts of at most 450 distinct tokens go to the C++ build when it is installed (no time limit, no
    line mode, semantic cleanup: the same settings); the rest to the pure-Python library. ``uniform``:
    whether every token character is below ``_UNIFORM_END``, when the caller knows (None: look).
    """
    if uniform is None:
        uniform = max(chars_a, default="") < _UNIFORM_END > max(chars_b, default="")
    if _fast is not None and uniform:
        runs = _fast.diff(chars_a, chars_b, timelimit=0, checklines=False, cleanup="Semantic", counts_only=True)
        return [(_FAST_OPS[op], n) for op, n in runs]
    engine = _dmp()
    diffs = engine.diff_main(chars_a, chars_b, False)
    engine.diff_cleanupSemantic(diffs)
    return [(op, len(text)) for op, text in diffs]


def _cost(size: int, unshared: int, alike: float) -> int:
    """Estimated work of a plain diff-match-patch run on texts of ``size`` tokens together: (N + M) x D steps.

    D, the tokens to delete and insert, is at least what the two texts do not
    share (``unshared``), and about half of everything when they share words but not their
    order (a rewrite, low ``alike``).
    """
    return size * max(unshared, int(size * (1.0 - alike) / 2))


def _unshared(chars_a: str, chars_b: str) -> int:
    """Tokens of either text without a counterpart in the other (counted with repeats)."""
    counts = Counter(chars_a)
    common = sum(min(n, counts[c]) for c, n in Counter(chars_b).items() if c in counts)
    return len(chars_a) + len(chars_b) - 2 * common


def _alike(chars_a: str, chars_b: str, words: frozenset[str]) -> float:
    """Dice of the two texts' word trigrams, counted with repeats: near 1 for an edit, near 0 for a rewrite.

    Counted as multisets, so a text that repeats itself is still alike to its edited copy.
    """
    grams = []
    for chars in (chars_a, chars_b):
        ws = [c for c in chars if c in words]
        grams.append(Counter(zip(ws, ws[1:], ws[2:], strict=False)))
    total = grams[0].total() + grams[1].total()
    return 2 * (grams[0] & grams[1]).total() / total if total else 1.0


def _ops(chars_a: str, chars_b: str, words: frozenset[str], budget: int = MAX_COST,
         depth: int = 0) -> list[tuple[int, int]]:
    """Token ops for two encoded texts, with the work bounded whatever the texts are.

    Short cases, and cases within the budget, go to diff-match-patch whole;
    long, alike ones (an edited copy) window by window. Costly unlike ones (a
    long paragraph against its paraphrase) are split at the words that occur
    once in each text, in order, and the stretches between them are diffed
    the same way, each with its share of the budget; a stretch with nothing
    to anchor on is diffed whole if it is alike, else taken as replaced.
    """
    size = len(chars_a) + len(chars_b)
    if size <= SHORT:
        return _dmp_ops(chars_a, chars_b)
    unshared = _unshared(chars_a, chars_b)
    if size * max(unshared, size // 2) <= budget:  # within budget whatever ``alike`` is: skips counting trigrams
        return _dmp_ops(chars_a, chars_b)
    alike = _alike(chars_a, chars_b, words)
    if _cost(size, unshared, alike) <= budget:
        return _dmp_ops(chars_a, chars_b)
    if alike >= ALIKE and size > 2 * LONG:
        return _window_ops(chars_a, chars_b)
    anchors = _anchors(chars_a, chars_b, words) if depth < 4 else []
    if not anchors:
        if alike >= ALIKE:  # an edit after all (D is small): the estimate was pessimistic
            return _dmp_ops(chars_a, chars_b)
        return [(op, n) for op, n in ((-1, len(chars_a)), (1, len(chars_b))) if n]  # unlike: replaced as a whole
    ops: list[tuple[int, int]] = []
    i = j = 0
    for a, b in anchors + [(len(chars_a), len(chars_b))]:
        if a > i or b > j:
            share = max(MIN_BUDGET, budget * (a - i + b - j) // size)
            ops.extend(_ops(chars_a[i:a], chars_b[j:b], words, share, depth + 1))
        if a < len(chars_a):
            ops.append((0, 1))
        i, j = a + 1, b + 1
    return _merge(ops)


def _anchors(chars_a: str, chars_b: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Positions (a, b) of word tokens found exactly once in each text, the longest run in the same order."""
    count_a, count_b = Counter(chars_a), Counter(chars_b)
    where_b = {c: k for k, c in enumerate(chars_b) if count_b[c] == 1}
    pairs = [(k, where_b[c]) for k, c in enumerate(chars_a)
             if count_a[c] == 1 and c in where_b and c in words]
    return _increasing(pairs)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of pairs (sorted by a) whose b also increases (patience sorting)."""
    tails: list[int] = []
    tail_index: list[int] = []
    back: list[int] = []
    for n, (_, b) in enumerate(pairs):
        k = bisect_left(tails, b)
        if k == len(tails):
            tails.append(b)
            tail_index.append(n)
        else:
            tails[k], tail_index[k] = b, n
        back.append(tail_index[k - 1] if k else -1)
    chain, n = [], tail_index[-1] if tail_index else -1
    while n >= 0:
        chain.append(pairs[n])
        n = back[n]
    return chain[::-1]


def _merge(ops: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for op, n in ops:
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + n)
        elif n:
            merged.append((op, n))
    return merged


def _window_ops(chars_a: str, chars_b: str) -> list[tuple[int, int]]:
    """Diff long, alike encoded texts window by window."""
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


@dataclass(frozen=True)
class Prepared:
    """A text's tokens and their offsets, and its side of the encoding (``prepare``): a text diffed against
    several others is tokenised and encoded once. Shared: do not modify."""

    tokens: list[str]
    starts: list[int]
    """The character offset of each token, and the text's length last."""
    table: dict[str, str]
    """Each token's spelling-neutral key -> its character, in the order the keys first occur (``_encode_against``)."""
    chars: str
    """The encoded text."""


def prepare(text: str) -> Prepared:
    """Tokens, keys and encoding of a text, for diffing it against several others (``diff_words(..., prepared_a=)``)."""
    tokens = tokenize(text)
    keys = list(map(_key, tokens))
    distinct = dict.fromkeys(keys)
    table = dict(zip(distinct, _codes(len(distinct)), strict=True))
    return Prepared(tokens, list(accumulate(map(len, tokens), initial=0)), table,
                    "".join(map(table.__getitem__, keys)))


def _encode_against(a: Prepared, keys_b: list[str]) -> tuple[str, dict[str, str]]:
    """Text b encoded with a's table extended by b's other keys, and that table: one character per distinct
    token key (diff-match-patch's lines-to-chars), given in the order the keys first occur, in a then in b."""
    table = a.table
    new = [key for key in dict.fromkeys(keys_b) if key not in table]
    if new:
        table = {**table, **dict(zip(new, _codes(len(new), len(table)), strict=True))}
    return "".join(map(table.__getitem__, keys_b)), table


def diff_words(a: str, b: str, prepared_a: Prepared | None = None) -> list[Change]:
    """The word-level changes that turn text a into text b (``prepared_a``: ``prepare(a)``, if at hand)."""
    if a == b:
        return [Change("equal", 0, len(a), 0, len(b))] if a else []
    side_a = prepared_a or prepare(a)
    tokens_b = tokenize(b)
    chars_b, table = _encode_against(side_a, list(map(_key, tokens_b)))
    chars_a = side_a.chars
    if len(chars_a) + len(chars_b) <= SHORT:  # most paragraphs: skip the cost estimate
        # the codes are given in order from the first (``_encode_against``): all are below _UNIFORM_END when few
        ops = _dmp_ops(chars_a, chars_b, _code(len(table) - 1) < _UNIFORM_END if table else True)
    else:
        ops = _ops(chars_a, chars_b, _word_chars(table))
    return _to_changes(ops, side_a.tokens, tokens_b, a, b, side_a.starts)


def _to_changes(ops: list[tuple[int, int]], tokens_a: list[str], tokens_b: list[str], a: str,
                b: str, pos_a: list[int]) -> list[Change]:
    """Token runs to ``Change`` records with character offsets; neighbouring runs of one op are merged
    (``tokens_a`` and ``tokens_b``: the tokens of texts a and b; ``pos_a``: the offsets of a's, ``Prepared.starts``)."""
    pos_b = list(accumulate(map(len, tokens_b), initial=0))
    runs: list[list[Any]] = []  # [op, a_start, a_end, b_start, b_end]
    ia = ib = 0  # token positions
    for op, n in ops:
        a0, b0 = pos_a[ia], pos_b[ib]
        if op == -1:
            ia += n
            name, a1, b1 = "delete", pos_a[ia], b0
        elif op == 1:
            ib += n
            name, a1, b1 = "insert", a0, pos_b[ib]
        else:
            a1, b1 = pos_a[ia + n], pos_b[ib + n]
            if a[a0:a1] != b[b0:b1]:  # the same keys, some spelt otherwise: token by token
                for k in range(n):
                    _add(runs, "equal" if tokens_a[ia + k] == tokens_b[ib + k] else "typography",
                         pos_a[ia + k], pos_a[ia + k + 1], pos_b[ib + k], pos_b[ib + k + 1])
                ia += n
                ib += n
                continue
            name = "equal"
            ia += n
            ib += n
        _add(runs, name, a0, a1, b0, b1)
    return [Change(*run) for run in runs]


def _add(runs: list[list[Any]], op: str, a_start: int, a_end: int, b_start: int, b_end: int) -> None:
    """Append a run, or extend the last one when it has the same op."""
    if runs and runs[-1][0] == op:
        runs[-1][2], runs[-1][4] = a_end, b_end
    else:
        runs.append([op, a_start, a_end, b_start, b_end])


def rebuild(changes: list[Change], a: str, b: str) -> tuple[str, str]:
    """Rebuild both texts from a diff (the round-trip invariant)."""
    text_a = "".join(a[c.a_start : c.a_end] for c in changes if c.op != "insert")
    text_b = "".join(b[c.b_start : c.b_end] for c in changes if c.op != "delete")
    return text_a, text_b


def verbatim_share(changes: list[Change], a: str, b: str) -> float:
    """Share of the two texts' words kept verbatim (typography counts as kept)."""
    kept = total = 0
    for change in changes:
        words_a = len(WORD.findall(a[change.a_start : change.a_end]))
        words_b = len(WORD.findall(b[change.b_start : change.b_end]))
        total += words_a + words_b
        if change.op in ("equal", "typography"):
            kept += words_a + words_b
    return kept / total if total else 1.0

