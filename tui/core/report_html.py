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

from html import escape

from .analysis import Analysis
from .diffs import CellDiffs
from .model import Comparison
from .report_html_cells import cell_html
from .report_html_css import CSS
from .safe import plural, visible


def _scorecard(comparison: Comparison, analysis: Analysis) -> str:
    rows = []
    for v, version in enumerate(comparison.versions):
        stats = analysis.stats.get(v)
        article = sum(1 for p in version.paragraphs if p.boilerplate is None)
        if stats is None:
            shares = '<td colspan="6">base</td>'
        else:
            shares = "".join(f"<td>{getattr(stats, k):.0%}</td>"
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
    items = [f"<li>{escape(visible(labels[e.source]))} \u2192 {escape(visible(labels[e.target]))} "
             f"(confidence {e.confidence:.2f}): {escape(visible(e.evidence))}</li>" for e in analysis.derivation]
    return f"<ul>{''.join(items)}</ul>"


def render_html(comparison: Comparison, analysis: Analysis, diffs: CellDiffs | None = None) -> str:
    """The whole report as one HTML page."""
    diffs = diffs or CellDiffs(comparison)
    versions = comparison.versions
    base = versions[comparison.base]
    head = "".join(f"<th>{escape(v.id)} \u00b7 {escape(visible(v.label))}{' (base)' if n == comparison.base else ''}"
                   f"</th>" for n, v in enumerate(versions))
    body = []
    for n, row in enumerate(comparison.rows):
        cls = ' class="bp"' if row.relation == "boilerplate" else ""
        cells = "".join(cell_html(comparison, diffs, n, row, v) for v in range(len(versions)))
        body.append(f'<tr{cls}><td class="rel">{n + 1}<br>{escape(row.relation)}</td>{cells}</tr>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>syndiff report: {escape(visible(base.label))}</title>
<style>{CSS}</style></head>
<body>
<h1>syndiff report</h1>
<p>{plural(len(versions), 'version')} compared against <b>{escape(base.id)} \u00b7 {escape(visible(base.label))}</b>
({escape(visible(comparison.base_reason))}).</p>
<p class="legend"><span><ins>inserted</ins></span><span><del>deleted</del></span>
<span class="typo">typography only</span><span class="tag">boilerplate</span></p>
<h2>Scorecard</h2>{_scorecard(comparison, analysis)}
<h2>Derivation</h2>{_derivation(comparison, analysis)}
<h2>Findings</h2>{_findings(comparison, analysis)}
<h2>Aligned paragraphs</h2>
<table><thead><tr><th>row</th>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table>
</body></html>
"""
