"""Facts highlighting: quotes, numbers, names and markers in article text.

The spans come from ``tui.core.analysis.lexer.fact_spans(text)`` (another part of the
project). ``FactSpans.load()`` returns a ``FactSpans`` or None when the lexer
is not available, so the viewer keeps working without it. A ``FactSpans``
answers ``spans(version, paragraph)`` for one comparison and caches every
paragraph's spans, so scrolling never lexes a paragraph twice.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.core import Comparison

Spans = list[tuple[int, int, str]]
KINDS = ("quote", "number", "name", "marker")


class FactSpans:
    """Cached fact spans for the paragraphs of one comparison."""

    def __init__(self, lexer: Callable[[str], Spans], comparison: Comparison) -> None:
        self.lexer = lexer
        self.comparison = comparison
        self._cache: dict[tuple[int, int], Spans] = {}

    @classmethod
    def load(cls, comparison: Comparison) -> FactSpans | None:
        """Facts for a comparison, or None when the lexer module is missing or broken."""
        try:
            from tui.core.analysis.lexer import fact_spans
        except Exception:  # noqa: BLE001 - any failure to import means "unavailable"
            return None
        return cls(fact_spans, comparison)

    def __call__(self, version: int, paragraph: int) -> Spans:
        """The fact spans (start, end, kind) of one paragraph; kinds outside KINDS are dropped."""
        key = (version, paragraph)
        spans = self._cache.get(key)
        if spans is None:
            text = self.comparison.versions[version].paragraphs[paragraph].text
            try:
                spans = [(s, e, k) for s, e, k in self.lexer(text) if k in KINDS and 0 <= s < e <= len(text)]
            except Exception:  # noqa: BLE001 - a lexer bug must not break the viewer
                spans = []
            self._cache[key] = spans
        return spans
