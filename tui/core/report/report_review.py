"""The editor's review in reports: entries, a per-row status, a summary to paste into an email.

``ReportReview(view, only)`` carries the decisions placed on the report's
comparison (``review.attach``) and an optional filter (``only``: ``flagged``,
``accepted`` or ``open`` — an open row is a changed row nobody decided on, or
one left open with a note). The renderers ask it:

* ``keeps(n)``: whether row n is in the report;
* ``entries(comparison)``: the JSON ``review`` list of docs/report-format.md
  (``row``, ``key``, ``status``, ``note``, ``versions`` as ids, ``updated``,
  ``stale``) and ``orphans(comparison)``, decisions no row matches any more;
* ``row_status(comparison, n)``: "flagged: check the figure" or None;
* ``summary(comparison)``: plain lines ("flagged:" then one line per row, then
  "accepted:" ...) that read the same in an email as in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Comparison
from ..review.decisions import Attached, ReviewView, count_changes, counts_line, described, is_changed_row
from ..safe import visible

ONLY = ("flagged", "accepted", "open")
"""What ``--only`` can keep."""
QUOTE = 70
"""Characters of a row's text quoted in the summary, so a reader knows which paragraph it is."""


@dataclass(frozen=True)
class ReportReview:
    """The decisions on a report's rows, and which rows the report keeps."""

    view: ReviewView
    only: str | None = None

    def keeps(self, comparison: Comparison, n: int) -> bool:
        """Whether row n belongs in the report."""
        if self.only is None:
            return True
        if self.only == "open":
            return is_changed_row(comparison, n) and self.view.status(n) == "open"
        return self.view.status(n) == self.only

    def _ids(self, comparison: Comparison) -> dict[str, str]:
        return {v.label: v.id for v in comparison.versions}

    def entries(self, comparison: Comparison) -> list[dict[str, Any]]:
        """The JSON ``review`` entries of the rows in the report, in row order."""
        ids = self._ids(comparison)
        out = []
        for n, found in sorted(self.view.by_row.items()):
            if self.keeps(comparison, n):
                d = found.decision
                out.append({"row": n, "key": d.key, "status": d.status, "note": d.note,
                            "versions": [ids[label] for label in d.versions if label in ids],
                            "updated": d.updated, "stale": found.stale,
                            "changed": [ids.get(label, label) for label in found.changed]})
        return out

    def orphans(self, comparison: Comparison) -> list[dict[str, Any]]:
        """Decisions whose row no longer exists (every text in it changed), for the JSON report."""
        return [{"key": d.key, "status": d.status, "note": d.note, "versions": list(d.versions),
                 "updated": d.updated} for d in self.view.orphans]

    def row_status(self, comparison: Comparison, n: int) -> str | None:
        """'flagged: check the figure', 'accepted (stale: B changed since)' ... or None when undecided."""
        found = self.view.by_row.get(n)
        return _status(found, list(self._ids(comparison).items())) if found else None

    def summary(self, comparison: Comparison) -> list[str]:
        """Plain-text lines: the counts, then each status with its rows (pasteable into an email)."""
        lines = [f"Review: {counts_line(count_changes(comparison, self.view))}"]
        for status in ("flagged", "accepted", "open"):
            rows = [(n, found) for n, found in sorted(self.view.by_row.items()) if found.decision.status == status]
            if status == "open":
                rows = [(n, found) for n, found in rows if found.decision.note]
            if rows:
                lines.append(f"{status}:")
                lines += [f"- {_row_line(comparison, n, found)}" for n, found in rows]
        if self.view.orphans:
            lines.append("no longer found (every text in the row changed):")
            lines += [f"- {d.status}: {visible(d.note) or '(no note)'}" for d in self.view.orphans]
        if self.only:
            lines.append(f"This report shows only the {self.only} rows.")
        return lines


def _status(found: Attached, ids: list[tuple[str, str]]) -> str:
    note = f": {visible(found.decision.note)}" if found.decision.note else ""
    return f"{found.mark} {described(found, ids)}{note}"


def _numbers(cell: tuple[int, ...]) -> str:
    """1-based paragraph numbers: '3', '3\u20135' for a run, '3,7' otherwise."""
    if len(cell) > 1 and list(cell) == list(range(cell[0], cell[-1] + 1)):
        return f"{cell[0] + 1}\u2013{cell[-1] + 1}"
    return ",".join(str(p + 1) for p in cell)


def _row_line(comparison: Comparison, n: int, found: Attached) -> str:
    row = comparison.rows[n]
    order = [comparison.base] + [v for v in range(len(row.cells)) if v != comparison.base]
    present = [v for v in order if row.cells[v]]
    where = ", ".join(f"{comparison.versions[v].id} \u00b6{_numbers(row.cells[v])}" for v in present)
    text = " ".join(visible(comparison.cell_text(row, present[0])).split())
    quote = text if len(text) <= QUOTE else text[: QUOTE - 1] + "\u2026"
    stale = " (stale: the text changed since)" if found.stale else ""
    note = visible(found.decision.note) or "(no note)"
    return f"Row {n + 1} ({where}){stale}: {note} \u2014 \u201c{quote}\u201d"
