"""The Python API: compare versions of a story held in memory, analyse them, render a report.

    import tui
    story = tui.compare({"original": original_text, "copy.md": markdown_copy})
    analysis = tui.analyse(story)
    print(analysis.stats[1].verbatim, [f.message for f in analysis.findings])
    print(tui.render(story, "markdown"))

``compare(texts, base=None, rules=None)`` takes a mapping of label to text (or
a list of texts, labelled A, B ...); a text may be ``str`` or ``bytes``. A
label ending in ``.md``, ``.html`` or ``.docx`` chooses that reader, exactly
as a file name does on the command line (bytes for .docx). ``base`` is a
label, an id or a 0-based position. It returns the engine's ``Comparison``
(versions, rows, base), a frozen dataclass.

``analyse(comparison)`` returns the ``Analysis`` (``stats`` per version
position, ``derivation``, ``findings``); ``render(comparison, fmt)`` returns
the report as text in one of json, html, markdown, text. Bad input raises
``tui.core.SyndiffError`` with a one-line message.

Nothing here imports Textual; the engine loads on the first call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core import Analysis, Comparison, Rules


def compare(texts: Mapping[str, str | bytes] | Sequence[str | bytes], base: str | int | None = None,
            rules: Rules | None = None) -> Comparison:
    """Align N versions of one story given as strings (see the module docstring)."""
    from tui.core import BaseChoiceError, LoadError, resolve_base
    from tui.core import compare as compare_versions
    from tui.core.input.loading import read_version, version_ids

    named = list(texts.items()) if isinstance(texts, Mapping) else [(None, t) for t in texts]
    if not named:
        raise LoadError("compare() needs at least one text")
    ids = version_ids(len(named))
    versions = [read_version(text.encode("utf-8") if isinstance(text, str) else bytes(text), vid, label or vid,
                             label or f"{vid}.txt", rules)
                for vid, (label, text) in zip(ids, named, strict=True)]
    if isinstance(base, bool):  # an int to Python, but no position anyone means
        raise BaseChoiceError(f"base must be a label, an id or a 0-based position, not {base!r}")
    if isinstance(base, int):
        base = str(base + 1)
    return compare_versions(versions, resolve_base(versions, base) if base is not None else None)


def analyse(comparison: Comparison) -> Analysis:
    """Scorecard, derivation and findings of a comparison."""
    from tui.core import analyse as analyse_comparison

    return analyse_comparison(comparison)


def render(comparison: Comparison, fmt: str = "text", analysis: Analysis | None = None) -> str:
    """The report in one format: json, html, markdown or text (no colour)."""
    from tui.core import FORMATS, CellDiffs, SyndiffError
    from tui.core import analyse as analyse_comparison
    from tui.core import render as render_report

    if fmt not in FORMATS:
        raise SyndiffError(f"render(): unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    diffs = CellDiffs(comparison)
    analysis = analysis or analyse_comparison(comparison, diffs)
    return render_report(comparison, analysis, fmt, diffs=diffs)
