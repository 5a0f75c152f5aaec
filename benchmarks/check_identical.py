"""Check that a speed change left the JSON reports unchanged.

Not a test: a script run before and after a change. ``--save DIR`` writes the
JSON report (``syndiff report --format json``, run in-process through the
command's own entry point) of every story into DIR (the sample once per base); ``--check DIR`` writes
them again and compares each with the saved one: byte for byte, and if the
bytes differ, as parsed JSON (so a change of indentation alone shows as
such). The stories: the bundled sample, the 30 dev-corpus stories
(``../shared/dev-corpus/onestopenglish/*/``, when present) and generated hard
stories (``hardstory``: 3 x 60 for several seeds, 10 x 100, 10 x 300 and
10 x 1,000). To save the
reports of another tree (say main's), copy this script and ``hardstory.py``
into that tree's ``benchmarks/`` and run it there with ``SYNDIFF_CORPUS`` set.

Usage: python benchmarks/check_identical.py --save DIR | --check DIR
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from hardstory import write_story  # noqa: E402

from tui.cli import main as syndiff  # noqa: E402

CORPUS = Path(os.environ.get("SYNDIFF_CORPUS", ROOT.parent / "shared" / "dev-corpus" / "onestopenglish"))
GENERATED = [(3, 60, seed) for seed in range(1, 9)] + [(10, 100, 1), (10, 300, 1), (10, 1000, 1)]
SAMPLE_BASES = 4  # the sample's versions: its report against each one


def stories(scratch: Path) -> list[tuple[str, Path, list[str]]]:
    """(name, folder, extra arguments) of every report checked."""
    shutil.copytree(ROOT / "sample_articles" / "coalition-of-the-willing", scratch / "sample")
    found = [("sample", Path("sample"), [])]  # relative, as the generated stories: the same path from any tree
    found += [(f"sample-base{n}", Path("sample"), ["--base", str(n)]) for n in range(1, SAMPLE_BASES + 1)]
    if CORPUS.is_dir():
        found += [(f"corpus-{p.name}", p, []) for p in sorted(CORPUS.iterdir()) if p.is_dir()]
    for versions, paragraphs, seed in GENERATED:
        name = f"hard-{versions}x{paragraphs}-seed{seed}"
        write_story(scratch / name, versions, paragraphs, seed)
        found.append((name, Path(name), []))  # relative to the scratch folder: the same path in every run
    return found


def report(folder: Path, out: Path, extra: list[str]) -> bytes:
    status = syndiff(["report", "--format", "json", *extra, str(folder), "-o", str(out)])
    if status:
        raise SystemExit(f"syndiff report failed on {folder} (exit {status})")
    return out.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", metavar="DIR")
    group.add_argument("--check", metavar="DIR")
    args = parser.parse_args()
    target = Path(args.save or args.check).resolve()
    target.mkdir(parents=True, exist_ok=True)
    same = whitespace = different = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        for name, folder, extra in stories(Path(tmp)):
            now = report(folder, Path(tmp) / "report.json", extra)
            saved_path = target / f"{name}.json"
            if args.save:
                saved_path.write_bytes(now)
                continue
            saved = saved_path.read_bytes()
            if saved == now:
                same += 1
            elif json.loads(saved) == json.loads(now):
                whitespace += 1
                print(f"{name}: same JSON, other whitespace")
            else:
                different += 1
                print(f"{name}: DIFFERENT")
    if args.save:
        print(f"saved the reports in {target}")
        return 0
    print(f"{same} byte-identical, {whitespace} same JSON with other whitespace, {different} different")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
