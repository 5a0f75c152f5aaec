"""HTML report benchmark: size of the page and of its pictures, and render time. Prints numbers.

Not a test. For the bundled sample and a generated story (N versions x P
paragraphs, ``bigstory.make_story``), it prints the report's size, the size of
the change map, the derivation graph and the similarity table, and the time
to render the page once the comparison, analysis and word diffs are done
(best of 3 runs, so the word diffs are cached after the first).

Usage: python benchmarks/bench_html_report.py [--quick]
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bigstory import make_story  # noqa: E402
from tui.core import CellDiffs, analyse, compare, load_inputs  # noqa: E402
from tui.core.report.report_html import render_html  # noqa: E402
from tui.core.sample import sample_dir  # noqa: E402

PARTS = {"map": r'<svg class="map(?: dense)?".*?</svg>', "graph": r'<svg class="graph".*?</svg>',
         "matrix": r'<table class="sim".*?</table>'}


def measure(name: str, folder: str) -> None:
    """Print the sizes and the render time of one story's report."""
    comparison = compare(load_inputs([folder]))
    diffs = CellDiffs(comparison)
    analysis = analyse(comparison, diffs)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        html = render_html(comparison, analysis, diffs)
        best = min(best, time.perf_counter() - start)
    sizes = ", ".join(f"{part} {len(re.search(p, html, re.S).group().encode()) / 1000:.1f} kB"
                      for part, p in PARTS.items())
    print(f"{name}: {len(comparison.versions)} versions, {len(comparison.rows)} rows; "
          f"report {len(html.encode()) / 1000:.1f} kB ({sizes}); render {best * 1000:.0f} ms")


def main() -> None:
    """Sample, then a generated story."""
    measure("sample", str(sample_dir()))
    versions, paragraphs = (4, 200) if "--quick" in sys.argv else (10, 1000)
    with tempfile.TemporaryDirectory() as folder:
        make_story(folder, versions, paragraphs)
        measure(f"generated {versions} x {paragraphs}", folder)


if __name__ == "__main__":
    main()
