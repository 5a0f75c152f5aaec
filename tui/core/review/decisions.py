"""Editorial review: an editor's decision on a row, keyed by the row's content.

A decision (``Decision``) says a row's change is ``accepted``, ``flagged`` for
follow-up, or still ``open``, with an optional note. It is keyed by what the
row *holds*, not where it is, so it survives reopening, another base,
re-ordered files and added versions:

* ``text_hash(text)``: a short hash of a cell's text after ``squash``
  (typography folded, whitespace collapsed), so re-encoding or re-wrapping a
  file changes nothing;
* ``row_texts(comparison, n)``: ``{label: text hash}`` for every version with
  text in row n (labels, not ids or positions: they survive re-ordering);
* ``row_keys(comparison)``: per row, a hash of the *set* of its text hashes
  (which version is the base, and in which order the files came, do not
  matter); a later row with the very same content gets ``-2``, ``-3`` ...

``attach(comparison, decisions)`` puts each decision on one row: the row with
its key, else the row sharing most of its texts. A decision is *stale*
(``Attached.changed`` names the versions) where a version it was made on now
has other text in that row; a decision no row shares any text with is an
*orphan*. Nothing is ever dropped: callers show stale decisions and orphans.

``count_changes`` gives "12 changes: 7 accepted, 3 flagged, 2 open".
Pure Python; the review file itself is ``review_store``; ``ReviewView``, what
``attach`` returns, lives in ``review_view`` (the viewer starts with an empty
one without importing this module) and is named here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from ..model import Comparison, is_change
from ..textnorm import squash
from .review_view import ReviewView as ReviewView  # its home is review_view (see there); also named here

STATUSES = ("accepted", "flagged", "open")
"""What an editor can say about a row."""
MARKS = {"accepted": "\u2713", "flagged": "!", "open": "*", "stale": "?"}
"""A one-character mark per status that reads without colour (``*``: an open row with a note)."""


def text_hash(text: str) -> str:
    """A short, stable hash of a text, blind to typography and whitespace."""
    import hashlib  # here, not at the top: the viewer's start hashes nothing until a decision exists (1 ms)

    return hashlib.sha256(squash(text).encode("utf-8")).hexdigest()[:16]


def now() -> str:
    """The current UTC time as the review file writes it: 2026-12-01T21:04:00Z."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Decision:
    """An editor's word on one row."""

    key: str
    """The row's content key when the decision was made."""
    status: str
    """accepted, flagged or open."""
    note: str = ""
    """The editor's words, as typed."""
    versions: tuple[str, ...] = ()
    """Labels of the versions with text in the row at the time."""
    texts: tuple[tuple[str, str], ...] = ()
    """(label, text hash) for each of those versions: what the decision was made on."""
    updated: str = ""
    """When it was last changed (UTC, ISO 8601)."""

    @property
    def mark(self) -> str:
        """The status's mark (``?`` is added by callers for a stale decision)."""
        return MARKS[self.status]

    @property
    def is_empty(self) -> bool:
        """An open row without a note says nothing: the file forgets it."""
        return self.status == "open" and not self.note.strip()


@dataclass(frozen=True)
class Attached:
    """A decision placed on a row of a comparison."""

    decision: Decision
    row: int
    changed: tuple[str, ...] = ()
    """Labels of versions whose text in this row changed since the decision (empty: not stale)."""

    @property
    def stale(self) -> bool:
        """True when a version's text changed since the decision was made."""
        return bool(self.changed)

    @property
    def mark(self) -> str:
        """The mark for the gutter and the status bar: ``?`` when stale."""
        return MARKS["stale"] if self.stale else self.decision.mark


def row_texts(comparison: Comparison, n: int) -> dict[str, str]:
    """{label: text hash} for each version with text in row n."""
    row = comparison.rows[n]
    return {comparison.versions[v].label: text_hash(comparison.cell_text(row, v))
            for v, cell in enumerate(row.cells) if cell}


def _set_key(hashes: Iterable[str]) -> str:
    import hashlib

    return hashlib.sha256("\n".join(sorted(set(hashes))).encode("ascii")).hexdigest()[:20]


