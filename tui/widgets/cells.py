"""What one cell of the aligned grid says: display text with style classes.

``build_cell(ctx, row, version, exact)`` returns ``(Styled, exact)`` for the
version's paragraphs in that row, ready for ``wrap``:

* a note line first when there is something to say about the cell (moved,
  split, merged, paraphrased, only in one version, a boilerplate label);
* the version's text, with word changes against the base when comparable:
  inserted words ``+marked``, deleted base words shown inline ``−marked``
  (not in paraphrases: there nearly every base word would be repeated struck
  through; the base column beside it already shows them), typography quiet
  (when ``ctx.typography``);
* overlays: search matches and fact spans (quotes, numbers, names ...);
* paragraphs of a multi-paragraph cell on lines of their own, each after the
  first marked ``¶``; the newlines of hard-wrapped paragraphs shown as spaces;
* every piece of article text passed through ``tui.core.safe.visible``.

With ``exact=False`` the diff is used only if it is already computed (for
estimating row heights without diffing off-screen rows); the second value
says whether the result is final. Class names are the grid's component
classes without the ``diff-grid--`` prefix.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.core import CellDiffs, Change, Comparison
from tui.core.safe import visible
from tui.widgets.wrap import Styled

INSERT_MARK = "+"
DELETE_MARK = "\u2212"
PARAGRAPH_MARK = "\u00b6"
FactsFn = Callable[[int, int], list[tuple[int, int, str]]]


class TrackedDiffs(CellDiffs):
    """``CellDiffs`` that remembers which cells it has diffed (for cheap peeks)."""

    def __init__(self, comparison: Comparison) -> None:
        super().__init__(comparison)
        self.known: set[tuple[int, int]] = set()
        """(row, version) pairs whose diff is cached."""

    def diff(self, row_index: int, version: int) -> list[Change] | None:
        """Same as ``CellDiffs.diff``, recording the key."""
        result = super().diff(row_index, version)
        self.known.add((row_index, version))
        return result


@dataclass
class CellContext:
    """Everything a cell's text depends on besides the row and version."""

    comparison: Comparison
    diffs: TrackedDiffs
    row_of: Callable[[int, int], int | None]
    """(version, paragraph) -> row index."""
    typography: bool = True
    deletions: bool = True
    """Show the base's dropped words inline (never in a paraphrase, where nearly every word would be)."""
    search: re.Pattern[str] | None = None
    current_match: tuple[int, int, int] | None = None
    """(row, version, start) of the search match the cursor is on."""
    facts: FactsFn | None = None
    """(version, paragraph) -> fact spans in that paragraph, or None when facts are off."""
    present: dict[int, list[int]] = field(default_factory=dict)
    """Cache: row -> versions with text in it."""


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.classes: list[tuple[str, ...]] = []
        self.pos = 0

    def add(self, text: str, classes: tuple[str, ...] = ()) -> None:
        if not text:
            return
        if not self.classes or self.classes[-1] != classes:
            self.starts.append(self.pos)
            self.classes.append(classes)
        self.parts.append(text)
        self.pos += len(text)

    def build(self) -> Styled:
        return Styled("".join(self.parts), tuple(self.starts), tuple(self.classes))


def _clean(text: str) -> str:
    return visible(text).replace("\n", " ").replace("\t", " ")


def _notes(ctx: CellContext, row_index: int, v: int) -> list[str]:
    comparison = ctx.comparison
    row = comparison.rows[row_index]
    info, cell = row.info[v], row.cells[v]
    version = comparison.versions[v]
    notes = []
    if row.relation == "boilerplate":
        kinds = [version.paragraphs[i].boilerplate or "boilerplate" for i in cell]
        notes.append(f"\u25aa {kinds[0]}" + (f" \u00d7{len(kinds)}" if len(kinds) > 1 else ""))
        return notes
    present = ctx.present.get(row_index)
    if present is None:
        present = ctx.present[row_index] = row.versions_present()
    if len(present) == 1 and len(comparison.versions) > 1:
        notes.append(f"+ only in {version.id}" + (" (base)" if v == comparison.base else ""))
    elif info.kind == "added":
        notes.append("+ not in base")
    if info.kind == "paraphrase":
        notes.append(f"\u2248 paraphrase ({info.similarity:.0%} similar)")
    if info.moved:
        notes.append(_moved_note(ctx, v, cell[0]))
    if info.shape == "split":
        notes.append(f"\u00f7 split in {len(cell)}" if len(cell) > 1 else "\u00f7 part of a split base \u00b6")
    elif info.shape == "merge":
        notes.append(f"\u222a merges {len(comparison.base_paragraphs(row_index, v))} base \u00b6")
    return notes


def _moved_note(ctx: CellContext, v: int, paragraph: int) -> str:
    if paragraph == 0:
        return f"\u2195 moved: \u00b61, first in {ctx.comparison.versions[v].id}"
    before = ctx.row_of(v, paragraph - 1)
    where = f", after row {before + 1}" if before is not None else ""
    return f"\u2195 moved: \u00b6{paragraph + 1} in {ctx.comparison.versions[v].id}{where}"


