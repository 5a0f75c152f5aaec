"""How long the review bookkeeping takes on a big story (prints numbers; asserts nothing).

A decision costs: the row keys of the comparison (once per comparison), placing the
decisions on the rows (after every change) and the atomic write of the review file.
Run: python benchmarks/bench_review.py [versions] [paragraphs]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bigstory import make_story  # noqa: E402

from tui.core import compare, load_inputs  # noqa: E402
from tui.core.review.decisions import attach, decide, index_rows  # noqa: E402
from tui.core.review.review_store import ReviewStore  # noqa: E402


def timed(label: str, work, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best * 1000:8.1f} ms")
    return result


def main() -> None:
    versions, paragraphs = (int(a) for a in (sys.argv[1:3] if len(sys.argv) > 2 else (10, 1000)))
    with tempfile.TemporaryDirectory() as folder:
        make_story(folder, versions, paragraphs)
        loaded = load_inputs([folder])
        comparison = compare(loaded)
        rows = len(comparison.rows)
        print(f"{versions} versions x {paragraphs} paragraphs: {rows} rows")
        index = timed("row keys and texts (once per comparison)", lambda: index_rows(comparison))
        decisions = [decide(comparison, n, "accepted", "", index.keys[n]) for n in range(0, rows, 10)]
        timed(f"attach {len(decisions)} decisions, no index", lambda: attach(comparison, decisions))
        timed(f"attach {len(decisions)} decisions (after each key)", lambda: attach(comparison, decisions, index))
        store = ReviewStore.open(Path(folder) / ".syndiff-review.json", loaded)
        for d in decisions:
            store.decisions[d.key] = d
        timed(f"save {len(decisions)} decisions (atomic, fsync)", lambda: store.put(decisions[0]))


if __name__ == "__main__":
    main()
