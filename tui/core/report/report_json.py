"""The JSON report: the contract in docs/report-format.md, plus added fields.

Contract fields keep their names, types and meaning: ``format``,
``format_version``, ``base``, ``versions`` (``id``, ``label``, ``path``,
``paragraphs`` with ``index``, ``start_line``, ``end_line``, ``text``,
``boilerplate``) and ``rows`` (``cells``, ``relation``), and for the editorial
analysis ``stats``, ``derivation`` and ``findings``. Format version 2 adds per row ``changes``: each other
version's own relation to the base (``CellInfo.relation``; a version with no
relation here, because neither it nor the base has text, is left out), of which
``relation`` is the strongest. A ``derivation`` edge carries ``direction``:
``known`` (``to`` was made from ``from``) or ``unknown`` (the two are related and
the evidence does not say which came first; ``from``/``to`` are then in label order).

Added fields (allowed by the contract): ``generator``, ``base_reason``;
per version ``encoding``, ``notes``; per paragraph ``boilerplate_rule``; per
row ``dropped`` (the versions whose relation is ``dropped``), ``cell_info``
(how each cell relates to the base), ``missing`` (the same as ``dropped``,
kept from format version 1), ``diffs`` (word-level changes against the base)
and, only where some version's cell covers several rows, ``continued``: the
ids of the versions with no paragraph here whose text for this row is their
cell in an earlier row, each with that row's index (its cell covers this row:
a merge, or the base's paragraph that others split, where other versions keep
the parts apart, so one row for all would claim false pairs). Such a
continuation is never ``dropped``: its change is ``merged`` where the base has
text here, and the versions holding parts of a continued base paragraph are
``split``. A diff is against the base text the cell is compared with, which
for a cell covering several rows (or under a continued base paragraph) is
``Comparison.base_text``: the base's paragraphs of all those rows joined.

With a review: ``review`` as in the contract (plus ``changed``: the ids whose
text changed since a stale decision), ``review_orphans`` (decisions no row
matches any more). With ``--only``, ``only`` names the filter, ``rows`` holds
just those rows, and each row says its ``index`` in the full alignment
(``review[].row`` is that index too).
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from ..analysis.stats import Analysis
from ..diff.diffs import CellDiffs
from ..model import Change, Comparison, Finding, Row
from ..safe import json_safe
from .formats import GENERATOR
from .report_review import ReportReview

FORMAT_VERSION = 2


def build_report(comparison: Comparison, analysis: Analysis, with_diffs: bool = True,
                 generator: str = GENERATOR, diffs: CellDiffs | None = None,
                 review: ReportReview | None = None, rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The report as plain JSON-ready data (with the editor's review, if given). ``rows``: every row's part, when
    built beforehand (``report_rows``, with the same diffs; ``with_diffs`` is then ignored)."""
    versions = comparison.versions
    diffs = diffs or CellDiffs(comparison)
    kept = [n for n in range(len(comparison.rows)) if review is None or review.keeps(comparison, n)]
    if rows is None:
        rows = report_rows(comparison, diffs if with_diffs else None, kept)
    elif len(rows) != len(comparison.rows):  # picked out below by row number: a subset would shift them
        raise ValueError(f"build_report: {len(rows)} prebuilt rows for {len(comparison.rows)}; give every row's")
    elif len(kept) < len(rows):
        rows = [rows[n] for n in kept]
    report: dict[str, Any] = {
        "format": "syndiff-report",
        "format_version": FORMAT_VERSION,
        "generator": generator,
        "base": versions[comparison.base].id,
        "base_reason": comparison.base_reason,
        "versions": [_version(comparison, v, analysis) for v in range(len(versions))],
        "rows": rows,
        "derivation": [
            {"from": versions[e.source].id, "to": versions[e.target].id, "confidence": e.confidence,
             "direction": "known" if e.directed else "unknown", "evidence": e.evidence}
            for e in analysis.derivation
        ],
        "findings": [_finding(comparison, f) for f in analysis.findings],
    }
    if review is not None:
        report["review"] = review.entries(comparison)
        report["review_orphans"] = review.orphans(comparison)
        if review.only:
            report["only"] = review.only
            for n, row in zip(kept, report["rows"], strict=True):
                row["index"] = n
    return report


def report_rows(comparison: Comparison, diffs: CellDiffs | None, which: list[int] | None = None,
                ) -> list[dict[str, Any]]:
    """The report's ``rows`` part (of these rows, or all), with their word diffs when ``diffs`` is given. It
    needs no analysis: the report command builds it while a forked process runs detectors (``stats.analyse``'s
    ``meanwhile``)."""
    return [_row(comparison, n, comparison.rows[n], diffs)
            for n in (which if which is not None else range(len(comparison.rows)))]


