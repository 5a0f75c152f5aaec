"""Stripped text: holes left where linked words or names were removed.

Two kinds of evidence, merged per hole:

* the text itself (``text_holes``): a function word followed by punctuation
  ("in .", "and ,"), "between and", a preposition followed by "as" or a
  modal where a noun phrase must stand ("troops in as efforts", "forces in
  would mean"), a possessive 's with no word before it ("secure 's skies"),
  an article before punctuation or a conjunction, and a paragraph or
  sentence starting with a lower-case verb ("has said it would ...");
* the aligned paragraphs of other versions (``aligned_holes``): another
  version has a name exactly where this one has nothing, inside otherwise
  equal wording ("speculation [Australia] might be involved").

Each hole becomes one ``stripped-text`` finding whose span covers the gap
(the blank where the word stood, or the first word at a paragraph start).
When another version has a name at the hole, the message quotes it and the
evidence points at that version's paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ...model import Change, Finding, Version
from ...textnorm import STOPWORDS, WORD, fold
from ..lexer import word_alternation
from .common import Cell, Context, ends_with, quoted, words_after, words_before
from .names import DEMONYM, is_name_run

PREPOSITIONS = ("in|on|at|to|of|from|with|by|for|into|onto|about|against|between|among|under|through|"
                "towards|toward|across|without|within|via")
ARTICLES = "the|a|an"
CONJUNCTIONS = "and|or|nor"
_BEFORE_AS = "in|to|with|from|at|by|for|into"
"""Prepositions that cannot be followed by "as" (unlike "count on as", "come across as")."""
_MODALS = "would|could|should|might|must"
"""Modals that cannot follow a preposition or an article ("will", "can", "may" are also nouns)."""
VERBS = "has|have|had|is|was|were|are|said|says|will|would|could|can|did|does|insisted|told|added|warned"
_COMPARATIVE = r"as\s+(?:[^\W_]+\s+){0,2}as\b|as\s+(?:well|such|if|though|soon|long|of|to|for)\b"
_STRONG_BEFORE_POSSESSIVE = frozenset(
    f"{PREPOSITIONS}|{ARTICLES}|{CONJUNCTIONS}|but|his|her|its|their|our|this|that|these|those|president|minister|"
    "secretary|chancellor|premier|leader|ambassador|spokesman|spokeswoman|envoy|king|queen|prince".split("|"))

_FUNCTION = frozenset(f"{PREPOSITIONS}|{ARTICLES}|{CONJUNCTIONS}".split("|"))
_SETS = {name: frozenset(words.split("|")) for name, words in (
    ("prep", PREPOSITIONS), ("art", ARTICLES), ("conj", CONJUNCTIONS), ("as", _BEFORE_AS), ("modal", _MODALS))}
_CANDIDATE = re.compile(
    rf"(?=[abfinotuvw])\b(?P<first>{word_alternation('|'.join(sorted(_FUNCTION)))})(?P<gap>[ \t\u00a0]+)"
    rf"(?P<next>[.,;:!?)](?![.\u2026])(?=\s|$)|{word_alternation(f'{PREPOSITIONS}|{CONJUNCTIONS}|as|{_MODALS}')}"
    rf"(?=[\s,.;:!?)]|$))")
"""A function word, a blank, then punctuation or another function word: where a hole may be."""
_VERB_START = re.compile(rf"(?=[acdhistw])(?:^|(?<=[.!?] )(?<![A-Z]\. )(?<!\.[a-zA-Z]\. )(?<!\.\.\. ))"
                         rf"{word_alternation(VERBS)}\b")
"""A lower-case verb opening a paragraph or a sentence: "has said it would ..." (not after Mr., U.S. or ...).
Here, in ``_CANDIDATE`` and in ``_POSSESSIVE``, the leading lookahead (a character every match starts with)
changes no match: the scan passes other positions with one test instead of the assertions (about twice as fast)."""
_POSSESSIVE = re.compile("(?=['\u2019\u2018])(?:^|(?<=[\\s(\\[\"'\u201c\u2018]))['\u2019\u2018]s\\b")
_COMPARATIVE_AFTER = re.compile(_COMPARATIVE)
_REFER = re.compile(r"\brefer(?:s|red|ring)?\s+$")
_LAST_WORD = re.compile(r"(?:([^\W_]+)\s+|[^\w\s]\s*|^\s*)$")
"""The word right before a possessive, or no word when punctuation or the start comes first."""


def _is_hole(text: str, first: str, gap_start: int, following: str, following_start: int) -> bool:
    """Whether a function word followed by punctuation or another function word leaves a hole."""
    if not following[0].isalpha():
        return True  # "in .", "and ,"
    if first == "between":
        return following == "and"
    if following == "as":
        return (first in _SETS["as"] and not _COMPARATIVE_AFTER.match(text, following_start)
                and not _REFER.search(text, max(0, gap_start - 20), gap_start - len(first)))
    if following in _SETS["modal"]:
        return first in _SETS["prep"] or first in _SETS["art"]
    return first in _SETS["art"]  # "the of", "a and"


def text_holes(text: str) -> list[tuple[int, bool]]:
    """(offset, strong) where a word seems to be missing, sorted and merged.

    A weak hole (a possessive after an ordinary word: "secure 's skies", but
    also "customer 's" in text that spaces its possessives) only counts when
    another version has a name there.
    """
    holes = [(m.start("gap"), True) for m in _CANDIDATE.finditer(text)
             if _is_hole(text, m.group("first"), m.start("gap"), m.group("next"), m.start("next"))]
    holes += [(m.start(), True) for m in _VERB_START.finditer(text)]
    for match in _POSSESSIVE.finditer(text):
        last = _LAST_WORD.search(text[max(0, match.start() - 40):match.start()])
        before = last.group(1) if last else None  # no word just before (an underscore, say): a strong hole
        holes.append((match.start(), before is None or before.lower() in _STRONG_BEFORE_POSSESSIVE))
    return _merge(sorted(holes))


def _merge(holes: list[tuple[int, bool]], near: int = 6) -> list[tuple[int, bool]]:
    """One hole for holes a few characters apart ("between and ." is one hole)."""
    merged: list[tuple[int, bool]] = []
    for gap, strong in holes:
        if merged and gap - merged[-1][0] <= near:
            merged[-1] = (merged[-1][0], merged[-1][1] or strong)
            continue
        merged.append((gap, strong))
    return merged


def hole_span(text: str, gap: int) -> tuple[int, int]:
    """The blank around a gap, or the next word when there is no blank."""
    start = end = gap
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t":
        end += 1
    if start == end:
        match = _NON_SPACE.match(text, gap)
        end = match.end() if match else gap
    return start, end


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|this|that|these|those)\s*$", re.IGNORECASE)
_VERBISH = re.compile(r"(?:ed|s)$")
_NON_SPACE = re.compile(r"\S+")


@dataclass(frozen=True)
class Hole:
    """Where version x seems to lack a word, and the name version y has there (if known)."""

    version: int
    paragraph: int
    gap: int
    """Offset into the paragraph's text."""
    name: str | None = None
    other: int | None = None
    other_paragraph: int | None = None


