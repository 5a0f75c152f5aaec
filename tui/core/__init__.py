"""The comparison engine: pure Python, no Textual or Rich.

Public API (imported lazily, so ``import tui.core`` costs nothing until used;
type checkers read the real names from the ``TYPE_CHECKING`` block below):

* ``load_inputs(args, rules)`` -> list of ``Version`` (``input.loading``)
* ``load_rules(extra)`` -> ``Rules`` for boilerplate labelling (``input.boilerplate``)
* ``compare(versions, base)`` -> ``Comparison`` (``pipeline``)
* ``resolve_base(versions, spec)`` -> base position (``align.base``)
* ``CellDiffs(comparison).diff(row, version)`` -> word changes (``diff.diffs``)
* ``diff_words(a, b)`` -> list of ``Change`` (``diff.worddiff``)
* ``analyse(comparison)`` -> ``Analysis``: scorecard, derivation, findings (``analysis.stats``)
* ``render(comparison, analysis, fmt)`` -> report text (``report.reports``)
* ``FORMATS``: the report formats by name, each a ``Format`` (``report.formats``)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the real names for type checkers; at run time __getattr__ imports them on first use
    from .align.base import resolve_base as resolve_base
    from .analysis.stats import Analysis as Analysis
    from .analysis.stats import Stats as Stats
    from .analysis.stats import analyse as analyse
    from .diff.diffs import CellDiffs as CellDiffs
    from .diff.worddiff import diff_words as diff_words
    from .errors import BaseChoiceError as BaseChoiceError
    from .errors import LoadError as LoadError
    from .errors import RulesError as RulesError
    from .errors import SyndiffError as SyndiffError
    from .input.boilerplate import Rules as Rules
    from .input.boilerplate import load_rules as load_rules
    from .input.loading import load_inputs as load_inputs
    from .model import BaseChoice as BaseChoice
    from .model import CellInfo as CellInfo
    from .model import Change as Change
    from .model import Comparison as Comparison
    from .model import Finding as Finding
    from .model import Paragraph as Paragraph
    from .model import Row as Row
    from .model import Version as Version
    from .pipeline import compare as compare
    from .report.formats import FORMATS as FORMATS
    from .report.reports import render as render

_WHERE = {
    "Analysis": "analysis.stats", "Stats": "analysis.stats", "analyse": "analysis.stats",
    "Rules": "input.boilerplate", "load_rules": "input.boilerplate",
    "compare": "pipeline", "resolve_base": "align.base",
    "CellDiffs": "diff.diffs",
    "BaseChoiceError": "errors", "LoadError": "errors", "RulesError": "errors", "SyndiffError": "errors",
    "load_inputs": "input.loading",
    "BaseChoice": "model", "CellInfo": "model", "Change": "model", "Comparison": "model", "Finding": "model",
    "Paragraph": "model", "Row": "model", "Version": "model",
    "FORMATS": "report.formats", "render": "report.reports",
    "diff_words": "diff.worddiff",
}

__all__ = sorted(_WHERE)
# No submodule may share a name with an exported function: importing the
# submodule would rebind the package attribute to the module.
assert not {"compare", "render", "analyse"} & {m.split(".")[0] for m in _WHERE.values()}


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error, not an Any

    def __getattr__(name: str) -> Any:
        module = _WHERE.get(name)
        if module is None:
            raise AttributeError(f"module 'tui.core' has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value