def _version(comparison: Comparison, v: int, analysis: Analysis) -> dict[str, Any]:
    version = comparison.versions[v]
    out: dict[str, Any] = {
        "id": version.id,
        "label": version.label,
        "path": version.path,
        "encoding": version.encoding,
        "notes": list(version.notes),
        "paragraphs": [
            {"index": p.index, "start_line": p.start_line, "end_line": p.end_line, "text": p.text,
             "boilerplate": p.boilerplate, "boilerplate_rule": p.boilerplate_rule}
            for p in version.paragraphs
        ],
    }
    stats = analysis.stats.get(v)
    if stats is not None:
        out["stats"] = {"against": comparison.versions[comparison.base].id, **stats.as_dict()}
    return out


def _row(comparison: Comparison, n: int, row: Row, diffs: CellDiffs | None) -> dict[str, Any]:
    ids = [v.id for v in comparison.versions]
    base = comparison.base
    out: dict[str, Any] = {
        "cells": {ids[v]: list(cell) for v, cell in enumerate(row.cells)},
        "relation": row.relation,
        "changes": {ids[v]: info.relation for v, info in enumerate(row.info) if v != base and info.relation},
        "dropped": [ids[v] for v, info in enumerate(row.info) if info.relation == "dropped"],
        "cell_info": {
            ids[v]: {"kind": info.kind, "similarity": info.similarity, "verbatim": info.verbatim,
                     "moved": info.moved, "shape": info.shape, "relation": info.relation}
            for v, info in enumerate(row.info) if info.kind and v != base
        },
        "missing": [ids[v] for v, info in enumerate(row.info) if info.kind == "missing"],
    }
    if row.continued:
        out["continued"] = {ids[v]: comparison.cover(n, v)[0] for v in range(len(ids)) if row.continues(v)}
    if diffs is not None:
        row_diffs = {}
        for v in range(len(ids)):
            changes = diffs.diff(n, v)
            if changes is not None:
                row_diffs[ids[v]] = _ops(changes, diffs.base_text(n, v), comparison.cell_text(row, v))
        if row_diffs:
            out["diffs"] = row_diffs
    return out


def _ops(changes: list[Change], a: str, b: str) -> list[dict[str, str]]:
    out = []
    for c in changes:
        if c.op == "equal":
            out.append({"op": "equal", "text": b[c.b_start:c.b_end]})
        elif c.op == "delete":
            out.append({"op": "delete", "text": a[c.a_start:c.a_end]})
        elif c.op == "insert":
            out.append({"op": "insert", "text": b[c.b_start:c.b_end]})
        else:
            out.append({"op": "typography", "base": a[c.a_start:c.a_end], "text": b[c.b_start:c.b_end]})
    return out


def _finding(comparison: Comparison, finding: Finding) -> dict[str, Any]:
    versions = comparison.versions
    out: dict[str, Any] = {
        "kind": finding.kind,
        "version": versions[finding.version].id,
        "paragraph": finding.paragraph,
    }
    if finding.start is not None:
        out["start"], out["end"] = finding.start, finding.end
    out["message"] = finding.message
    out["evidence"] = [{"version": versions[v].id, "paragraph": p} for v, p in finding.evidence]
    return out


def render_json(report: dict[str, Any]) -> str:
    """The report as indented JSON text: non-ASCII kept as is, controls and bidi characters escaped
    (``safe.json_safe`` says why).

    orjson writes the same bytes as ``json.dumps(report, ensure_ascii=False,
    indent=2)`` about ten times faster; the standard encoder takes over for
    what orjson refuses (a lone surrogate in a text).
    """
    try:
        text = orjson.dumps(report, option=orjson.OPT_INDENT_2).decode("utf-8")
    except (orjson.JSONEncodeError, UnicodeDecodeError):
        text = json.dumps(report, ensure_ascii=False, indent=2)
    return json_safe(text) + "\n"


def compact_json(data: dict[str, Any]) -> str:
    """JSON on one line, no spaces: the same text as ``json.dumps(data, ensure_ascii=False,
    separators=(",", ":"))`` through orjson when it can, with ``safe.json_safe``'s escapes."""
    try:
        text = orjson.dumps(data).decode("utf-8")
    except (orjson.JSONEncodeError, UnicodeDecodeError):
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json_safe(text)
