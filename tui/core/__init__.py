"""The comparison engine: pure Python, no Textual or Rich.

Public API (imported lazily, so ``import tui.core`` costs nothing until used):

* ``load_inputs(args, rules)`` -> list of ``Version`` (``loading``)
* ``load_rules(extra)`` -> ``Rules`` for boilerplate labelling (``boilerplate``)
* ``compare(versions, base)`` -> ``Comparison`` (``pipeline``)
* ``resolve_base(versions, spec)`` -> base position (``pipeline``)
* ``CellDiffs(comparison).diff(row, version)`` -> word changes (``diffs``)
* ``diff_words(a, b)`` -> list of ``Change`` (``worddiff``)
* ``analyse(comparison)`` -> ``Analysis``: scorecard, derivation, findings
* ``render(comparison, analysis, fmt)`` -> report text (``reports``)
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "Analysis": "analysis", "Stats": "analysis", "analyse": "analysis",
    "Rules": "boilerplate", "load_rules": "boilerplate",
    "compare": "pipeline", "resolve_base": "pipeline",
    "CellDiffs": "diffs",
    "BaseChoiceError": "errors", "LoadError": "errors", "RulesError": "errors", "SyndiffError": "errors",
    "load_inputs": "loading",
    "CellInfo": "model", "Change": "model", "Comparison": "model", "Finding": "model", "Paragraph": "model",
    "Row": "model", "Version": "model",
    "FORMATS": "reports", "render": "reports",
    "diff_words": "worddiff",
}

__all__ = sorted(_WHERE)
# No submodule may share a name with an exported function: importing the
# submodule would rebind the package attribute to the module.
assert not {"compare", "render", "analyse"} & {m for m in _WHERE.values()}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'tui.core' has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
