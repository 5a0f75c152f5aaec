"""The HTML report: one self-contained page an editor can read and forward.

Top to bottom: the story's headline (``story_headline``) with the report's
date and the generator; at a glance, the change map (``report_html_map``), the
derivation graph and the shared-wording matrix (``report_html_graph``); the
scorecard; the findings grouped by version and kind (``report_html_findings``),
each linked to its row (``#r14``) and back (``#f3``); then the versions side by
side, the base first, one table row per aligned row (``report_html_cells``):
changes against the base inline, boilerplate greyed, empty cells saying
"not in X", facts coloured unless ``facts`` is False. Styles, both colour
schemes and print are in ``report_html_css``. No script, font or link outside
the page; every piece of article text and every label is escaped.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from html import escape

from ..analysis.figures import percent
from ..analysis.stats import Analysis
from ..diff.diffs import CellDiffs
from ..model import Comparison
from ..safe import plural, visible
from .formats import GENERATOR
from .report_html_cells import cell_html
from .report_html_css import CSS
from .report_html_findings import findings_html, numbered_findings, row_links
from .report_html_graph import GRAPH_CSS, derivation_graph, similarity_table
from .report_html_map import MAP_CSS, change_map, map_legend
from .report_review import ReportReview


def _scorecard(comparison: Comparison, analysis: Analysis, order: list[int]) -> str:
    rows = []
    for v in order:
        version = comparison.versions[v]
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
    return f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>{_notes(comparison, order)}"


def _notes(comparison: Comparison, order: list[int]) -> str:
    """What the loader noticed about each version (a guessed encoding, line numbers that count a web
    page's extracted text ...), as the command line prints them."""
    items = [f"<li><b>{escape(comparison.versions[v].id)}</b>: {escape(visible(note))}</li>"
             for v in order for note in comparison.versions[v].notes]
    return f'<ul class="note">{"".join(items)}</ul>' if items else ""


_LINK = {False: "\u2192", True: "\u2014"}
"""How an edge reads: an arrow from source to copy, a dash where the direction is unknown."""


def _derivation(comparison: Comparison, analysis: Analysis) -> str:
    if not analysis.derivation:
        return '<p class="note">No version appears to be made from another.</p>'
    ids = [v.id for v in comparison.versions]
    items = [f"<li>{escape(ids[e.source])} {_LINK[not e.directed]} {escape(ids[e.target])} "
             f"({'' if e.directed else 'related, direction unknown; '}{e.confidence:.2f}): "
             f"{escape(visible(e.evidence))}</li>" for e in analysis.derivation]
    return f'<ul class="note">{"".join(items)}</ul>'


def story_headline(comparison: Comparison, limit: int = 140) -> str:
    """The story's headline: the base's first article paragraph (a web page's reader puts the page
    title there), else its label; shortened at a word to ``limit`` characters."""
    base = comparison.base_version
    text = next((p.text for p in base.paragraphs if p.boilerplate is None), base.label)
    text = " ".join(visible(text).split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "\u2026"


def report_day() -> date:
    """Today (UTC), or the day of ``SOURCE_DATE_EPOCH`` when set, so a rebuilt report is byte-identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    return moment.date()


def _long_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


_REVIEW_CSS = """
th .review { display: block; margin-top: .3em; font-weight: 600; white-space: normal; }
pre.review-summary { white-space: pre-wrap; border: 1px solid currentColor; padding: .6rem; }
"""
"""The editor's review: a status under each row's number, the summary as plain text (it pastes into an email)."""

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _review_summary(comparison: Comparison, review: ReportReview | None) -> tuple[str, str]:
    """The review section and its link in the navigation ('' and '' without a review)."""
    if review is None:
        return "", ""
    text = "\n".join(review.summary(comparison))
    return (f'<h2 id="review">Review</h2><pre class="review-summary">{escape(text)}</pre>\n',
            '<a href="#review">Review</a> \u00b7 ')


def _review_status(comparison: Comparison, review: ReportReview | None, n: int) -> str:
    status = review.row_status(comparison, n) if review is not None else None
    return f'<span class="review">{escape(status)}</span>' if status else ""


def _table(comparison: Comparison, diffs: CellDiffs, order: list[int], back: dict[int, str], facts: bool,
           review: ReportReview | None = None) -> str:
    versions = comparison.versions
    head = "".join(f"<th>{escape(versions[v].id)} \u00b7 {escape(visible(versions[v].label))}"
                   f"{' (base)' if v == comparison.base else ''}</th>" for v in order)
    body = []
    for n, row in enumerate(comparison.rows):
        if review is not None and not review.keeps(comparison, n):
            continue
        cls = ' class="bp"' if row.relation == "boilerplate" else ""
        cells = "".join(cell_html(comparison, diffs, n, row, v, facts) for v in order)
        body.append(f'<tr{cls}><th id="r{n + 1}">{n + 1}<br>{escape(row.relation)}'
                    f"{_review_status(comparison, review, n)}{back.get(n, '')}</th>{cells}</tr>")
    return (f'<table class="rows"><thead><tr><th>row</th>{head}</tr></thead><tbody>\n'
            + "\n".join(body) + "\n</tbody></table>")


def _glance(comparison: Comparison, analysis: Analysis, order: list[int]) -> str:
    matrix = similarity_table(comparison, order)
    matrix_html = (f"<figure><figcaption>Shared wording</figcaption>{matrix}<p class=\"note\">Share of the row "
                   "version&#8217;s 3-word phrases found in the column version.</p></figure>") if matrix else ""
    return (f'{map_legend()}<div class="glance"><figure><figcaption>Change map</figcaption>'
            f"{change_map(comparison, order)}</figure>"
            f"<div><figure><figcaption>Derivation</figcaption>{derivation_graph(comparison, analysis, order)}"
            f"{_derivation(comparison, analysis)}</figure>{matrix_html}</div></div>")


def render_html(comparison: Comparison, analysis: Analysis, diffs: CellDiffs | None = None,
                generator: str = GENERATOR, facts: bool = True, day: date | None = None,
                review: ReportReview | None = None) -> str:
    """The whole report as one HTML page.

    ``generator`` names the program and version; ``facts`` False leaves the fact
    colours out; ``day`` is the report's date (``report_day()`` by default);
    ``review`` adds the editor's decisions (a summary first, a status on each row)
    and may limit the rows.
    """
    diffs = diffs or CellDiffs(comparison)
    versions = comparison.versions
    base = comparison.base_version
    order = [comparison.base] + [v for v in range(len(versions)) if v != comparison.base]
    numbered = numbered_findings(comparison, analysis, order)
    headline = escape(story_headline(comparison))
    when = _long_date(day or report_day())
    review_html, review_link = _review_summary(comparison, review)
    print_facts = ('<p class="printopt"><label><input type="checkbox" id="printfacts"> print fact colours'
                   "</label></p>") if facts else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{escape(generator)}">
<title>{headline} \u00b7 syndiff report, {when}</title>
<style>{CSS}{MAP_CSS}{GRAPH_CSS}{_REVIEW_CSS if review else ""}</style></head>
<body>
<header><h1>{headline}</h1>
<p class="meta">Compared on {when} by {escape(generator)}: {plural(len(versions), 'version')} against the base
<b>{escape(base.id)} \u00b7 {escape(visible(base.label))}</b> ({escape(visible(comparison.base_reason))}).</p></header>
<nav>{review_link}<a href="#glance">At a glance</a> \u00b7 <a href="#scorecard">Scorecard</a> \u00b7
<a href="#findings">Findings</a> \u00b7 <a href="#rows">Aligned paragraphs</a></nav>
{review_html}<h2 id="glance">At a glance</h2>{_glance(comparison, analysis, order)}
<h2 id="scorecard">Scorecard</h2>{_scorecard(comparison, analysis, order)}
<h2 id="findings">Findings</h2>{findings_html(comparison, numbered)}
<h2 id="rows">Aligned paragraphs</h2>
<p class="legend"><span><ins>inserted</ins></span><span><del>deleted</del></span>
<span class="typo">typography only</span><span class="tag">boilerplate</span>{_facts_legend(facts)}</p>{print_facts}
{_table(comparison, diffs, order, row_links(numbered), facts, review)}
<p class="meta">Made by {escape(generator)}.</p>
</body></html>
"""


def _facts_legend(facts: bool) -> str:
    if not facts:
        return ""
    return ('<span class="q">\u201cquotation\u201d</span><span class="num">number</span>'
            '<span class="name">Name</span>')
