"""The HTML report's findings: grouped by version and kind, linked to their rows both ways.

``numbered_findings`` puts the findings in reading order for the report
(versions in column order, base first; kinds by how often they occur, then by
name; then by row) and numbers them from 1. Finding k gets the anchor
``f{k}`` and links to its row's anchor ``r{row number}``; ``row_links`` gives
each row the links back to its findings.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from ..analysis.stats import Analysis
from ..model import Comparison, Finding
from ..safe import plural, visible

Numbered = list[tuple[int, int, Finding]]
"""(finding number from 1, row index from 0, finding) in report order."""


def numbered_findings(comparison: Comparison, analysis: Analysis, order: list[int]) -> Numbered:
    """The findings in report order, each with its number and its row."""
    where = comparison.row_of_paragraph
    rank = {v: k for k, v in enumerate(order)}
    counts = Counter((f.version, f.kind) for f in analysis.findings)
    ordered = sorted(analysis.findings, key=lambda f: (rank[f.version], -counts[(f.version, f.kind)], f.kind,
                                                       where.get((f.version, f.paragraph), -1), f.paragraph))
    return [(k, where.get((f.version, f.paragraph), -1), f) for k, f in enumerate(ordered, start=1)]


def row_links(numbered: Numbered) -> dict[int, str]:
    """Row index -> the HTML links from that row to its findings."""
    links: dict[int, list[str]] = {}
    for k, n, _finding in numbered:
        links.setdefault(n, []).append(f'<a href="#f{k}">\u2691{k}</a>')
    return {n: '<span class="fl">' + " ".join(items) + "</span>" for n, items in links.items()}


def findings_html(comparison: Comparison, numbered: Numbered) -> str:
    """The findings section: a heading per version, a list per kind, each item linked to its row."""
    if not numbered:
        return "<p>No findings.</p>"
    parts = ['<div class="findings">']
    version = kind = None
    for k, n, f in numbered:
        if f.version != version:
            if kind is not None:
                parts.append("</ol>")
            version, kind = f.version, None
            parts.append(_version_heading(comparison, numbered, version))
        if f.kind != kind:
            if kind is not None:
                parts.append("</ol>")
            kind = f.kind
            count = sum(1 for _k, _n, g in numbered if g.version == version and g.kind == kind)
            parts.append(f'<h4>{escape(kind)} ({count})</h4><ol start="{k}">')
        parts.append(_item(comparison, k, n, f))
    parts.append("</ol></div>")
    return "".join(parts)


def _version_heading(comparison: Comparison, numbered: Numbered, v: int) -> str:
    version = comparison.versions[v]
    total = sum(1 for _k, _n, f in numbered if f.version == v)
    return (f"<h3>{escape(version.id)} \u00b7 {escape(visible(version.label))}: "
            f"{plural(total, 'finding')}</h3>")


def _item(comparison: Comparison, k: int, n: int, f: Finding) -> str:
    line = comparison.versions[f.version].paragraphs[f.paragraph].start_line
    where = f'<a href="#r{n + 1}">row {n + 1}</a>, line {line}' if n >= 0 else f"line {line}"
    return f'<li id="f{k}">{where}: {escape(visible(f.message))}</li>'
