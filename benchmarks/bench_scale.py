"""Scale benchmark on the hard case: stages of a JSON report, and the whole process.

Not a test: a script that prints numbers (seconds, this machine). For 10
versions x 100, 300 and 1,000 paragraphs (``hardstory``: every version an
independent edit of one master, 8% word noise, drops, splits, merges, local
moves), it times in one process:

* load: decode, segment and label the texts;
* compare: align and classify the rows;
* analyse: the word diffs of every aligned cell, the scorecard and the findings;
* render: the JSON report (the word diffs already shared through ``CellDiffs``);

then the whole ``syndiff report --format json`` process (a subprocess, so
start-up and imports count) on the 10 x 1,000 story written to a temporary
folder, output to a file. Each figure is the median of ``--runs`` runs
(default 3; 1 with ``--quick``). Wall and CPU seconds are printed: on a
shared machine CPU time is the steadier figure, and the load is printed too.

Usage: python benchmarks/bench_scale.py [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from hardstory import hard_texts, write_story  # noqa: E402

from tui.core import CellDiffs, analyse, compare, render  # noqa: E402
from tui.core.input.loading import read_version  # noqa: E402


def _stages(texts: list[str]) -> dict[str, float]:
    times = {}
    cpu = time.process_time()
    start = time.perf_counter()
    versions = [read_version(t.encode(), chr(65 + n), f"v{n:02d}", f"v{n:02d}.txt") for n, t in enumerate(texts)]
    times["load"] = time.perf_counter() - start
    mark = time.perf_counter()
    comparison = compare(versions)
    times["compare"] = time.perf_counter() - mark
    mark = time.perf_counter()
    diffs = CellDiffs(comparison)
    analysis = analyse(comparison, diffs)
    times["analyse"] = time.perf_counter() - mark
    mark = time.perf_counter()
    render(comparison, analysis, "json", diffs=diffs)
    times["render"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - start
    times["cpu"] = time.process_time() - cpu
    return times


def _process(folder: Path, out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one report process."""
    command = [str(Path(sys.executable).parent / "syndiff"), "report", "--format", "json", str(folder), "-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run each, 100 and 1,000 paragraphs only")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    sizes = (100, 1000) if args.quick else (100, 300, 1000)
    print(f"syndiff scale benchmark: 10 versions, hard edits (median of {runs}, seconds)")
    print(f"{'paragraphs':>10} {'load':>7} {'compare':>8} {'analyse':>8} {'render':>7} {'total':>7} {'CPU':>7}")
    for size in sizes:
        texts = hard_texts(10, size)
        samples = [_stages(texts) for _ in range(runs)]
        med = {k: statistics.median(s[k] for s in samples) for k in samples[0]}
        print(f"{size:>10} {med['load']:7.3f} {med['compare']:8.3f} {med['analyse']:8.3f} "
              f"{med['render']:7.3f} {med['total']:7.3f} {med['cpu']:7.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "story"
        write_story(folder, 10, 1000)
        runs_ = [_process(folder, Path(tmp) / "report.json") for _ in range(runs)]
    walls = [w for w, _ in runs_]
    print(f"whole process `syndiff report --format json` on 10 x 1000: {statistics.median(walls):.2f} s wall, "
          f"{statistics.median(c for _, c in runs_):.2f} s CPU (runs: {', '.join(f'{w:.2f}' for w in walls)} s wall)")
    print(f"machine load (1-minute average, {os.cpu_count()} cores): {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
