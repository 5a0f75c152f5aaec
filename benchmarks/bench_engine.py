"""Engine benchmark: align and diff big generated inputs, print timings.

Not a test: a script that prints numbers. It generates versions from the
bundled sample story with a fixed seed:

* N versions of P paragraphs each: paragraphs drawn from the sample, every
  version an edit of one master text (word substitutions, dropped, split,
  merged and moved paragraphs);
* a 2 MB single-paragraph file against an edited copy (aligned and diffed,
  then analysed: provenance and findings);
* long paragraphs against a rewrite of the same length (the sample's words
  shuffled: about the same vocabulary, nothing in the same order), the case
  where a plain diff-match-patch run costs (N + M) x D steps.

Usage: python benchmarks/bench_engine.py [--quick]
"""

from __future__ import annotations

import random
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.core import CellDiffs, analyse, compare  # noqa: E402
from tui.core.diff.worddiff import diff_words  # noqa: E402
from tui.core.input.loading import read_version  # noqa: E402
from tui.core.sample import sample_dir  # noqa: E402

SEED = 20250306


def sample_paragraphs() -> list[str]:
    """Article-like lines from the bundled sample, de-duplicated."""
    seen: dict[str, None] = {}
    for path in sorted(sample_dir().glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) >= 8:
                seen[line.strip()] = None
    return list(seen)


def master(paragraphs: list[str], count: int, rng: random.Random) -> list[str]:
    """A long article: sample paragraphs with every tenth word varied so they differ."""
    out = []
    for n in range(count):
        words = rng.choice(paragraphs).split()
        words = [f"{w}{n}" if k % 10 == 3 else w for k, w in enumerate(words)]
        out.append(" ".join(words))
    return out


def edit(text: list[str], rng: random.Random) -> list[str]:
    """A version: 5% words replaced, 5% paragraphs dropped, 5% split, 3% merged, 5% moved."""
    out: list[str] = []
    for paragraph in text:
        roll = rng.random()
        if roll < 0.05:
            continue
        words = [w if rng.random() > 0.05 else rng.choice(("said", "claimed", "new", "big", "many")) for w in
                 paragraph.split()]
        if roll < 0.10 and len(words) > 12:
            half = len(words) // 2
            out += [" ".join(words[:half]), " ".join(words[half:])]
        elif roll < 0.13 and out:
            out[-1] += " " + " ".join(words)
        else:
            out.append(" ".join(words))
    for _ in range(len(out) // 20):
        i, j = rng.randrange(len(out)), rng.randrange(len(out))
        out.insert(j, out.pop(i))
    return out


def make_versions(n_versions: int, n_paragraphs: int, seed: int = SEED):
    rng = random.Random(seed)
    base_text = master(sample_paragraphs(), n_paragraphs, rng)
    texts = [base_text] + [edit(base_text, rng) for _ in range(n_versions - 1)]
    return [read_version("\n".join(t).encode(), chr(65 + k), f"v{k}", f"v{k}.txt") for k, t in enumerate(texts)]


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def align_and_diff(versions, base=0):
    comparison = compare(versions, base)
    diffs = CellDiffs(comparison)
    for n in range(len(comparison.rows)):
        for v in range(len(versions)):
            diffs.diff(n, v)
    return comparison, diffs


def main() -> None:
    quick = "--quick" in sys.argv
    print("syndiff engine benchmark (times in seconds, one run each, this machine)")
    print("\n10 versions x P paragraphs: align + word-diff every aligned pair")
    sizes = (100, 300, 1000) if quick else (100, 300, 1000, 3000)
    previous = None
    for size in sizes:
        versions = make_versions(10, size)
        (comparison, diffs), elapsed = timed(lambda v=versions: align_and_diff(v))
        _, analysis_time = timed(lambda c=comparison, d=diffs: analyse(c, d))
        ratio = f"  x{elapsed / previous[1]:.2f} for x{size / previous[0]:.1f} paragraphs" if previous else ""
        print(f"  P={size:5d}: align+diff {elapsed:6.2f} s, analyse {analysis_time:5.2f} s, "
              f"{len(comparison.rows)} rows{ratio}")
        previous = (size, elapsed)
    print("\n2 MB single-paragraph file vs an edited copy")
    rng = random.Random(SEED)
    words = " ".join(sample_paragraphs()).split()
    big = []
    while sum(len(w) + 1 for w in big) < 2_000_000:
        big.extend(words)
    edited = [w if rng.random() > 0.02 else "CHANGED" for w in big]
    a = read_version(" ".join(big).encode(), "A", "big", "big.txt")
    b = read_version(" ".join(edited).encode(), "B", "big-edited", "big-edited.txt")
    (comparison, diffs), elapsed = timed(lambda: align_and_diff([a, b]))
    _, analysis_time = timed(lambda: analyse(comparison, diffs))
    print(f"  {len(' '.join(big)) / 1e6:.1f} MB: align + diff {elapsed:.2f} s, analyse {analysis_time:.2f} s")
    print("\nOne long paragraph against a rewrite (same words, shuffled): word diff")
    for count in (250, 1000, 4000):
        text = (words * (count // len(words) + 1))[:count]
        rewrite = list(text)
        rng.shuffle(rewrite)
        _, elapsed = timed(partial(diff_words, " ".join(text), " ".join(rewrite)))
        print(f"  {count:5d} words: {elapsed * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
