"""The Markdown and plain-text reports.

Both walk the same rows as the HTML report. Changes against the base are
marked so they read without colour: Markdown uses ``~~deleted~~`` and
``**inserted**``; text uses ``[-deleted-]`` and ``{+inserted+}`` and adds ANSI
colour only when asked to (the CLI decides: ``--color``, NO_COLOR,
FORCE_COLOR, a terminal). The scorecard pads by display width, so wide (CJK)
labels keep the columns aligned. Control characters in article text, labels
and boilerplate class names (rules files are untrusted too) are made visible,
and Markdown and HTML syntax in them is escaped.
"""

from __future__ import annotations

import re
import unicodedata

from ..analysis.figures import percent
from ..analysis.stats import Analysis
from ..diff.diffs import CellDiffs
from ..model import Change, Comparison, Row
from ..safe import plural, visible
from .report_review import ReportReview

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
_GREEN, _RED, _DIM, _BOLD, _RESET = "\x1b[32m", "\x1b[31m", "\x1b[2m", "\x1b[1m", "\x1b[0m"


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", visible(text)).replace("\n", " ")


def _flat(text: str) -> str:
    return visible(text).replace("\n", " ")


def _marked(changes: list[Change], a: str, b: str, style: str, color: bool) -> str:
    out = []
    esc = _md if style == "md" else _flat
    for c in changes:
        old, new = esc(a[c.a_start:c.a_end]), esc(b[c.b_start:c.b_end])
        if c.op in ("equal", "typography") or (c.op == "insert" and not new.strip()):
            out.append(new)  # white space alone is no change (a cell with only that is "same")
        elif c.op == "insert":
            word = new.strip()
            lead, trail = new[:len(new) - len(new.lstrip())], new[len(new.rstrip()):]
            mark = f"**{word}**" if style == "md" else f"{{+{new}+}}"
            mark = f"{_GREEN}{mark}{_RESET}" if color else mark
            out.append(f"{lead}{mark}{trail}" if style == "md" else mark)  # "put **Ukraine** in", not "**Ukraine**in"
        elif old.strip():
            mark = f"~~{old.strip()}~~" if style == "md" else f"[-{old}-]"
            mark = f"{_RED}{mark}{_RESET}" if color else mark
            if style == "md":  # the struck words keep a space from their neighbours: "the ~~big~~ plan"
                before = " " if old[0].isspace() and out and not out[-1][-1:].isspace() else ""
                after = " " if old[-1].isspace() and not b[c.b_start:c.b_start + 1].isspace() else ""
                mark = f"{before}{mark}{after}"
            out.append(mark)
    return "".join(out)


def _where(comparison: Comparison, row: Row, v: int) -> str:
    paragraphs = comparison.versions[v].paragraphs
    first, last = paragraphs[row.cells[v][0]], paragraphs[row.cells[v][-1]]
    return f"line {first.start_line}" if first.start_line == last.end_line else \
        f"lines {first.start_line}-{last.end_line}"


def _tags(comparison: Comparison, row: Row, v: int) -> list[str]:
    """The cell's labels: its boilerplate class, or 'base', or its relation to the base
    (with the wording kind where a move, split or merge names the relation)."""
    info = row.info[v]
    if row.relation == "boilerplate":
        return [comparison.versions[v].paragraphs[row.cells[v][0]].boilerplate or "boilerplate"]
    if v == comparison.base:
        return ["base"]
    tags = [info.relation]
    if info.relation in ("moved", "split", "merged") and info.kind not in ("same", tags[0]):
        tags.append(info.kind)
    if info.moved and info.relation != "moved":
        tags.append("moved")
    return [t for t in tags if t]


def _changes(comparison: Comparison, row: Row) -> str:
    """' — B edited, C dropped': each other version's relation, where the row is not the same everywhere."""
    if row.relation in ("same", "boilerplate") or len(comparison.versions) < 3:
        return ""
    parts = [f"{comparison.versions[v].id} {info.relation}" for v, info in enumerate(row.info)
             if v != comparison.base and info.relation]
    return " \u2014 " + ", ".join(parts) if parts else ""


def _cell_line(comparison: Comparison, diffs: CellDiffs, n: int, v: int, style: str, color: bool) -> str:
    row = comparison.rows[n]
    vid = comparison.versions[v].id
    if not row.cells[v]:
        note = f"dropped: not in {vid}"
        if row.continues(v):
            head = comparison.cover(n, v)[0] + 1
            what = "split" if v == comparison.base else row.info[v].relation or "continued"
            note = f"{what}: {vid}'s text for this row is its paragraph in row {head}"
        return f"- **{vid}** ({note})" if style == "md" else f"  {vid}  ({note})"
    changes = diffs.diff(n, v)
    if changes is not None:
        text = _marked(changes, comparison.base_text(n, v), comparison.cell_text(row, v), style, color)
    else:
        text = (_md if style == "md" else _flat)(comparison.cell_text(row, v))
    esc = _md if style == "md" else _flat  # boilerplate class names come from users' rules files
    tags = ", ".join([_where(comparison, row, v)] + [esc(tag) for tag in _tags(comparison, row, v)])
    if style == "md":
        return f"- **{vid}** ({tags}): {text}"
    line = f"  {vid}  ({tags})  {text}"
    return f"{_DIM}{line}{_RESET}" if color and row.relation == "boilerplate" else line


