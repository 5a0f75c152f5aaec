"""One entry point for every report format: ``render(comparison, analysis, fmt)``.

The formats themselves (names, file endings, renderers) are the registry
``formats.FORMATS``. ``review`` (a ``ReportReview``) adds the editor's decisions
to any format and may limit the rows. The command line (stdout or ``-o``), the
viewer's export (a file or a browser download) and the Python API all build
their report text here; ``writing`` writes it to a file, never over an input.
"""

from __future__ import annotations

from typing import Any

from ..analysis.stats import Analysis
from ..collector import collector_paused
from ..diff.diffs import CellDiffs
from ..model import Comparison
from .formats import FORMATS, GENERATOR, ReportRequest
from .report_review import ReportReview

__all__ = ["render"]


def render(comparison: Comparison, analysis: Analysis, fmt: str, color: bool = False,
           diffs: CellDiffs | None = None, generator: str = GENERATOR, facts: bool = True,
           review: ReportReview | None = None, json_rows: list[dict[str, Any]] | None = None) -> str:
    """The report in one format (json, html, markdown or text); ``facts`` False leaves the
    HTML report's fact colours off; ``review`` adds the editor's decisions (and may limit the rows);
    ``json_rows``: the JSON report's rows, built beforehand (``ReportRequest.json_rows``)."""
    form = FORMATS.get(fmt)
    if form is None:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    with collector_paused():  # a report builds many small acyclic objects: collections would only cost time
        return form.render(ReportRequest(comparison, analysis, diffs or CellDiffs(comparison), generator=generator,
                                         color=color, facts=facts, review=review,
                                         json_rows=json_rows))
