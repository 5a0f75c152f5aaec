"""How long the documented input limits let a run take, and how fast a refusal comes.

Run: ``python benchmarks/bench_limits.py [--quick]``. It writes synthetic inputs in a
temporary folder and times whole ``syndiff report -f json -o ...`` runs (interpreter
start included), printing seconds and the exit status for each case:

* a single line at the byte limit (``files.MAX_BYTES``) against a short file, and a quarter of it;
* two versions at the paragraph limit (``loading.MAX_PARAGRAPHS`` short paragraphs), and half of it;
* the cases of issue 13 past the limits (a 50 MB line, 200,000 paragraphs): refused.

Timings are noisy on a shared machine: compare rows of one run, not runs.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tui.core.input.files import MAX_BYTES
from tui.core.input.loading import MAX_PARAGRAPHS

WORDS = ("the council approved budget mayor was pleased new plan city said would year people police "
         "minister report week").split()


def _line(rng: random.Random, size: int) -> str:
    out, length = [], 0
    while length < size:
        word = rng.choice(WORDS)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[: size - 1] + "\n"


def _paragraphs(rng: random.Random, count: int) -> str:
    return "".join(f"{' '.join(rng.choice(WORDS) for _ in range(5)).capitalize()}.\n" for _ in range(count))


def _pair(rng: random.Random, stem: str, count: int) -> dict[str, str]:
    return {f"{stem}a.txt": _paragraphs(rng, count), f"{stem}b.txt": _paragraphs(rng, count)}


def _time(folder: Path, *names: str) -> tuple[float, int]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "tui", "report", *names, "-f", "json", "-o", "out.json"],
                            cwd=folder, capture_output=True)
    return time.perf_counter() - start, result.returncode


def main() -> None:
    quick = "--quick" in sys.argv
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "short.txt").write_text("The council approved the budget.\nThe mayor was pleased.\n")
        size, count = MAX_BYTES - 10, MAX_PARAGRAPHS
        cases = [(f"line {size // 4:,} bytes vs short", {"l1.txt": _line(rng, size // 4)}, ("l1.txt", "short.txt")),
                 (f"paragraphs 2 x {count // 2:,}", _pair(rng, "p1", count // 2), ("p1a.txt", "p1b.txt"))]
        if not quick:
            cases += [(f"line {size:,} bytes (limit) vs short", {"l2.txt": _line(rng, size)}, ("l2.txt", "short.txt")),
                      (f"paragraphs 2 x {count:,} (limit)", _pair(rng, "p2", count), ("p2a.txt", "p2b.txt")),
                      ("line 50 MB: refused", {"l3.txt": _line(rng, 50 << 20)}, ("l3.txt", "short.txt")),
                      ("paragraphs 2 x 200,000: refused", _pair(rng, "p3", 200_000), ("p3a.txt", "p3b.txt"))]
        print(f"{'case':36} {'seconds':>8} exit")
        for name, files, args in cases:
            for file_name, text in files.items():
                (folder / file_name).write_text(text, encoding="utf-8")
            seconds, status = _time(folder, *args)
            print(f"{name:36} {seconds:8.2f} {status}")


if __name__ == "__main__":
    main()
