"""Changed and unsupported quotations (``quote-changed``, ``quote-unsupported``).

Quotations are found with the facts lexer's patterns: curly or straight,
double or single marks; apostrophes inside words (it's, Starmer's) and a bare
's never open one; a quotation with no closing curly mark runs to the end of
its paragraph. Only quotations of ``MIN_WORDS`` words or more are compared
(shorter ones are scare quotes: 'same page').

Each quotation is matched with the quotation of another version sharing the
most of its words (at least half of the shorter one, through shared word
3-grams), preferring one in the same aligned row. Matched quotations are
diffed word by word, ignoring case, typography, quote style and punctuation;
words cut at either end are a shorter extract, not a change. Words added,
dropped or changed inside the quotation, or a different speaker ("he said" /
"Sir Keir said"), give a ``quote-changed`` finding on the version that is
not the base (or the later version when neither is). A quotation matched
nowhere whose words are not found in any other version's article text
either gives a ``quote-unsupported`` finding.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ...diff.worddiff import diff_words
from ...model import Finding, Version
from ...textnorm import WORD, fold
from ..lexer import NAME, QUOTE_DOUBLE, QUOTE_SINGLE
from .common import Context, clean_words, lower_keep_length, quoted
from .names import HONORIFICS
from .overlap import OverlapIndex

MIN_WORDS = 3
MATCH = 0.5
"""Share of the shorter quotation's words two quotations must share to be the same one."""
_QUOTE = re.compile(f"(?=[\u201c\u2018\"'])(?:{QUOTE_DOUBLE}|{QUOTE_SINGLE})", re.MULTILINE)
"""A quotation. The lookahead, the opening mark every match starts with, changes no match: it only lets the
scan pass the other positions at the cost of one test (three times as fast)."""
_CLOSE = "\u201d\u2019\"'"
_MARKS = re.compile("[\u201c\u2018\"]|(?<![^\\W_])'")
"""An opening mark: a quotation may start here (an apostrophe inside a word cannot)."""
_VERB = r"(?:said|says|added|adds|told|tells|stated|insisted|warned|explained|wrote|claimed|argued|continued)"
_WHO = rf"(?P<who>(?:{NAME})|he|she|they|I|we)"
_AFTER = re.compile(rf"[^\w\n]{{0,3}}\s*(?:{_WHO}\s+{_VERB}\b|{_VERB}\s+(?P<who2>{NAME}))")
_BEFORE = re.compile(rf"{_WHO}\s+(?:{_VERB}(?:\s+[a-z]+){{0,2}})\s*[:,]?\s*$")


@dataclass(frozen=True)
class Quote:
    """One quotation in one paragraph: the words between the marks."""

    version: int
    paragraph: int
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    speaker: str | None


def _speaker(text: str, mark_start: int, mark_end: int) -> str | None:
    after = _AFTER.match(text, mark_end)
    before = _BEFORE.search(text[max(0, mark_start - 80):mark_start])
    match = after or before
    if match is None:
        return None
    who = match.group("who") or match.groupdict().get("who2") or ""
    return " ".join(w for w in who.split() if w.lower() not in HONORIFICS) or who


def paragraph_quotes(version: int, paragraph: int, text: str, same: dict[str, str] | None = None) -> list[Quote]:
    """The quotations of MIN_WORDS words or more in a paragraph's text (``same``: each word seen so far, so that
    equal words are one string: the quotations of a big story pickle to a third less)."""
    if not _MARKS.search(text):
        return []
    flat = text.replace("\n", " ")
    found = []
    for match in _QUOTE.finditer(flat):
        start, end = match.start() + 1, match.end()
        if end > start and flat[end - 1] in _CLOSE:
            end -= 1
        words = tuple(clean_words(flat[start:end]) if same is None
                      else [same.setdefault(w, w) for w in clean_words(flat[start:end])])
        if len(words) >= MIN_WORDS:
            found.append(Quote(version, paragraph, start, end, text[start:end], words,
                               _speaker(flat, match.start(), match.end())))
    return found


def all_quotes(versions: Sequence[Version]) -> tuple[Quote, ...]:
    """Every long enough quotation in every article paragraph (they need no alignment: found beforehand on big
    inputs, ``facts.VersionFacts``)."""
    read: dict[str, list[Quote]] = {}  # a text repeated in several versions is read once
    same: dict[str, str] = {}
    found = []
    for v, version in enumerate(versions):
        for p in version.article():
            quotes = read.get(p.text)
            if quotes is None:
                found += read.setdefault(p.text, paragraph_quotes(v, p.index, p.text, same))
            else:
                found += (Quote(v, p.index, q.start, q.end, q.text, q.words, q.speaker) for q in quotes)
    return tuple(found)


