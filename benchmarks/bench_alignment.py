"""Alignment quality benchmark: prints numbers, asserts nothing.

Headline: the figures issue #8 section 3 asks for, precision and recall of
   every pair the rows claim (adv, int and ele in one comparison) for every
   base, against the targets (precision >= 0.98, recall >= 0.97), and the
   same for pairs sitting in one row (what ../shared/tools/weak_pairs.py counts).
1. Pair precision and recall against the hand-paired dev-corpus stories
   (tests/data/gold-alignment.json; see tests/core/test_align_gold.py for the
   definitions), per story with adv as the base, and overall for every base.
   Wrong and missed pairs are listed so they can be read.
2. The sample story's editor pairs (tests/core/test_sample.py) for every base:
   pair F1, where the pairs are those SAME_ROW lists and the claimed pairs are
   every row partner (in the listed version pair) of a paragraph SAME_ROW
   names, plus any APART pair that shares a row.
3. Derived share (verbatim + edited + paraphrase of the scorecard) of a light
   rewrite (adv -> int), a heavier one (adv -> ele) and independent texts on
   a related topic (the adv texts of two different stories, both orders; the
   sample's independent rewrite 003 against 001), as three distributions.

Usage: python benchmarks/bench_alignment.py [--quiet]
Needs ../shared/dev-corpus beside the repository for parts 1 and 3.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.conftest import SAMPLE  # noqa: E402
from tests.core import test_sample  # noqa: E402
from tests.core.test_align_gold import (  # noqa: E402
    LEVELS,
    claimed_pairs,
    corpus_dir,
    gold_pairs,
    load_gold,
    run_gold,
    run_pairwise,
    story_versions,
)
from tui.core import analyse, compare, load_inputs  # noqa: E402

INDEPENDENT = [
    # (story, story): different stories on a related topic
    ("Thatcher", "Nelson Mandela"),          # obituaries of political leaders
    ("WNL Mars", "WNL NASA Astronaut"),      # astronauts and space missions
    ("WNL Kiruna", "WNL Arctic Ramadan"),    # life in Arctic towns
    ("Amsterdam", "Bolivia"),                # drugs policy
    ("Hillsborough", "Ferguson"),            # English football
    ("WNL Extinction", "WNL On the trail"),  # wildlife decline, wolves
    ("WNL Swarthy caveman", "WNL Scientist"),  # DNA studies
    ("WNL Shops", "WNL Ways Facebook changed"),  # technology and privacy
]
"""Plus "WNL Arctic Ramadan" adv vs its ele, which the corpus holds as a different story (Google maps Iqaluit)."""


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


PRECISION_TARGET = 0.98
RECALL_TARGET = 0.97
"""Issue #8 section 3: on hand-paired stories, precision >= 0.98 at recall >= 0.97."""


def same_row_pairs(comparison) -> set:
    """Pairs (level, level paragraph, adv paragraph) sitting in one row: what
    ../shared/tools/weak_pairs.py counts (it does not read ``continued``)."""
    labels = [v.label for v in comparison.versions]
    adv = labels.index("adv")
    return {(label, i, j) for row in comparison.rows if row.relation != "boilerplate"
            for v, label in enumerate(labels) if v != adv for i in row.cells[v] for j in row.cells[adv]}


def headline() -> bool:
    """Precision and recall of every pair the rows claim, adv, int and ele in one comparison,
    for every base; whether the issue's targets are met."""
    print("Headline (issue #8 section 3): adv, int and ele in one comparison, every pair of paragraphs")
    print("in one row claimed (a cell that covers several rows, Row.continued, in each of them);")
    print("same-row: only paragraphs sitting in one row (as ../shared/tools/weak_pairs.py counts)")
    gold = load_gold()
    folder = corpus_dir(gold)
    met = True
    for base in LEVELS:
        right = claimed = wanted = right_row = claimed_row = 0
        for name, story in gold["stories"].items():
            comparison = compare(story_versions(folder / name), LEVELS.index(base))
            pairs = gold_pairs(story)
            claims, row_claims = claimed_pairs(comparison), same_row_pairs(comparison)
            right, claimed, wanted = right + len(claims & pairs), claimed + len(claims), wanted + len(pairs)
            right_row, claimed_row = right_row + len(row_claims & pairs), claimed_row + len(row_claims)
        precision, recall = ratio(right, claimed), ratio(right, wanted)
        ok = precision >= PRECISION_TARGET and recall >= RECALL_TARGET
        met = met and ok
        print(f"   base {base}: precision {precision:.3f} ({right}/{claimed}), recall {recall:.3f} ({right}/{wanted})"
              f"  same-row: precision {ratio(right_row, claimed_row):.3f} ({right_row}/{claimed_row}), "
              f"recall {ratio(right_row, wanted):.3f}  -> {'target met' if ok else 'TARGET NOT MET'}")
    print(f"   targets: precision >= {PRECISION_TARGET}, recall >= {RECALL_TARGET} for every base: "
          f"{'met' if met else 'NOT met'}\n")
    return met


