"""Input readers benchmark: what each input format costs, printed (not a test).

For every format it prints, from fresh interpreters (median of a few runs):

* the import time of the library the reader loads (only when such a file is
  given: plain-text inputs load none of them);
* the time to read the sample's original article saved in that format (a
  realistic news page around it for .html, linked names for .md, a Word file
  for .docx), library import included and excluded.

Usage: python benchmarks/bench_readers.py [--runs N]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIBRARIES = {"txt": None, "md": "markdown_it", "html": "trafilatura", "docx": "docx"}

TIMER = """
import sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
if {library!r}:
    __import__({library!r})
t1 = time.perf_counter()
from tui.core.input.loading import read_version
t2 = time.perf_counter()
read_version(open({path!r}, "rb").read(), "A", "a", {path!r})
t3 = time.perf_counter()
print((t1 - t0) * 1000, (t3 - t2) * 1000)
"""


def write_inputs(folder: Path) -> dict[str, Path]:
    """The sample's original article in every format the readers take."""
    from tests.core.test_readers import TITLE, markdown_copy, original, page, word_document

    files = {"txt": folder / "story.txt", "md": folder / "story.md", "html": folder / "story.html",
             "docx": folder / "story.docx"}
    files["txt"].write_text("\n".join(original()) + "\n", encoding="utf-8")
    files["md"].write_text(markdown_copy(), encoding="utf-8")
    files["html"].write_text(page(original(), TITLE), encoding="utf-8")
    files["docx"].write_bytes(word_document(original(), TITLE))
    return files


def measure(library: str | None, path: Path, runs: int) -> tuple[float, float]:
    """Median import and read times (ms) over fresh interpreters."""
    results = []
    for _ in range(runs):
        code = TIMER.format(root=str(ROOT), library=library or "", path=str(path))
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        results.append(tuple(float(x) for x in out.split()))
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    with tempfile.TemporaryDirectory() as tmp:
        files = write_inputs(Path(tmp))
        print(f"{'format':8}{'library':14}{'import ms':>10}{'read ms':>10}   (median of {runs} fresh runs)")
        for fmt, library in LIBRARIES.items():
            imported, read = measure(library, files[fmt], runs)
            print(f"{fmt:8}{library or '-':14}{imported:10.0f}{read:10.1f}")


if __name__ == "__main__":
    main()
