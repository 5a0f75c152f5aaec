"""A/B: the whole ``syndiff report --format json`` process, another source tree against this one.

Not a test: a script that prints numbers. ``OTHER`` is a folder holding an
older ``tui`` package (for instance ``git archive main tui sample_articles |
tar -x -C /tmp/old``). Both run with this Python, alternating, from a neutral
folder so each imports its own ``tui``; on the story folder given (default:
the hard 10 x 1,000 story, generated into a temporary folder). Prints the
median wall and user+system CPU time of each, and whether the outputs are
byte-identical. CPU time is the steadier figure on a shared machine: user+system
of the process and its forked helpers, and of the main process alone (the
floor of its wall time on an idle machine with enough cores), until ``main``
returns and with the interpreter's exit after it.

Usage: python benchmarks/ab_report.py OTHER [STORY_DIR] [--runs N]
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

from hardstory import write_story  # noqa: E402

RUN = """
import resource, sys, tui, tui.cli
from tui.cli import main
getattr(tui.cli, "prepare", lambda argv: None)(sys.argv[1:])  # as the command starts (tui.cli.entry)
status = main()
me, helpers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(me.ru_utime + me.ru_stime, helpers.ru_utime + helpers.ru_stime, file=sys.stderr, flush=True)
getattr(tui.cli, "leave", lambda status, argv: sys.exit(status))(status, sys.argv[1:])  # as the command leaves
"""


def run(tree: Path, story: Path, out: Path, cwd: str) -> tuple[float, float, float, float]:
    """(wall, cpu with forked helpers, cpu of the main process until ``main`` returns, the same with its exit)
    of one report process importing tui from tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUN, "report", "--format", "json", str(story), "-o", str(out)],
                          check=True, cwd=cwd, env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True,
                          text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    main_cpu, helpers = map(float, done.stderr.split()[-2:])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, main_cpu, cpu - helpers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path)
    parser.add_argument("story", type=Path, nargs="?")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        story = args.story or write_story(Path(tmp) / "story", 10, 1000)[0].parent
        trees = {"other": args.other.resolve(), "this": ROOT}
        times: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in trees}
        for _ in range(args.runs):
            for name, tree in trees.items():
                times[name].append(run(tree, story.resolve(), Path(tmp) / f"{name}.json", tmp))
        same = (Path(tmp) / "other.json").read_bytes() == (Path(tmp) / "this.json").read_bytes()
    for name, values in times.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        main_cpu = statistics.median(v[2] for v in values)
        with_exit = statistics.median(v[3] for v in values)
        print(f"{name:6s} {trees[name]}: wall {wall:5.2f} s, CPU {cpu:5.2f} s, main process CPU {main_cpu:5.2f} s "
              f"({with_exit:5.2f} s with its exit) (median of {args.runs})")
    print("outputs byte-identical" if same else "OUTPUTS DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
