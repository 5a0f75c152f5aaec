"""The HTML report: one self-contained page an editor can read.

The versions stand side by side, one table row per aligned row. Each version
other than the base shows its text with the changes against the base inline:
insertions coloured and underlined, deleted base words struck through,
typography-only differences dotted. Boilerplate rows are greyed with their
class. Facts in the text each version shows (quotations, numbers, names,
boilerplate markers, from the facts lexer) are coloured with the classes
``q``, ``num``, ``name`` and ``marker``; deleted base words are not. The
scorecard, derivation and findings come first. Every piece of article text
is escaped: a ``<script>`` in an article stays visible text.
"""

from __future__ import annotations

from bisect import bisect_right
from html import escape

from .analysis import Analysis
from .diffs import CellDiffs
from .figures import percent
from .lexer import FACT_CLASSES, fact_spans
from .model import Change, Comparison, Row
from .report_review import ReportReview
from .safe import plural, visible

_CSS = """
:root { --fg:#1d1f21; --bg:#fff; --muted:#6b7280; --line:#d1d5db; --ins:#d1fadf; --del:#fde2e1;
        --typo:#9ca3af; --head:#f3f4f6; --moved:#fff4ce; }
@media (prefers-color-scheme: dark) {
  :root { --fg:#e5e7eb; --bg:#111827; --muted:#9ca3af; --line:#374151; --ins:#14532d; --del:#7f1d1d;
          --typo:#6b7280; --head:#1f2937; --moved:#4a3b00; } }
body { font: 15px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 1.5rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--head); position: sticky; top: 0; }
td.rel { white-space: nowrap; color: var(--muted); font-size: .85em; }
.bp td { color: var(--muted); font-size: .9em; }
.tag { display: inline-block; font-size: .75em; padding: 0 .35em; border: 1px solid var(--line);
       border-radius: .3em; color: var(--muted); margin-right: .3em; }
.lines { color: var(--muted); font-size: .75em; }
ins { background: var(--ins); text-decoration: underline; }
del { background: var(--del); text-decoration: line-through; }
ins::before { content: "+"; font-size: .7em; vertical-align: super; }
del::before { content: "\\2212"; font-size: .7em; vertical-align: super; }
.typo { text-decoration: underline dotted var(--typo); }
.moved { background: var(--moved); }
.legend span { margin-right: 1em; }
.q { color: #7c3aed; } .num { color: #b45309; } .name { font-weight: 600; }
.marker { color: var(--muted); font-style: italic; }
.review { display: block; margin-top: .3em; font-weight: 600; white-space: normal; color: var(--fg); }
pre.review-summary { white-space: pre-wrap; border: 1px solid var(--line); padding: .6rem; }
"""


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


def _cell(comparison: Comparison, diffs: CellDiffs, n: int, row: Row, v: int) -> str:
    cell = row.cells[v]
    version = comparison.versions[v]
    if not cell:
        if row.info[v].relation == "dropped":
            return f'<td class="dropped"><span class="tag">dropped</span>not in {escape(version.id)}</td>'
        return "<td></td>"
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
    facts = _Facts([version.paragraphs[i].text for i in cell])
    body = (_diff_html(changes, comparison.cell_text(row, comparison.base), text, facts)
            if changes is not None else facts.html(text, 0, len(text)))
    tag_html = "".join(f'<span class="tag">{escape(t)}</span>' for t in tags)
    cls = ' class="moved"' if info.moved else ""
    return f'<td{cls}>{tag_html}<span class="lines">{lines}</span><br>{body}</td>'


