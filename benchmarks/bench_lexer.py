"""Facts lexer benchmark: first and cached calls, and its worst case so far. Prints timings.

Not a test (timings are noisy on a shared machine): the behaviour is tested
in tests/core/test_lexer.py; this script prints how long the lexer takes on
a paragraph of ordinary news text (first call, then cached calls) and on long
runs of capitals and quotation marks.

Usage: python benchmarks/bench_lexer.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.core.analysis.lexer import fact_spans  # noqa: E402

PARAGRAPH = " ".join(f"Officials in London said {n} people met Keir Starmer on Thursday, \u201cfor talks\u201d."
                     for n in range(9))
LONG_RUNS = ("Aa " * 5000) + ("\u201c" * 2000) + ("\u2018x" * 2000) + ("1," * 3000)


def timed(text: str, repeat: int = 1) -> float:
    """Milliseconds per call of fact_spans on text."""
    start = time.perf_counter()
    for _ in range(repeat):
        fact_spans(text)
    return (time.perf_counter() - start) * 1000 / repeat


def main() -> None:
    print(f"paragraph ({len(PARAGRAPH)} chars): first call {timed(PARAGRAPH):.2f} ms, "
          f"cached {timed(PARAGRAPH, 1000) * 1000:.1f} \u00b5s")
    print(f"long runs of capitals and marks ({len(LONG_RUNS)} chars): {timed(LONG_RUNS):.1f} ms")


if __name__ == "__main__":
    main()