def part_alignment(verbose: bool) -> None:
    print("1. Hand-paired dev-corpus stories: pair precision / recall")
    print("   adv, int and ele in one comparison (row-bound: wrong pairs only because a row holds")
    print("   a merge of one level and the separate paragraphs of another)")
    for base in LEVELS:
        start = time.perf_counter()
        results = run_gold(base)
        elapsed = time.perf_counter() - start
        right = claimed = wanted = bound = 0
        for name, (c, g, b) in results.items():
            r = len(c & g)
            right, claimed, wanted, bound = right + r, claimed + len(c), wanted + len(g), bound + len(b)
            if base == "adv":
                print(f"   {name:22s} precision {ratio(r, len(c)):.3f} ({r}/{len(c)}, row-bound {len(b)})  "
                      f"recall {ratio(r, len(g)):.3f} ({r}/{len(g)})")
                if verbose and (c - g or g - c):
                    print(f"      wrong {sorted(c - g - b)}  row-bound {sorted(b)}  missed {sorted(g - c)}")
            elif verbose and (c - g):
                print(f"      base {base}, {name}: wrong {sorted(c - g)}")
        print(f"   base {base}: precision {ratio(right, claimed):.3f} ({right}/{claimed}), "
              f"row-bound aside {ratio(right, claimed - bound):.3f} ({right}/{claimed - bound}), "
              f"recall {ratio(right, wanted):.3f} ({right}/{wanted})  [{elapsed:.1f} s]")
    print("   adv and one level at a time")
    for base_is_adv in (True, False):
        results = run_pairwise(base_is_adv)
        right = sum(len(c & g) for c, g in results.values())
        claimed = sum(len(c) for c, _ in results.values())
        wanted = sum(len(g) for _, g in results.values())
        print(f"   base {'adv' if base_is_adv else 'level'}: precision {ratio(right, claimed):.3f} "
              f"({right}/{claimed}), recall {ratio(right, wanted):.3f} ({right}/{wanted})")
        if verbose:
            for name, (c, g) in results.items():
                if c != g:
                    print(f"      {name}: wrong {sorted(c - g)}  missed {sorted(g - c)}")


def _sample_f1(comparison) -> tuple[float, int, int, int]:
    labels = [v.label for v in comparison.versions]
    row_of = {}
    for n, row in enumerate(comparison.rows):
        for v, cell in enumerate(row.cells):
            for i in cell:
                row_of[(labels[v], i)] = n
    gold = set(test_sample.SAME_ROW)
    listed = {(a, b[0]) for a, b in gold}
    claimed = set()
    for (label_a, i), label_b in listed:
        n = row_of[(label_a, i)]
        v = labels.index(label_b)
        claimed.update(((label_a, i), (label_b, j)) for j in comparison.rows[n].cells[v])
    claimed |= {pair for pair in test_sample.APART if row_of[pair[0]] == row_of[pair[1]]}
    right = len(claimed & gold)
    p, r = ratio(right, len(claimed)), ratio(right, len(gold))
    return (2 * p * r / (p + r) if p + r else 0.0), right, len(claimed), len(gold)


def part_sample() -> None:
    print("\n2. The sample's editor pairs, every base: pair F1")
    versions = load_inputs([str(SAMPLE)])
    worst = 1.0
    for base, version in enumerate(versions):
        f1, right, claimed, wanted = _sample_f1(compare(versions, base))
        worst = min(worst, f1)
        print(f"   base {version.label[:3]}: F1 {f1:.3f} (right {right}, claimed {claimed}, editor {wanted})")
    print(f"   worst base: F1 {worst:.3f}")


def derived(versions, base: int = 0) -> tuple[float, float]:
    """(derived share, copied share: verbatim + edited) of the other version against the base."""
    stats = analyse(compare(versions, base)).stats[1 - base]
    return stats.verbatim + stats.edited + stats.paraphrase, stats.verbatim + stats.edited


def summary(name: str, values: list[tuple[float, float]]) -> None:
    for k, what in enumerate(("derived", "copied")):
        column = [v[k] for v in values]
        print(f"   {name:12s} {what:8s} n={len(column):2d}  mean {statistics.mean(column):.3f}  "
              f"min {min(column):.3f}  median {statistics.median(column):.3f}  max {max(column):.3f}")


def part_credit(verbose: bool) -> None:
    print("\n3. Derived share (verbatim + edited + paraphrase) of the second text against the first")
    folder = corpus_dir(load_gold())
    stories = sorted(p.name for p in folder.iterdir() if p.is_dir())
    light, heavy = [], []
    for name in stories:
        adv, int_, ele = story_versions(folder / name)
        if name != "WNL Arctic Ramadan":
            heavy.append(derived([adv, ele]))
        light.append(derived([adv, int_]))
    independent = []
    for x, y in INDEPENDENT:
        ax, ay = story_versions(folder / x, ("adv",))[0], story_versions(folder / y, ("adv",))[0]
        for first, second, label in ((ax, ay, f"{x} -> {y}"), (ay, ax, f"{y} -> {x}")):
            independent.append(share := derived([first, second]))
            if verbose:
                print(f"      independent {label}: {share[0]:.3f}")
    adv, _, ele = story_versions(folder / "WNL Arctic Ramadan")
    pairs = [("Arctic Ramadan adv", adv, "its ele (Google maps Iqaluit)", ele)]
    sample = {v.label[:3]: v for v in load_inputs([str(SAMPLE)])}
    pairs += [(f"sample {x}", sample[x], "003", sample["003"]) for x in ("001", "000", "002")]
    for x, vx, y, vy in pairs:
        there, back = derived([vx, vy]), derived([vy, vx])
        independent += [there, back]
        if verbose:
            print(f"      independent {x} / {y}: {there[0]:.3f} and {back[0]:.3f}")
    summary("light (int)", light)
    summary("heavy (ele)", heavy)
    summary("independent", independent)


def main() -> None:
    verbose = "--quiet" not in sys.argv
    headline()
    part_alignment(verbose)
    part_sample()
    part_credit(verbose)


if __name__ == "__main__":
    main()
