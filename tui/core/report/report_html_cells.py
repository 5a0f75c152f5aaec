"""One aligned cell of the HTML report: its text, changes and facts as escaped HTML.

A version's cell shows its text with the changes against the base inline
(``<ins>``, ``<del>``, ``<span class="typo">``) and its facts wrapped in spans of
the classes ``q``, ``num``, ``name`` and ``marker``. Every piece of article text
is escaped.
"""

from __future__ import annotations

from bisect import bisect_right
from html import escape

from ..analysis.lexer import FACT_CLASSES, fact_spans
from ..diff.diffs import CellDiffs
from ..model import Change, Comparison, Row
from ..safe import visible


def _text(value: str) -> str:
    return escape(visible(value)).replace("\n", "<br>")


class _Facts:
    """The facts of one cell's text (quotes, numbers, names, markers), rendered as escaped HTML."""

    def __init__(self, texts: list[str]) -> None:
        self.spans: list[tuple[int, int, str]] = []
        pos = 0
        for text in texts:  # per paragraph: a quotation never runs into the next one
            self.spans += [(pos + s, pos + e, k) for s, e, k in fact_spans(text.replace("\n", " "))]
            pos += len(text) + 1
        self.ends = [e for _s, e, _k in self.spans]

    def html(self, text: str, start: int, end: int) -> str:
        """text[start:end] escaped, each fact in it wrapped in a span of its class."""
        parts = []
        pos = start
        for k in range(bisect_right(self.ends, start), len(self.spans)):
            s, e, kind = self.spans[k]
            if s >= end:
                break
            s, e = max(s, pos), min(e, end)
            if s > pos:
                parts.append(_text(text[pos:s]))
            parts.append(f'<span class="{FACT_CLASSES[kind]}">{_text(text[s:e])}</span>')
            pos = e
        if pos < end:
            parts.append(_text(text[pos:end]))
        return "".join(parts)


def _diff_html(changes: list[Change], a: str, b: str, facts: _Facts) -> str:
    parts = []
    for c in changes:
        if c.op == "equal":
            parts.append(facts.html(b, c.b_start, c.b_end))
        elif c.op == "insert":
            parts.append(f"<ins>{facts.html(b, c.b_start, c.b_end)}</ins>")
        elif c.op == "delete":
            parts.append(f"<del>{_text(a[c.a_start:c.a_end])}</del>")
        else:
            parts.append(f'<span class="typo" title="base: {escape(visible(a[c.a_start:c.a_end]))}">'
                         f"{facts.html(b, c.b_start, c.b_end)}</span>")
    return "".join(parts)


def cell_html(comparison: Comparison, diffs: CellDiffs, n: int, row: Row, v: int, facts: bool = True) -> str:
    """Version v's cell in row n as a ``<td>``; an empty cell says "not in" and the version's label,
    tagged "dropped" where the base has article text here."""
    cell = row.cells[v]
    version = comparison.versions[v]
    if not cell:
        if row.continues(v):
            head = comparison.cover(n, v)[0] + 1
            what = "split" if v == comparison.base else row.info[v].relation or "continued"
            return (f'<td class="empty"><span class="tag">{escape(what)}</span>'
                    f'{escape(visible(version.label))}: in its paragraph of '
                    f'<a href="#r{head}">row {head}</a> above</td>')
        if row.info[v].relation == "dropped":
            return f'<td class="empty"><span class="tag">dropped</span>not in {escape(visible(version.label))}</td>'
        return f'<td class="empty">not in {escape(visible(version.label))}</td>'
    first, last = version.paragraphs[cell[0]], version.paragraphs[cell[-1]]
    lines = f"lines {first.start_line}\u2013{last.end_line}" if last.end_line != first.start_line \
        else f"line {first.start_line}"
    info = row.info[v]
    tags = []
    if first.boilerplate:
        tags.append(first.boilerplate)
    if info.relation not in ("", "same", "boilerplate"):
        tags.append(info.relation)
    if info.relation in ("moved", "split", "merged") and info.kind in ("typography", "edited", "paraphrase"):
        tags.append(info.kind)
    if info.moved and info.relation != "moved":
        tags.append("moved")
    changes = diffs.diff(n, v)
    text = comparison.cell_text(row, v)
    spans = _Facts([version.paragraphs[i].text for i in cell] if facts else [])
    body = (_diff_html(changes, comparison.base_text(n, v), text, spans)
            if changes is not None else spans.html(text, 0, len(text)))
    tag_html = "".join(f'<span class="tag">{escape(t)}</span>' for t in tags)
    cls = ' class="moved"' if info.moved else ""
    return f'<td{cls}>{tag_html}<span class="lines">{lines}</span><br>{body}</td>'
