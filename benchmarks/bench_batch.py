"""Batch benchmark: ``syndiff batch`` against one ``syndiff report`` process per story.

Not a test: a script that prints numbers. It turns the 30 dev-corpus stories
(``../shared/dev-corpus/onestopenglish/*/``, three versions each) into one
JSONL file (texts as in the files, BOM included, so each line's report is the
one ``syndiff report --format json FOLDER`` prints), then times, alternating
for ``--runs`` rounds (default 3):

* ``syndiff batch IN.jsonl -o OUT.jsonl`` (default workers: the cores);
* ``syndiff report --format json FOLDER -o ...`` run once per story, one after another;

and prints the medians and their ratio. It also checks that every batch line,
without its ``id``, is the JSON report of the same story (parsed and compared).
With ``--dask``, ``syndiff batch --dask local`` is timed too.

Usage: python benchmarks/bench_batch.py [--runs N] [--dask]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "dev-corpus" / "onestopenglish"
SYNDIFF = str(Path(sys.executable).parent / "syndiff")


def story_folders() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.is_dir())


def write_jsonl(folders: list[Path], target: Path) -> None:
    with target.open("w", encoding="utf-8") as out:
        for folder in folders:
            versions = [{"label": f.stem, "text": f.read_bytes().decode("utf-8"), "path": str(folder / f.name)}
                        for f in sorted(folder.glob("*.txt"))]
            out.write(json.dumps({"id": folder.name, "versions": versions}, ensure_ascii=False) + "\n")


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def one_per_story(folders: list[Path], out: Path) -> float:
    start = time.perf_counter()
    for folder in folders:
        subprocess.run([SYNDIFF, "report", "--format", "json", str(folder), "-o", str(out / f"{folder.name}.json")],
                       check=True)
    return time.perf_counter() - start


def check(folders: list[Path], batch_out: Path, reports: Path) -> int:
    """Stories whose batch line differs from their own report."""
    lines = [json.loads(line) for line in batch_out.read_text(encoding="utf-8").splitlines()]
    bad = 0
    for folder, line in zip(folders, lines, strict=True):
        story_id = line.pop("id")
        report = json.loads((reports / f"{folder.name}.json").read_text(encoding="utf-8"))
        if story_id != folder.name or line != report:
            bad += 1
            print(f"  {folder.name}: the batch line differs from the report")
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dask", action="store_true", help="also time --dask local")
    args = parser.parse_args()
    folders = story_folders()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        source, batch_out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        write_jsonl(folders, source)
        times: dict[str, list[float]] = {"batch": [], "report per story": []}
        if args.dask:
            times["batch --dask local"] = []
        for _ in range(args.runs):
            times["batch"].append(timed([SYNDIFF, "batch", str(source), "-o", str(batch_out)]))
            times["report per story"].append(one_per_story(folders, tmp_path))
            if args.dask:
                times["batch --dask local"].append(
                    timed([SYNDIFF, "batch", str(source), "-o", str(tmp_path / "dask.jsonl"), "--dask", "local"]))
        bad = check(folders, batch_out, tmp_path)
        if args.dask and (tmp_path / "dask.jsonl").read_bytes() != batch_out.read_bytes():
            bad += 1
            print("  --dask local output differs from the output without --dask")
    print(f"{len(folders)} dev-corpus stories, 3 versions each; median of {args.runs} runs (wall, seconds)")
    for name, values in times.items():
        print(f"  {name:20s} {statistics.median(values):6.2f}  ({', '.join(f'{v:.2f}' for v in values)})")
    speedup = statistics.median(times["report per story"]) / statistics.median(times["batch"])
    print(f"  batch is {speedup:.1f}x faster than one report process per story")
    print(f"  identical reports: {'yes' if not bad else f'no, {bad} differ'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