def _name_in(text: str) -> str | None:
    """text as a name (a trailing possessive dropped), or None when it is not one."""
    name = re.sub(r"['\u2019]s$", "", text.strip())
    return name if name and is_name_run(name, 4) else None


def _inserted_name(cell_x: Cell, cell_y: Cell, change: Change, gap: int) -> tuple[str, int] | None:
    """(name, offset in y) of an insertion, unless x already has that name just before the gap."""
    name = _name_in(cell_y.text[change.b_start:change.b_end])
    if name is None or ends_with(cell_x.text, gap, name):
        return None
    return name, change.b_start


def _filler(context: Context, row_index: int, x: int, y: int, gap: int) -> tuple[str, int] | None:
    """(name, offset in y's cell) of the name version y has where version x has a hole at cell offset gap."""
    changes = context.diff(row_index, x, y)
    cell_x, cell_y = context.cell(row_index, x, y), context.cell(row_index, y, x)
    first = context.first_reaching(row_index, x, y, gap - 2)  # the changes before it end too early to count
    for k in range(first, len(changes)):
        change = changes[k]
        if change.a_start > gap + 2:
            break
        if change.op == "insert" and change.a_start >= gap - 2:
            return _inserted_name(cell_x, cell_y, change, gap)
        if change.op == "delete" and change.a_start <= gap + 2 <= change.a_end + 4 \
                and _possessive_mark(cell_x.text[change.a_start:change.a_end]):
            inserts = [c for c in changes[max(0, k - 1):k + 2] if c.op == "insert"]
            if inserts:
                return _inserted_name(cell_x, cell_y, inserts[0], gap)
    return None


def _possessive_mark(text: str) -> bool:
    """Whether text folds to a possessive mark alone ('s, ' or s) between blanks.

    Folds a growing head of text first: a long deletion fails at once.
    """
    size = 16
    while size < len(text):
        if sum(not c.isspace() for c in fold(text[:size])) > 2:
            return False
        size *= 4
    return fold(text).strip() in ("'s", "'", "s")


def _with_filler(context: Context, hole: Hole) -> Hole:
    """The hole with the name another version in its row has there, if any.

    Only pairs with the row's reference are looked at (their diffs are cached
    and shared with the reports): the reference's holes are filled from every
    other version, another version's holes from the reference.
    """
    row_index = context.row_of(hole.version, hole.paragraph)
    row = context.comparison.rows[row_index]
    if row.relation == "boilerplate":
        return hole
    cell = context.cell(row_index, hole.version)
    offset = cell.starts[cell.paragraphs.index(hole.paragraph)] + hole.gap
    ref = context.reference(row)
    others = [y for y in row.versions_present() if y != hole.version] if hole.version == ref else [ref]
    for y in others:
        if ref == context.comparison.base or context.close(row_index, hole.version, y):
            found = _filler(context, row_index, hole.version, y, offset)
            if found:
                return Hole(hole.version, hole.paragraph, hole.gap, found[0], y,
                            context.cell(row_index, y).paragraph_at(found[1]))
    return hole


