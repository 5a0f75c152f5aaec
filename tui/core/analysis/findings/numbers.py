"""Changed figures, amounts and dates between aligned paragraphs (``number-changed``).

Figures are found with the facts lexer's patterns (digits with separators,
amounts with a currency and a scale, percentages, number words, dates) and
normalised to a key: "20", "twenty" and "Twenty" are one number, "£1.6
billion" is (£, 1.6e9), "20%" and "20 per cent" are one percentage, "2 March"
and "March 2" one date, and a bare year is a date ("2012" and "May 2012"
do not conflict: a fuller date is not a change).

For every article row, each version is diffed against the row's reference;
a finding needs a clear substitution: a run of deletions and insertions
where a figure left the reference's side and a different figure of the same
sort (number or date) came in, neither found anywhere else in the other
side's cell (so reordering is not a change and a shortened paragraph is not
one either), and either the run is short or the two figures stand by the
same word ("20 countries" / "25 countries").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ...model import Finding, Version
from ...textnorm import fold
from ..lexer import DATE, FIGURE
from .common import Cell, Context, quoted
from .names import Block, replace_blocks

FigureKey = tuple[Any, ...]
"""("date", frozenset of its words) or ("number", currency, value, is a percentage)."""
Figure = tuple[int, int, FigureKey]
"""(start, end, key) of a figure in a text."""

_FACT = re.compile(rf"(?=[\d£$€¥ADFJMNOSTW]|\b(?i:[bdefhmnost]))(?:(?P<date>{DATE})|(?P<figure>{FIGURE}))")
"""A date or a figure. The lookahead, what every match starts with (a digit, a currency sign, the capital of a
month or weekday, or a number word's first letter in either case at the start of a word), changes no match: it
only lets the scan pass the other positions at the cost of one test (twice as fast)."""
_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "one": 1}
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "m": 1e6, "k": 1e3, "dozen": 12}
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
"""A bare four-digit number from 1800 to 2099 is a year: a date ("in 2012" / "on 29 May")."""
_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")
_WORDS = re.compile(r"[\s\-]*([^\W_]+)")
_BEFORE = re.compile(r"([^\W_]+)[\s\-]*$")
SMALL = 6
"""A replace block with at most this many words a side is a clear substitution; in
longer blocks the two figures must stand by the same word."""


def _word_value(words: list[str]) -> float | None:
    """The value of number words: "twenty-five" 25, "two hundred" 200, "dozen" 12."""
    total = current = 0.0
    seen = False
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            current = (current or 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
            seen = True
    return total + current if seen else None


@lru_cache(maxsize=4096)
def figure_key(text: str, is_date: bool = False) -> FigureKey:
    """A comparison key for a figure (or, with is_date, a date), equal for equal values (cached: a story
    repeats few figures many times)."""
    lowered = fold(text).lower().replace("-plus", "")
    if is_date or _YEAR.fullmatch(lowered):
        return ("date", frozenset(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", lowered).replace(",", " ").split()))
    currency = lowered[0] if lowered[:1] in ("\u00a3", "$", "\u20ac", "\u00a5") else ""
    percent = "%" in lowered or "cent" in lowered
    words = re.findall(r"[a-z]+", lowered)
    digits = _DIGITS.search(lowered)
    if digits is None:
        value = _word_value(words)
        return ("number", currency, value if value is not None else lowered, percent)
    number = digits.group()
    if lowered[digits.end():digits.end() + 1] == "s" or ":" in number:
        return ("number", currency, number + lowered[digits.end():digits.end() + 1], percent)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", number):
        value = float(number.replace(",", ""))
    else:
        return ("number", currency, number, percent)
    scale = next((_SCALES[w] for w in words if w in _SCALES and w != "dozen"), 1)
    return ("number", currency, round(value * scale, 6), percent)


def all_figures(text: str) -> tuple[Figure, ...]:
    """(start, end, key) of every figure and date in text (cached for one ``find_all`` run; given beforehand
    for the paragraphs' texts by ``remember_figures``)."""
    given = _GIVEN.get(text)
    return given if given is not None else _find_figures(text)


@lru_cache(maxsize=None)
def _find_figures(text: str) -> tuple[Figure, ...]:
    return tuple((m.start(), m.end(), figure_key(m.group(), bool(m.group("date")))) for m in _FACT.finditer(text))


FigureIndex = dict[int, tuple[Figure, ...]]
"""A version's paragraph index -> the ``all_figures`` of its text, paragraphs without any left out."""
_GIVEN: dict[str, tuple[Figure, ...]] = {}
"""``all_figures`` of paragraph texts, found elsewhere (``remember_figures``), until the caches are cleared."""


def paragraph_figures(versions: Sequence[Version]) -> list[FigureIndex]:
    """Per version, the ``all_figures`` of its paragraphs that have any (they need no alignment: found beside it
    on big inputs, in a forked process, and given back with ``remember_figures``)."""
    return [{p.index: found for p in version.paragraphs if (found := all_figures(p.text))} for version in versions]


def remember_figures(versions: Sequence[Version], found: Sequence[FigureIndex]) -> None:
    """Let the next detectors' run reuse the figures of the versions' paragraphs (``found``:
    ``paragraph_figures(versions)``, found elsewhere). Kept until ``clear_caches``."""
    for version, figures_by_paragraph in zip(versions, found, strict=True):
        for paragraph in version.paragraphs:
            _GIVEN[paragraph.text] = figures_by_paragraph.get(paragraph.index, ())


@lru_cache(maxsize=None)
def _bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of ``all_figures(text)``: both ascending, as the matches do not overlap."""
    starts, ends, _ = tuple(zip(*all_figures(text), strict=True)) or ((), (), ())
    return starts, ends


@lru_cache(maxsize=None)
def _keys(text: str) -> tuple[frozenset[FigureKey], tuple[FigureKey, ...]]:
    """The keys of every figure and date in text, and the date keys alone (cached for one run)."""
    keys = frozenset(key for _s, _e, key in all_figures(text))
    return keys, tuple(key for key in keys if key[0] == "date")


def clear_caches() -> None:
    """Forget the per-text caches (they only serve one ``find_all`` run)."""
    for cached in (_find_figures, _bounds, _keys):
        cached.cache_clear()
    _GIVEN.clear()


def figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """(start, end, key) of the figures and dates overlapping text[start:end] (found by bisection)."""
    end = len(text) if end is None else end
    starts, ends = _bounds(text)
    return list(all_figures(text)[bisect.bisect_right(ends, start):bisect.bisect_left(starts, end)])


def _among(key: FigureKey, text: str) -> bool:
    """Whether a figure is in text; a date also matches a fuller or shorter date ("November 2016")."""
    keys, dates = _keys(text)
    if key in keys:
        return True
    return key[0] == "date" and any(k[1] <= key[1] or key[1] <= k[1] for k in dates)


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def _same_slot(text_a: str, fig_a: Figure, text_b: str, fig_b: Figure) -> bool:
    """Whether two figures stand by the same word: "20 countries" / "25 countries"."""
    after_a, after_b = _WORDS.match(text_a, fig_a[1]), _WORDS.match(text_b, fig_b[1])
    if after_a and after_b and after_a.group(1).lower() == after_b.group(1).lower():
        return True
    before_a, before_b = _word_before(text_a, fig_a[0]), _word_before(text_b, fig_b[0])
    return bool(before_a and before_b and before_a.lower() == before_b.lower())


def _word_before(text: str, offset: int) -> str | None:
    """The word right before offset, past blanks and hyphens (None when punctuation comes first).

    Searches a window before offset; the whole text before it only when the
    window could cut that word or is nothing but blanks and hyphens.
    """
    start = max(0, offset - _LOOK_BACK)
    window = text[start:offset]
    match = _BEFORE.search(window)
    if start > 0 and (match.start() == 0 if match else _BLANKS.fullmatch(window)):
        match = _BEFORE.search(text[:offset])
    return match.group(1) if match else None


_BLANKS = re.compile(r"[\s\-]*")
_LOOK_BACK = 200


def _block_finding(context: Context, cell_a: Cell, cell_b: Cell, block: Block) -> Finding | None:
    a_start, a_end, b_start, b_end = block
    removed = [f for f in figures(cell_a.text, a_start, a_end) if not _among(f[2], cell_b.text)]
    added = [f for f in figures(cell_b.text, b_start, b_end) if not _among(f[2], cell_a.text)]
    small = _word_count(cell_a.text[a_start:a_end]) <= SMALL and _word_count(cell_b.text[b_start:b_end]) <= SMALL
    for new in added:
        old = next((f for f in removed if f[2][0] == new[2][0]
                    and (small or _same_slot(cell_a.text, f, cell_b.text, new))), None)
        if old is None:
            continue
        sort = "date" if new[2][0] == "date" else "figure"
        label = context.comparison.versions[cell_a.version].id
        paragraph, start = cell_b.locate(new[0])
        message = (f"the {sort} differs from {label}: {quoted(cell_b.text[new[0]:new[1]])} here, "
                   f"{quoted(cell_a.text[old[0]:old[1]])} there")
        return Finding("number-changed", cell_b.version, paragraph, start, start + new[1] - new[0], message,
                       ((cell_a.version, cell_a.paragraph_at(old[0])),))
    return None


def number_changes(context: Context) -> list[Finding]:
    """Figures and dates that differ between aligned paragraphs."""
    found: list[Finding] = []
    for n, ref, v in context.pairs():
        cell_a, cell_b = context.cell(n, ref, v), context.cell(n, v, ref)
        if not all_figures(cell_a.text) or not all_figures(cell_b.text):
            continue
        for block in replace_blocks(context.diff(n, ref, v)):
            finding = _block_finding(context, cell_a, cell_b, block)
            if finding:
                found.append(finding)
    return found