def _scorecard_lines(comparison: Comparison, analysis: Analysis, style: str) -> list[str]:
    head = ["id", "version", "verbatim", "edited", "paraphrase", "new", "dropped", "verdict"]
    rows = []
    for v, version in enumerate(comparison.versions):
        stats = analysis.stats.get(v)
        label = _md(version.label) if style == "md" else _flat(version.label)
        if stats is None:
            rows.append([version.id, label, "base", "", "", "", "", ""])
        else:
            rows.append([version.id, label] + [percent(getattr(stats, k)) for k in head[2:7]] + [stats.derivation])
    if style == "md":
        return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]
    widths = [max(_columns(r[k]) for r in rows + [head]) for k in range(len(head))]
    return ["  " + "  ".join(c + " " * (w - _columns(c)) for c, w in zip(r, widths, strict=True)).rstrip()
            for r in [head] + rows]


def _columns(text: str) -> int:
    """Terminal columns the text takes: wide characters (CJK) count two, combining marks none."""
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _analysis_lines(comparison: Comparison, analysis: Analysis, style: str) -> list[str]:
    esc = _md if style == "md" else _flat
    labels = [esc(v.label) for v in comparison.versions]
    out = ["## Derivation" if style == "md" else "Derivation", ""]
    out += [f"- {labels[e.source]} {'->' if e.directed else '--'} {labels[e.target]} "
            f"({'' if e.directed else 'related, direction unknown; '}confidence {e.confidence:.2f}): "
            f"{esc(e.evidence)}" for e in analysis.derivation] or ["- none found"]
    out += ["", "## Findings" if style == "md" else "Findings", ""]
    for f in analysis.findings:
        version = comparison.versions[f.version]
        out.append(f"- [{f.kind}] {version.id} line {version.paragraphs[f.paragraph].start_line}: {esc(f.message)}")
    if not analysis.findings:
        out.append("- none")
    return out


def _review_lines(comparison: Comparison, review: ReportReview, style: str) -> list[str]:
    """The review summary: plain lines (a code block in Markdown, so it pastes into an email as it is)."""
    lines = review.summary(comparison)
    if style != "md":
        return [*lines, ""]
    fence = "`" * max(3, 1 + max((len(run) for line in lines for run in re.findall("`+", line)), default=0))
    return ["## Review", "", f"{fence}text", *lines, fence, ""]


def render_text(comparison: Comparison, analysis: Analysis, diffs: CellDiffs | None = None,
                style: str = "text", color: bool = False, review: ReportReview | None = None) -> str:
    """The report as Markdown (style 'md') or terminal text (style 'text'), with the editor's review if given."""
    diffs = diffs or CellDiffs(comparison)
    base = comparison.versions[comparison.base]
    esc = _md if style == "md" else _flat
    title = "# syndiff report" if style == "md" else (f"{_BOLD}syndiff report{_RESET}" if color else "syndiff report")
    out = [title, "", f"{plural(len(comparison.versions), 'version')}, compared against {base.id} ({esc(base.label)}): "
           f"{esc(comparison.base_reason)}.", ""]
    if review is not None:
        out += _review_lines(comparison, review, style)
    out += (["## Scorecard", ""] if style == "md" else []) + _scorecard_lines(comparison, analysis, style) + [""]
    out += _analysis_lines(comparison, analysis, style) + [""]
    out += ["## Aligned paragraphs" if style == "md" else "Aligned paragraphs", ""]
    order = [comparison.base] + [v for v in range(len(comparison.versions)) if v != comparison.base]
    for n, row in enumerate(comparison.rows):
        if review is not None and not review.keeps(comparison, n):
            continue
        heading = f"Row {n + 1} \u00b7 {row.relation}{_changes(comparison, row)}"
        out.append(f"### {heading}" if style == "md" else (f"{_BOLD}{heading}{_RESET}" if color else heading))
        if style == "md":
            out.append("")
        status = review.row_status(comparison, n) if review is not None else None
        if status:
            out += [f"> **Review:** {_md(status)}", ""] if style == "md" else [f"  Review: {status}"]
        out += [_cell_line(comparison, diffs, n, v, style, color) for v in order
                if row.cells[v] or row.info[v].relation == "dropped" or row.continues(v)]
        out.append("")
    return "\n".join(out)