def _overlays(ctx: CellContext, row_index: int, v: int, text: str, bounds: list[int]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    if ctx.search is not None:
        current = ctx.current_match
        for m in ctx.search.finditer(text):
            if m.end() > m.start():
                is_current = current == (row_index, v, m.start())
                spans.append((m.start(), m.end(), "match-current" if is_current else "match"))
    if ctx.facts is not None:
        starts = [0] + [b + 1 for b in bounds]
        for offset, p in zip(starts, ctx.comparison.rows[row_index].cells[v], strict=True):
            spans.extend((offset + s, offset + e, f"fact-{kind}") for s, e, kind in ctx.facts(v, p))
    return spans


def _emit(out: _Builder, text: str, start: int, end: int, classes: tuple[str, ...],
          overlays: list[tuple[int, int, str]], bounds: list[int]) -> None:
    """Emit text[start:end] with overlay classes added and paragraph bounds as breaks."""
    cuts = {start, end}
    for s, e, _ in overlays:
        if s < end and e > start:
            cuts.update((max(s, start), min(e, end)))
    for b in bounds:
        if start <= b < end:
            cuts.update((b, b + 1))
    points = sorted(cuts)
    for a, b in zip(points, points[1:], strict=False):
        if a in bounds and b == a + 1:
            out.add("\n")
            out.add(f"{PARAGRAPH_MARK} ", ("note",))  # the next paragraph of a split or merged cell
            continue
        extra = tuple(dict.fromkeys(cls for s, e, cls in overlays if s <= a and e >= b))
        out.add(_clean(text[a:b]), classes + extra)


def _emit_marked(out: _Builder, text: str, start: int, end: int, cls: str, mark: str,
                 overlays: list[tuple[int, int, str]], bounds: list[int]) -> None:
    """Emit an inserted/deleted run: leading space plain, then marker and text."""
    stripped = len(text[start:end]) - len(text[start:end].lstrip())
    if stripped == end - start:
        _emit(out, text, start, end, (), overlays, bounds)
        return
    _emit(out, text, start, start + stripped, (), overlays, bounds)
    out.add(mark, (cls, "marker"))
    _emit(out, text, start + stripped, end, (cls,), overlays, bounds)


def _diffed(out: _Builder, ctx: CellContext, changes: list[Change], a: str, b: str,
            overlays: list[tuple[int, int, str]], bounds: list[int], deletions: bool = True) -> None:
    after_delete = False
    for change in changes:
        if change.op == "delete":
            if not deletions:
                continue
            _emit_marked(out, a, change.a_start, change.a_end, "deleted", DELETE_MARK, [], [])
            after_delete = not a[change.a_start:change.a_end][-1:].isspace()
            continue
        if change.op == "insert":
            if after_delete and not b[change.b_start:change.b_end][:1].isspace():
                out.add(" ")
            _emit_marked(out, b, change.b_start, change.b_end, "inserted", INSERT_MARK, overlays, bounds)
        else:
            typo = ("typography",) if change.op == "typography" and ctx.typography else ()
            _emit(out, b, change.b_start, change.b_end, typo, overlays, bounds)
        after_delete = False


def _bounds(comparison: Comparison, row_index: int, v: int) -> list[int]:
    """Offsets of the newlines joining the paragraphs of a cell."""
    paragraphs = comparison.versions[v].paragraphs
    bounds, pos = [], 0
    for i in comparison.rows[row_index].cells[v][:-1]:
        pos += len(paragraphs[i].text)
        bounds.append(pos)
        pos += 1
    return bounds


def _body_class(comparison: Comparison, row_index: int, v: int) -> tuple[str, ...]:
    row = comparison.rows[row_index]
    if row.relation == "boilerplate":
        return ("boilerplate",)
    return ("added",) if row.info[v].kind == "added" else ()


def build_cell(ctx: CellContext, row_index: int, v: int, exact: bool = True) -> tuple[Styled, bool]:
    """The display text of version v's cell in a row, and whether it is final."""
    comparison = ctx.comparison
    row = comparison.rows[row_index]
    out = _Builder()
    if not row.cells[v]:
        if row.info[v].kind == "missing":
            out.add(f"{DELETE_MARK} not in {comparison.versions[v].id}", ("missing",))
        elif row.continues(v):
            what = "split" if v == comparison.base else "merged" if row.info[v].relation == "merged" else "continued"
            out.add(f"\u2191 {what}: in the paragraph above", ("note",))
        return out.build(), True
    notes = _notes(ctx, row_index, v)
    if notes:
        out.add(_clean(" \u00b7 ".join(notes)), ("note",))
        out.add("\n")
    b = comparison.cell_text(row, v)
    bounds = _bounds(comparison, row_index, v)
    overlays = _overlays(ctx, row_index, v, b, bounds)
    changes, final = None, True
    if v != comparison.base and row.relation != "boilerplate" and (row.cells[comparison.base]
                                                                    or row.continues(comparison.base)):
        if exact or (row_index, v) in ctx.diffs.known:
            changes = ctx.diffs.diff(row_index, v)
        else:
            final = False
    if changes is None:
        _emit(out, b, 0, len(b), _body_class(comparison, row_index, v), overlays, bounds)
    else:
        _diffed(out, ctx, changes, comparison.base_text(row_index, v), b, overlays, bounds,
                deletions=ctx.deletions and row.info[v].kind != "paraphrase")
    return out.build(), final
