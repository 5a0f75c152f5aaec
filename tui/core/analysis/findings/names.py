"""Changed names and titles between aligned paragraphs (``name-changed``).

For every article row, each version is diffed against the row's reference
(the base, else the first version present). A *replace block* is a run of
deletions and insertions between two equal runs. Inside a block:

* the same person with a different title is flagged when both sides carry
  a title and they differ ("Foreign Minister" / "Defence Minister"), or a
  qualifier such as "former", "acting" or "deputy" was added or dropped
  ("Donald Trump" / "former President Donald Trump"). Honorifics (Mr, Sir,
  Dr ...) and first names coming or going are style, not findings;
* a different name is flagged only for a clear substitution: each side of
  the block is one name and nothing else, the names share no word, and they
  are not an acronym, alias (UK / Britain, Moscow / Russia) or spelling
  variant (Zelensky / Zelenskyy) of each other.

A single capitalised word at a sentence start counts as a name only when the
comparison uses it as a name elsewhere, mid-sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from ...model import Change, Finding, Version
from ..lexer import NAME, word_alternation
from .common import Cell, Context, quoted

HONORIFICS = frozenset("mr mrs ms miss sir dame dr lord lady prof professor".split())
QUALIFIERS = frozenset("former ex late acting interim deputy vice then outgoing incoming future".split())
TITLE_WORDS = QUALIFIERS | frozenset(
    """president prime minister secretary chancellor king queen prince princess general senator governor
    mayor judge justice ambassador spokesman spokeswoman spokesperson chief leader premier pope commissioner
    chair chairperson chairman chairwoman director envoy speaker captain colonel commander pm mp
    president-elect""".split())
_ALIASES = [
    {"uk", "britain", "great britain", "united kingdom", "london", "england"},
    {"us", "usa", "america", "united states", "washington", "u.s"},
    {"eu", "european union", "brussels"}, {"russia", "moscow", "kremlin", "russian federation"},
    {"ukraine", "kyiv", "kiev"}, {"china", "beijing"}, {"france", "paris"}, {"germany", "berlin"},
    {"no10", "downing street", "number 10", "no 10"}, {"nato", "north atlantic treaty organization"},
    {"un", "united nations"}, {"pm", "prime minister"}, {"holy see", "vatican"},
    {"tory", "tories", "conservative", "conservatives", "conservative party"}, {"labour", "labour party"},
]
DEMONYM = re.compile(r"(?:ian|yan|ish|ese|ean|ic|ern|American|European|African|Mexican|Korean|German|Afghan|"
                     r"French|Dutch|Greek|Swiss|Thai|Israeli|Iraqi|Saudi|Pakistani)s?$")
"""Capitalised adjectives of place and people (Kenyan, British, Western ...)."""
_NAME_RUN = re.compile(NAME)
_TITLE_BEFORE = re.compile(rf"(?:\b{word_alternation('|'.join(sorted(TITLE_WORDS)))}[ \t\u00a0]+)+$", re.IGNORECASE)
_TITLE_WORD = re.compile(rf"\b{word_alternation('|'.join(sorted(TITLE_WORDS)))}\b", re.IGNORECASE)
_FULL_NAME = re.compile(rf"(?:{NAME})(?:['\u2019]s)?")


def is_name_run(text: str, max_words: int = 5) -> bool:
    """Whether text is one run of capitalised name words (of at most max_words words)."""
    return bool(_FULL_NAME.fullmatch(text)) and len(text.split()) <= max_words


def _norm(word: str) -> str:
    """A name word lower-cased, without a possessive 's."""
    return (word[:-2] if word.endswith(("'s", "\u2019s")) else word).lower()


@dataclass(frozen=True)
class Mention:
    """A name in a text with the title words before and inside it."""

    start: int
    end: int
    text: str
    personal: frozenset[str]
    office: tuple[str, ...]


@lru_cache(maxsize=None)
def name_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every run of capitalised name words in text (cached for one ``find_all`` run)."""
    return tuple((m.start(), m.end()) for m in _NAME_RUN.finditer(text))


@lru_cache(maxsize=None)
def _run_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of ``name_runs(text)``: both ascending, as the runs do not overlap."""
    starts, ends = tuple(zip(*name_runs(text), strict=True)) or ((), ())
    return starts, ends


