"""One entry point for every report format: ``render(comparison, analysis, fmt)``.

``review`` (a ``ReportReview``) adds the editor's decisions to any format and may limit the rows.
"""

from __future__ import annotations

from ... import __version__
from ..analysis.stats import Analysis
from ..diff.diffs import CellDiffs
from ..model import Comparison
from .report_html import render_html
from .report_json import build_report, render_json
from .report_review import ReportReview
from .report_text import render_text

FORMATS = ("json", "html", "markdown", "text")
"""Report formats, in the order the CLI lists them."""
SUFFIXES = {"json": ".json", "html": ".html", "markdown": ".md", "text": ".txt"}
"""The usual file ending of each format."""
GENERATOR = f"syndiff {__version__}"
"""The program and version a report names, unless told otherwise."""


def render(comparison: Comparison, analysis: Analysis, fmt: str, color: bool = False,
           diffs: CellDiffs | None = None, generator: str = GENERATOR, facts: bool = True,
           review: ReportReview | None = None) -> str:
    """The report in one format (json, html, markdown or text); ``facts`` False leaves the
    HTML report's fact colours off; ``review`` adds the editor's decisions (and may limit the rows)."""
    diffs = diffs or CellDiffs(comparison)
    if fmt == "json":
        return render_json(build_report(comparison, analysis, generator=generator, diffs=diffs, review=review))
    if fmt == "html":
        return render_html(comparison, analysis, diffs, generator=generator, facts=facts, review=review)
    if fmt == "markdown":
        return render_text(comparison, analysis, diffs, style="md", review=review)
    if fmt == "text":
        return render_text(comparison, analysis, diffs, style="text", color=color, review=review)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