@dataclass(frozen=True)
class RowIndex:
    """Every row's content key and texts, computed once per comparison (hashing every cell is the cost)."""

    keys: tuple[str, ...]
    texts: tuple[dict[str, str], ...]


def index_rows(comparison: Comparison) -> RowIndex:
    """The content key of every row (a repeat of a row's content gets -2, -3 ...) and its texts."""
    keys: list[str] = []
    texts: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for n in range(len(comparison.rows)):
        row = row_texts(comparison, n)
        key = _set_key(row.values())
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
        texts.append(row)
    return RowIndex(tuple(keys), tuple(texts))


def row_keys(comparison: Comparison) -> tuple[str, ...]:
    """The content key of every row."""
    return index_rows(comparison).keys


def decide(comparison: Comparison, n: int, status: str, note: str, key: str | None = None) -> Decision:
    """A decision on row n as it is now."""
    if status not in STATUSES:
        raise ValueError(f"unknown review status {status!r}; use one of {', '.join(STATUSES)}")
    texts = row_texts(comparison, n)
    return Decision(key or row_keys(comparison)[n], status, note, tuple(texts), tuple(sorted(texts.items())), now())


def _changed(decision: Decision, texts: dict[str, str], labels: set[str]) -> tuple[str, ...]:
    """Labels (still loaded) whose text in the row differs from what the decision was made on."""
    return tuple(label for label, digest in decision.texts if label in labels and texts.get(label) != digest)


def attach(comparison: Comparison, decisions: Iterable[Decision], index: RowIndex | None = None) -> ReviewView:
    """Place every decision on a row (by key, else by most shared texts), or list it as an orphan.

    ``index``: the comparison's ``index_rows``, when the caller keeps it.
    """
    index = index or index_rows(comparison)
    keys, texts = index.keys, index.texts
    labels = {v.label for v in comparison.versions}
    where = {key: n for n, key in enumerate(keys)}
    by_row: dict[int, Attached] = {}
    rest = []
    for decision in sorted(decisions, key=lambda d: d.updated, reverse=True):  # the newest wins a contested row
        n = where.get(decision.key)
        if n is not None and n not in by_row:
            by_row[n] = Attached(decision, n, _changed(decision, texts[n], labels))
        else:
            rest.append(decision)
    orphans = []
    for decision in rest:
        mine = {digest for _label, digest in decision.texts}
        shared = [(len(mine & set(t.values())), -n) for n, t in enumerate(texts) if n not in by_row]
        best = max(shared, default=(0, 0))
        if best[0] == 0:
            orphans.append(decision)
            continue
        n = -best[1]
        by_row[n] = Attached(decision, n, _changed(decision, texts[n], labels))
    return ReviewView(by_row, tuple(orphans))


def is_changed_row(comparison: Comparison, n: int) -> bool:
    """A row an editor has to look at: the core's one definition of a change (typography counts)."""
    return is_change(comparison.rows[n].relation)


def count_changes(comparison: Comparison, view: ReviewView) -> dict[str, int]:
    """{'changes', 'accepted', 'flagged', 'open'} over the rows that change (a stale decision still counts)."""
    changed = [n for n in range(len(comparison.rows)) if is_changed_row(comparison, n)]
    counts = {"changes": len(changed), "accepted": 0, "flagged": 0, "open": 0}
    for n in changed:
        counts[view.status(n)] += 1
    return counts


def counts_line(counts: dict[str, int]) -> str:
    """'12 changes: 7 accepted, 3 flagged, 2 open'."""
    total = counts["changes"]
    return (f"{total} change{'' if total == 1 else 's'}: {counts['accepted']} accepted, "
            f"{counts['flagged']} flagged, {counts['open']} open")


def described(attached: Attached, ids: Sequence[tuple[str, str]] = ()) -> str:
    """'flagged', 'accepted (stale: B changed)' ... with ids mapped from labels where given."""
    names = dict(ids)
    text = attached.decision.status
    if attached.stale:
        changed = ", ".join(names.get(label, label) for label in attached.changed)
        text += f" (stale: {changed} changed since)"
    return text
