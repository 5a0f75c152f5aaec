"""A/B: the viewer's first paint on the sample, another source tree against this one.

Not a test: a script that prints numbers. ``OTHER`` is a folder holding an
older ``tui`` package and ``sample_articles`` (for instance ``git archive main
tui sample_articles | tar -x -C /tmp/old``). Each round runs, one fresh process
after another, the empty Textual app, then the other tree's viewer and this
tree's (their order alternating from round to round), with bench_viewer's own
code (headless 160x48, until the grid is painted, byte-code cached as for an
installed package). Prints, for wall-clock and CPU time, the medians and their
ratios to the empty app, the median of the paired differences (this tree minus
the other, same round) and the medians of the paired ratios. CPU time is the
steadier figure on a shared machine.

Usage: python benchmarks/ab_viewer.py OTHER [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_viewer import EMPTY_APP, VIEWER_APP, first_paint  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="a folder holding the other tui package and sample_articles")
    parser.add_argument("--runs", type=int, default=31, help="rounds (default 31)")
    args = parser.parse_args()
    other = args.other.resolve()
    for tree in (other, ROOT):  # warm the file cache and write each tree's byte-code
        first_paint(EMPTY_APP, tree)
        first_paint(VIEWER_APP, tree)
    rounds = []
    for n in range(args.runs):
        empty = first_paint(EMPTY_APP)
        if n % 2:
            this = first_paint(VIEWER_APP)
            old = first_paint(VIEWER_APP, other)
        else:
            old = first_paint(VIEWER_APP, other)
            this = first_paint(VIEWER_APP)
        rounds.append((empty, old, this))
    print(f"first paint on the sample, {args.runs} rounds (empty app, {other}, {ROOT}):")
    for k, what in enumerate(("wall clock", "CPU time")):
        empty = [r[0][k] for r in rounds]
        old = [r[1][k] for r in rounds]
        this = [r[2][k] for r in rounds]
        base = statistics.median(empty)
        print(f"  {what}: empty app {base * 1000:.1f} ms; other {statistics.median(old) * 1000:.1f} ms "
              f"({statistics.median(old) / base:.3f}x); this {statistics.median(this) * 1000:.1f} ms "
              f"({statistics.median(this) / base:.3f}x)")
        diff = statistics.median(t - o for t, o in zip(this, old, strict=True))
        old_ratio = statistics.median(o / e for o, e in zip(old, empty, strict=True))
        this_ratio = statistics.median(t / e for t, e in zip(this, empty, strict=True))
        print(f"    paired: this - other {diff * 1000:+.1f} ms; ratios to the empty app: other {old_ratio:.3f}x, "
              f"this {this_ratio:.3f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
