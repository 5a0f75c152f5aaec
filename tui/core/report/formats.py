"""Every report format in one registry: ``FORMATS = {name: Format(...)}``.

A ``Format`` holds its name (what ``--format`` takes), its usual file ending,
whether it can carry terminal colour, and its renderer, which turns a
``ReportRequest`` (the comparison, its analysis, the shared word diffs and the
options) into the report's text. Everything that lists, names or renders
formats reads this table: the CLI's ``--format`` choices and its colour
decision, ``reports.render``, the Python API and the viewer's export dialog (the
list it offers and the file name it proposes). Adding a format is one entry
here, plus its line in the docs.

Cheap to import (no renderer is loaded until a report is rendered), so the
command line's parser and the viewer's start-up can read it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ... import __version__

if TYPE_CHECKING:
    from ..analysis.stats import Analysis
    from ..diff.diffs import CellDiffs
    from ..model import Comparison
    from .report_review import ReportReview

GENERATOR = f"syndiff {__version__}"
"""The program and version a report names, unless told otherwise."""


@dataclass(frozen=True)
class ReportRequest:
    """What one report is made of, and the options a format may honour."""

    comparison: Comparison
    analysis: Analysis
    diffs: CellDiffs
    """The word diffs, shared with the analysis (each cell is diffed once)."""
    generator: str = GENERATOR
    color: bool = False
    """Terminal colour (formats with ``Format.color`` only)."""
    facts: bool = True
    """Colours for quotations, numbers and names (the HTML report)."""
    review: ReportReview | None = None
    """The editor's decisions, which may also limit the rows."""
    json_rows: list[dict[str, Any]] | None = None
    """The JSON report's rows, when built beforehand (``report_json.report_rows`` of every row, with these
    diffs); other formats ignore them."""


@dataclass(frozen=True)
class Format:
    """One report format."""

    name: str
    suffix: str
    """The usual file ending, with its dot (the export dialog's default file name)."""
    render: Callable[[ReportRequest], str]
    color: bool = False
    """True when the report can carry terminal colour (``--color``)."""


def _json(request: ReportRequest) -> str:
    from .report_json import build_report, render_json

    return render_json(build_report(request.comparison, request.analysis, generator=request.generator,
                                    diffs=request.diffs, review=request.review, rows=request.json_rows))


def _html(request: ReportRequest) -> str:
    from .report_html import render_html

    return render_html(request.comparison, request.analysis, request.diffs, generator=request.generator,
                       facts=request.facts, review=request.review)


def _markdown(request: ReportRequest) -> str:
    from .report_text import render_text

    return render_text(request.comparison, request.analysis, request.diffs, style="md", review=request.review)


def _text(request: ReportRequest) -> str:
    from .report_text import render_text

    return render_text(request.comparison, request.analysis, request.diffs, style="text", color=request.color,
                       review=request.review)


FORMATS: Mapping[str, Format] = MappingProxyType({form.name: form for form in (
    Format("json", ".json", _json),
    Format("html", ".html", _html),
    Format("markdown", ".md", _markdown),
    Format("text", ".txt", _text, color=True),
)})
"""Report formats by name, in the order the CLI and the export dialog list them."""
