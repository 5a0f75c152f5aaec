"""The comparison engine: pure Python, no Textual or Rich.

Public API:

* ``load_inputs(args, rules)`` -> list of ``Version`` (``loading``)
* ``load_rules(extra)`` -> ``Rules`` for boilerplate labelling (``boilerplate``)
* ``compare(versions, base)`` -> ``Comparison`` (``compare``)
* ``resolve_base(versions, spec)`` -> base position (``compare``)
* ``CellDiffs(comparison).diff(row, version)`` -> word changes (``diffs``)
* ``diff_words(a, b)`` -> list of ``Change`` (``worddiff``)
* ``analyse(comparison)`` -> ``Analysis``: scorecard, derivation, findings
* ``render(comparison, analysis, fmt)`` -> report text (``render``)
"""

from .analysis import Analysis, Stats, analyse
from .boilerplate import Rules, load_rules
from .compare import compare, resolve_base
from .diffs import CellDiffs
from .errors import BaseChoiceError, LoadError, RulesError, SyndiffError
from .loading import load_inputs
from .model import CellInfo, Change, Comparison, Finding, Paragraph, Row, Version
from .render import FORMATS, render
from .worddiff import diff_words

__all__ = [
    "Analysis", "BaseChoiceError", "CellDiffs", "CellInfo", "Change", "Comparison", "FORMATS", "Finding",
    "LoadError", "Paragraph", "Row", "Rules", "RulesError", "Stats", "SyndiffError", "Version",
    "analyse", "compare", "diff_words", "load_inputs", "load_rules", "render", "resolve_base",
]