def _missing_name(left: str, inserted: str, right: str) -> str | None:
    """The name one side has between equal wording left and right where the other has nothing, or None."""
    name = _name_in(inserted)
    right = right.lstrip()
    if name is None or not right:
        return None
    left_words = WORD.findall(left)
    if len(left_words) < 2 or not left_words[-1][0].islower() or left.rstrip()[-1:] in ".!?:\"\u201c\u2018'" \
            or right[0].isupper():
        return None
    following = (WORD.match(right) or [""])[0]
    if following[:1].islower() and (_ARTICLE_BEFORE.search(left) or DEMONYM.search(name) or (
            following not in STOPWORDS and not _VERBISH.search(following))):
        return None  # a name used as a modifier: "the famous local [Levant] wind"
    return name


_EQUAL = ("equal", "typography")


def aligned_holes(context: Context) -> list[Hole]:
    """Holes where another aligned version has a name and this one nothing, inside equal wording."""
    holes = []
    for n, ref, v in context.pairs():
        changes = context.diff(n, ref, v)
        a, b = context.cell(n, ref, v), context.cell(n, v, ref)
        for before, change, after in zip(changes, changes[1:], changes[2:], strict=False):
            if change.op not in ("insert", "delete") or before.op not in _EQUAL or after.op not in _EQUAL:
                continue
            if change.op == "insert":  # v has a name the reference lacks
                lacking, having, at, there = a, b, change.a_start, change.b_start
                pieces = (b.text[before.b_start:before.b_end], b.text[change.b_start:change.b_end],
                          b.text[after.b_start:after.b_end])
            else:  # the reference has a name v lacks
                lacking, having, at, there = b, a, change.b_start, change.a_start
                pieces = (a.text[before.a_start:before.a_end], a.text[change.a_start:change.a_end],
                          a.text[after.a_start:after.a_end])
            name = _missing_name(*pieces)
            if name:
                paragraph, gap = lacking.locate(at)
                holes.append(Hole(lacking.version, paragraph, gap, name, having.version, having.paragraph_at(there)))
    return holes


_KNOWN: dict[str, list[tuple[int, bool]]] = {}
"""``text_holes`` of article texts, found elsewhere (``remember_holes``), until the detectors' caches are cleared."""


def remember_holes(versions: Sequence[Version], found: Sequence[Mapping[int, list[tuple[int, bool]]]]) -> None:
    """Let the next run of the detector reuse the ``text_holes`` of the versions' article paragraphs, found
    elsewhere (``found[v]``: paragraph index -> holes, paragraphs without any left out; the derivation edges
    find them, in a forked process on big inputs). Kept until ``clear_caches``; a text not given is read."""
    for version, holes in zip(versions, found, strict=True):
        for paragraph in version.article():
            _KNOWN[paragraph.text] = holes.get(paragraph.index, [])


def clear_caches() -> None:
    """Forget the holes ``remember_holes`` gave."""
    _KNOWN.clear()


def find_holes(context: Context) -> list[Hole]:
    """Every hole, from the text and from the aligned versions, one per place."""
    by_paragraph: dict[tuple[int, int], list[Hole]] = {}
    for v, version in enumerate(context.comparison.versions):
        for paragraph in version.article():
            known = _KNOWN.get(paragraph.text)
            for gap, strong in text_holes(paragraph.text) if known is None else known:
                hole = _with_filler(context, Hole(v, paragraph.index, gap))
                if strong or hole.name:
                    by_paragraph.setdefault((v, paragraph.index), []).append(hole)
    for hole in aligned_holes(context):
        found = by_paragraph.setdefault((hole.version, hole.paragraph), [])
        near = next((k for k, h in enumerate(found) if abs(h.gap - hole.gap) <= 6), None)
        if near is None:
            found.append(hole)
        elif found[near].name is None:
            found[near] = Hole(hole.version, hole.paragraph, found[near].gap, hole.name, hole.other,
                               hole.other_paragraph)
    return [hole for holes in by_paragraph.values() for hole in holes]


def _around(text: str, start: int, end: int) -> str:
    """The hole with three words before it and two after it."""
    return "".join(words_before(text, start, 3)) + text[start:end] + "".join(words_after(text, end, 2))




def stripped_text(context: Context) -> list[Finding]:
    """One stripped-text finding per hole."""
    found = []
    for hole in find_holes(context):
        text = context.comparison.versions[hole.version].paragraphs[hole.paragraph].text
        start, end = hole_span(text, hole.gap)
        if hole.name is None or hole.other is None:
            message = f"a name or linked word seems to have been stripped here: {quoted(_around(text, start, end))}"
            evidence: tuple[tuple[int, int], ...] = ()
        else:
            label = context.comparison.versions[hole.other].id
            message = f"a name seems to be missing here: {label} has {quoted(hole.name)}"
            evidence = ((hole.other, hole.other_paragraph),) if hole.other_paragraph is not None else ()
        found.append(Finding("stripped-text", hole.version, hole.paragraph, start, end, message, evidence))
    return found