def _scorecard(comparison: Comparison, analysis: Analysis) -> str:
    rows = []
    for v, version in enumerate(comparison.versions):
        stats = analysis.stats.get(v)
        article = sum(1 for p in version.paragraphs if p.boilerplate is None)
        if stats is None:
            shares = '<td colspan="6">base</td>'
        else:
            shares = "".join(f"<td>{percent(getattr(stats, k))}</td>"
                             for k in ("verbatim", "edited", "paraphrase", "new", "dropped"))
            shares += f"<td>{escape(stats.derivation)}</td>"
        rows.append(f"<tr><td>{escape(version.id)}</td><td>{escape(visible(version.label))}</td>"
                    f"<td>{article}</td><td>{len(version.paragraphs) - article}</td>{shares}</tr>")
    head = ("<tr><th>id</th><th>version</th><th>article ¶</th><th>boilerplate ¶</th><th>verbatim</th>"
            "<th>edited</th><th>paraphrase</th><th>new</th><th>dropped</th><th>verdict</th></tr>")
    return f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _findings(comparison: Comparison, analysis: Analysis) -> str:
    if not analysis.findings:
        return "<p>No findings.</p>"
    items = []
    for f in analysis.findings:
        version = comparison.versions[f.version]
        line = version.paragraphs[f.paragraph].start_line
        items.append(f"<li><span class=\"tag\">{escape(f.kind)}</span><b>{escape(version.id)}</b> "
                     f"line {line}: {escape(visible(f.message))}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _derivation(comparison: Comparison, analysis: Analysis) -> str:
    if not analysis.derivation:
        return "<p>No version appears to be made from another.</p>"
    labels = [v.label for v in comparison.versions]
    items = [f"<li>{escape(visible(labels[e.source]))} {chr(0x2192) if e.directed else chr(0x2014)} "
             f"{escape(visible(labels[e.target]))} ({'' if e.directed else 'related, direction unknown; '}"
             f"confidence {e.confidence:.2f}): {escape(visible(e.evidence))}</li>" for e in analysis.derivation]
    return f"<ul>{''.join(items)}</ul>"


def _review_summary(comparison: Comparison, review: ReportReview | None) -> str:
    if review is None:
        return ""
    text = "\n".join(review.summary(comparison))
    return f'<h2>Review</h2><pre class="review-summary">{escape(text)}</pre>'


def _review_cell(comparison: Comparison, review: ReportReview | None, n: int) -> str:
    status = review.row_status(comparison, n) if review is not None else None
    return f'<span class="review">{escape(status)}</span>' if status else ""


def render_html(comparison: Comparison, analysis: Analysis, diffs: CellDiffs | None = None,
                review: ReportReview | None = None) -> str:
    """The whole report as one HTML page (with the editor's review and its summary first, if given)."""
    diffs = diffs or CellDiffs(comparison)
    versions = comparison.versions
    base = versions[comparison.base]
    head = "".join(f"<th>{escape(v.id)} \u00b7 {escape(visible(v.label))}{' (base)' if n == comparison.base else ''}"
                   f"</th>" for n, v in enumerate(versions))
    body = []
    for n, row in enumerate(comparison.rows):
        if review is not None and not review.keeps(comparison, n):
            continue
        cls = ' class="bp"' if row.relation == "boilerplate" else ""
        cells = "".join(_cell(comparison, diffs, n, row, v) for v in range(len(versions)))
        mark = _review_cell(comparison, review, n)
        body.append(f'<tr{cls}><td class="rel">{n + 1}<br>{escape(row.relation)}{mark}</td>{cells}</tr>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>syndiff report: {escape(visible(base.label))}</title>
<style>{_CSS}</style></head>
<body>
<h1>syndiff report</h1>
<p>{plural(len(versions), 'version')} compared against <b>{escape(base.id)} \u00b7 {escape(visible(base.label))}</b>
({escape(visible(comparison.base_reason))}).</p>
<p class="legend"><span><ins>inserted</ins></span><span><del>deleted</del></span>
<span class="typo">typography only</span><span class="tag">boilerplate</span></p>
{_review_summary(comparison, review)}
<h2>Scorecard</h2>{_scorecard(comparison, analysis)}
<h2>Derivation</h2>{_derivation(comparison, analysis)}
<h2>Findings</h2>{_findings(comparison, analysis)}
<h2>Aligned paragraphs</h2>
<table><thead><tr><th>row</th>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table>
</body></html>
"""