def _grams(words: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return set(zip(words, words[1:], words[2:], strict=False))


def _match(quote: Quote, mine: frozenset[str], candidates: list[tuple[Quote, frozenset[str]]],
           context: Context) -> Quote | None:
    """The candidate that is the same quotation as quote, if any (the most words shared).

    mine and each candidate's set are the quotations' distinct words.
    """
    best, best_key = None, None
    for other, theirs in candidates:
        shared = len(mine & theirs)
        overlap = shared / min(len(mine), len(theirs))
        if overlap < MATCH or shared < MIN_WORDS:
            continue
        key = (overlap, other.version == context.comparison.base, -other.version)
        if best_key is None or key > best_key:
            best, best_key = other, key
    return best


def _least_shared(size: int) -> int:
    """The fewest words two quotations share to match when the smaller has size distinct words."""
    return max(MIN_WORDS, int(MATCH * size))


class _Index:
    """Quotations by row and by word 3-gram, to find a quotation's counterpart."""

    COMMON = 100
    """3-grams in more quotations than this are too common to look up."""
    FEW = 50
    """Rows with more quotations than this get an ``OverlapIndex``; in the others all are compared."""

    def __init__(self, context: Context, quotes: Sequence[Quote]) -> None:
        self.context = context
        self.quotes = quotes
        self.words = [frozenset(quote.words) for quote in quotes]
        """The distinct words of each quotation, built once."""
        self.by_row: dict[int, list[int]] = defaultdict(list)
        self.by_gram: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self.slot: list[int] = []
        """Each quotation's position in its row's list."""
        for k, quote in enumerate(quotes):
            row = self.by_row[context.row_of(quote.version, quote.paragraph)]
            self.slot.append(len(row))
            row.append(k)
            for gram in _grams(quote.words):
                self.by_gram[gram].append(k)
        self.overlaps = {row: OverlapIndex([self.words[k] for k in ids], _least_shared)
                         for row, ids in self.by_row.items() if len(ids) > self.FEW}
        self.found: dict[tuple[int, int, tuple[str, ...]], Quote | None] = {}

    def counterpart(self, k: int) -> Quote | None:
        """The same quotation as quotes[k] in another version: in the same row if there is one, else anywhere.

        Depends only on the row, the version and the words, so a quotation
        repeated in one version's row is matched once.
        """
        quote = self.quotes[k]
        row = self.context.row_of(quote.version, quote.paragraph)
        key = (row, quote.version, quote.words)
        if key not in self.found:
            self.found[key] = self._counterpart(k, row)
        return self.found[key]

    def _counterpart(self, k: int, row: int) -> Quote | None:
        quote = self.quotes[k]
        same_row = self.by_row[row]
        if row in self.overlaps:
            same_row = [same_row[slot] for slot in self.overlaps[row].candidates(self.slot[k])]
        found = _match(quote, self.words[k], self._others(quote, same_row), self.context)
        if found is not None:
            return found
        ids: set[int] = set()
        for gram in _grams(quote.words):
            posting = self.by_gram[gram]
            if len(posting) <= self.COMMON:
                ids.update(posting)
        return _match(quote, self.words[k], self._others(quote, sorted(ids)), self.context)

    def _others(self, quote: Quote, ids: list[int]) -> list[tuple[Quote, frozenset[str]]]:
        """(quotation, its words) for the ids, in order, leaving out quote's own version."""
        return [(self.quotes[j], self.words[j]) for j in ids if self.quotes[j].version != quote.version]


def word_changes(old: str, new: str) -> list[tuple[str, str]]:
    """(dropped, added) word runs from quotation old to new, ends trimmed, punctuation ignored."""
    a, b = lower_keep_length(fold(old)), lower_keep_length(fold(new))
    ops = [(c.op, old[c.a_start:c.a_end], new[c.b_start:c.b_end]) for c in diff_words(a, b)]
    ops = [op for op in ops if WORD.search(op[1] + op[2])]
    equal = [i for i, op in enumerate(ops) if op[0] in ("equal", "typography")]
    if not equal:
        return [(old, new)]
    head, tail = ops[:equal[0]], ops[equal[-1] + 1:]
    middle = ops[equal[0]:equal[-1] + 1]
    edges = [part for part in (head, tail) if len({op[0] for op in part}) > 1]
    changes: list[tuple[str, str]] = []
    for part in [middle] + edges:
        pending = ["", ""]
        for op, text_a, text_b in part + [("equal", "", "")]:
            if op in ("equal", "typography"):
                if pending[0] or pending[1]:
                    changes.append((" ".join(pending[0].split()), " ".join(pending[1].split())))
                pending = ["", ""]
            elif op == "delete":
                pending[0] += " " + text_a
            else:
                pending[1] += " " + text_b
    return changes


def _describe(changes: list[tuple[str, str]]) -> str:
    parts = []
    for dropped, added in changes[:2]:
        dropped, added = _trim(dropped), _trim(added)
        if dropped and added:
            parts.append(f"has {quoted(added, 30)} for {quoted(dropped, 30)}")
        elif dropped:
            parts.append(f"drops {quoted(dropped, 30)}")
        else:
            parts.append(f"adds {quoted(added, 30)}")
    more = f" and {len(changes) - 2} more change{'s' if len(changes) > 3 else ''}" if len(changes) > 2 else ""
    return ", ".join(parts) + more


def _trim(text: str) -> str:
    """A changed run without the punctuation and blanks at its edges."""
    return re.sub(r"^[^\w\u2026]+|[^\w\u2026]+$", "", text)


def _speakers_differ(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return not wa & wb


def _changed(quote: Quote, other: Quote, label: str) -> Finding | None:
    changes = word_changes(other.text, quote.text)
    if changes:
        message = f"the quotation differs from {label}'s: {_describe(changes)}"
    elif _speakers_differ(quote.speaker, other.speaker):
        message = (f"the quotation is attributed to {quoted(quote.speaker or '')} here "
                   f"but to {quoted(other.speaker or '')} in {label}")
    else:
        return None
    return Finding("quote-changed", quote.version, quote.paragraph, quote.start, quote.end, message,
                   ((other.version, other.paragraph),))


def _reports_on(quote: Quote, other: Quote, base: int) -> bool:
    """Whether the pair is reported on quote's version (once per pair)."""
    if other.version == base:
        return True
    return quote.version != base and quote.version > other.version


class _Support:
    """Per version, which of some word 3-grams (``needed``: those of the quotations to check) its article
    text has anywhere: each version read once, when first asked about, and only those 3-grams kept."""

    def __init__(self, context: Context, needed: set[tuple[str, str, str]]) -> None:
        self.context = context
        self.needed = needed
        self.found: dict[int, set[tuple[str, str, str]]] = {}

    def grams(self, version: int) -> set[tuple[str, str, str]]:
        """The needed 3-grams found in the version's article text (``Context.grams`` & needed)."""
        if version not in self.found:
            found: set[tuple[str, str, str]] = set()
            for paragraph in self.context.comparison.versions[version].article():
                ws = clean_words(paragraph.text)
                found.update(self.needed.intersection(zip(ws, ws[1:], ws[2:], strict=False)))
            self.found[version] = found
        return self.found[version]

    def supports(self, quote: Quote) -> bool:
        """Whether another version has at least half the quotation's word 3-grams anywhere (they must be
        among ``needed``)."""
        grams = _grams(quote.words)
        return any(len(grams & self.grams(v)) >= MATCH * len(grams)
                   for v in range(len(self.context.comparison.versions)) if v != quote.version)


def quote_findings(context: Context) -> list[Finding]:
    """quote-changed and quote-unsupported findings."""
    comparison = context.comparison
    if len(comparison.versions) < 2:
        return []
    given = context.facts.quotes if context.facts is not None else None
    quotes = given if given is not None else all_quotes(comparison.versions)
    index = _Index(context, quotes)
    others = [index.counterpart(k) for k in range(len(quotes))]
    support = _Support(context, {gram for quote, other in zip(quotes, others, strict=True) if other is None
                                 for gram in _grams(quote.words)})
    found = []
    for quote, other in zip(quotes, others, strict=True):
        if other is None:
            if not support.supports(quote):
                found.append(Finding("quote-unsupported", quote.version, quote.paragraph, quote.start,
                                     quote.end, f"no other version has this quotation: {quoted(_trim(quote.text))}"))
        elif _reports_on(quote, other, comparison.base):
            finding = _changed(quote, other, comparison.versions[other.version].id)
            if finding:
                found.append(finding)
    return found