def runs_within(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The name runs lying wholly inside text[start:end], in order (found by bisection)."""
    starts, ends = _run_bounds(text)
    return name_runs(text)[bisect.bisect_left(starts, start):bisect.bisect_right(ends, end)]


def runs_touching(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The name runs overlapping text[start:end], in order; an empty range is a point, touched
    by the runs around it (found by bisection)."""
    starts, ends = _run_bounds(text)
    if start == end:
        first, stop = bisect.bisect_left(ends, start), bisect.bisect_right(starts, start)
    else:
        first, stop = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
    return name_runs(text)[first:stop]


def clear_caches() -> None:
    """Forget the per-text caches (they only serve one ``find_all`` run)."""
    name_runs.cache_clear()
    _run_bounds.cache_clear()


def mentions(text: str, start: int, end: int) -> list[Mention]:
    """The names overlapping text[start:end], each widened to its whole run and title."""
    found = []
    for m_start, m_end in runs_touching(text, start, end):
        name = text[m_start:m_end]
        pre = text[titled_start(text, m_start):m_start].lower().split()
        lowered = [_norm(w) for w in name.split()]
        personal = frozenset(w for w in lowered if w not in TITLE_WORDS and w not in HONORIFICS)
        office = tuple(pre + [w for w in lowered if w in TITLE_WORDS])
        found.append(Mention(m_start, m_end, name, personal, office))
    return found


def _acronym(short: str, long: str) -> bool:
    initials = "".join(w[0] for w in long.split() if w[0].isupper())
    return len(short) > 1 and short.isupper() and short == initials


def same_entity(a: Mention, b: Mention) -> bool:
    """Whether two mentions name the same person, place or body."""
    if a.personal & b.personal:
        return True
    ta, tb = " ".join(sorted(a.personal)) or a.text.lower(), " ".join(sorted(b.personal)) or b.text.lower()
    if _acronym(a.text, b.text) or _acronym(b.text, a.text):
        return True
    if any(ta in group and tb in group for group in _ALIASES):
        return True
    return SequenceMatcher(None, ta, tb).ratio() >= 0.75


def title_changed(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one entity carry different titles that matter."""
    if a.office == b.office:
        return False
    if a.office and b.office:
        return True
    return bool((set(a.office) ^ set(b.office)) & QUALIFIERS)


Block = tuple[int, int, int, int]
"""(a_start, a_end, b_start, b_end) of a run of changes."""


def replace_blocks(changes: list[Change], one_sided: bool = False) -> list[Block]:
    """(a_start, a_end, b_start, b_end) of each run of deletions and insertions.

    Only runs with both sides (replacements), unless one_sided: then pure
    insertions and deletions too.
    """
    blocks: list[Block] = []
    current: list[int] | None = None
    for change in [*changes, None]:
        if change is None or change.op in ("equal", "typography"):
            if current and (one_sided or (current[0] < current[1] and current[2] < current[3])):
                blocks.append((current[0], current[1], current[2], current[3]))
            current = None
            continue
        if current is None:
            current = [change.a_start, change.a_start, change.b_start, change.b_start]
        current[1] = max(current[1], change.a_end)
        current[3] = max(current[3], change.b_end)
    return blocks


def sentence_start(text: str, offset: int) -> bool:
    """Whether offset begins a sentence (start of text or after . ! ? : and a quote mark).

    Looks back only past the blanks, quote marks and brackets before offset.
    """
    width = _LOOK_BACK
    while True:
        before = text[max(0, offset - width):offset].rstrip(_OPENERS)
        if before or width >= offset:
            return not before or before[-1] in ".!?:\n"
        width *= 4  # nothing but openers in the window: look further back


_OPENERS = " \t\u00a0\"'\u201c\u2018("
_LOOK_BACK = 64


def _only_name(text: str, start: int, end: int) -> Mention | None:
    """The single mention that makes up text[start:end], if that is all it holds."""
    if not is_name_run(text[start:end].strip(" \t\u00a0")):
        return None
    found = mentions(text, start, end)
    return found[0] if len(found) == 1 else None


def known_names(context: Context) -> frozenset[str]:
    """Capitalised words used mid-sentence anywhere in the comparison (``Context.known_names`` when given)."""
    if context.known_names is not None:
        return context.known_names
    return known_names_of(context.comparison.versions)


def known_names_of(versions: Sequence[Version]) -> frozenset[str]:
    """``known_names`` from the versions alone (they need no alignment: found beside it on big inputs)."""
    known: set[str] = set()
    for text in dict.fromkeys(p.text for version in versions for p in version.paragraphs):  # each text once
        for start, end in name_runs(text):
            name = text[start:end]
            if " " in name or not sentence_start(text, start):
                known.update(_norm(w) for w in name.split())
    return frozenset(known)


def _is_name(text: str, mention: Mention, known: frozenset[str]) -> bool:
    if " " in mention.text or not sentence_start(text, mention.start):
        return True
    return _norm(mention.text) in known


def _block_findings(context: Context, cell_a: Cell, cell_b: Cell, block: Block,
                    known: frozenset[str]) -> list[Finding]:
    a_start, a_end, b_start, b_end = block
    label = context.comparison.versions[cell_a.version].id
    found = []
    one_a = _only_name(cell_a.text, a_start, a_end)
    one_b = _only_name(cell_b.text, b_start, b_end) if one_a else None  # no name replaced without one here
    if one_a and one_b and _substituted(cell_a.text, one_a, cell_b.text, one_b, known):
        found.append((one_b, one_a, f"the name differs from {label}: {quoted(one_b.text)} here, "
                                    f"{quoted(one_a.text)} there"))
    if not _TITLE_WORD.search(cell_a.text, a_start, a_end) and not _TITLE_WORD.search(cell_b.text, b_start, b_end):
        return [_finding(cell_a, cell_b, mb, ma, message) for mb, ma, message in found]  # no title changed here
    titles = _Titles(mentions(cell_a.text, a_start, a_end))
    for mb in mentions(cell_b.text, b_start, b_end):
        ma = titles.first_retitled(mb)
        if ma is not None:
            found.append((mb, ma, f"the title differs from {label}: {quoted(_titled(cell_b.text, mb))} "
                                  f"here, {quoted(_titled(cell_a.text, ma))} there"))
    return [_finding(cell_a, cell_b, mb, ma, message) for mb, ma, message in found]


class _Titles:
    """One side's mentions grouped by person and title, so a long block is not compared pair by pair."""

    def __init__(self, found: list[Mention]) -> None:
        self.found = found
        self.first: dict[tuple[frozenset[str], tuple[str, ...]], int] = {}
        """(personal words, office) -> the index of the first mention with them."""
        self.by_word: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {}
        for k, mention in enumerate(found):
            key = (mention.personal, mention.office)
            if key not in self.first:
                self.first[key] = k
                for word in mention.personal:
                    self.by_word.setdefault(word, []).append(key)

    def first_retitled(self, other: Mention) -> Mention | None:
        """The first mention sharing a personal word with other whose title differs from other's."""
        keys = {key for word in other.personal for key in self.by_word.get(word, ())}
        hits = [self.first[key] for key in keys if title_changed(self.found[self.first[key]], other)]
        return self.found[min(hits)] if hits else None


def _substituted(text_a: str, a: Mention, text_b: str, b: Mention, known: frozenset[str]) -> bool:
    """Whether name b replaced a different name a: a clear substitution, not a rewording."""
    if not a.personal or not b.personal or same_entity(a, b):
        return False
    if bool(DEMONYM.search(a.text)) != bool(DEMONYM.search(b.text)):
        return False  # an adjective for a noun ("the Kenyan case" / "the Mau Mau case") is rewording
    if a.text in text_b or b.text in text_a:
        return False  # both names are on both sides: the diff paired them across a reordering
    return _is_name(text_a, a, known) and _is_name(text_b, b, known)


def _titled(text: str, mention: Mention) -> str:
    """The mention with the title words before it."""
    return text[titled_start(text, mention.start):mention.end]


def titled_start(text: str, start: int) -> int:
    """Where the title words right before a name begin ("former President" in front of "Donald Trump")."""
    match = _TITLE_BEFORE.search(text, max(0, start - 60), start)
    return match.start() if match else start


def _finding(cell_a: Cell, cell_b: Cell, mb: Mention, ma: Mention, message: str) -> Finding:
    begin = titled_start(cell_b.text, mb.start)
    paragraph, start = cell_b.locate(begin)
    return Finding("name-changed", cell_b.version, paragraph, start, start + mb.end - begin, message,
                   ((cell_a.version, cell_a.paragraph_at(ma.start)),))


def name_changes(context: Context) -> list[Finding]:
    """Names and titles that differ between aligned paragraphs."""
    known = known_names(context)
    found: list[Finding] = []
    for n, ref, v in context.pairs():
        cell_a, cell_b = context.cell(n, ref, v), context.cell(n, v, ref)
        for block in replace_blocks(context.diff(n, ref, v), one_sided=True):
            found.extend(_block_findings(context, cell_a, cell_b, block, known))
    return found
