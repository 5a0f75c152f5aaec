"""Boilerplate benchmark: precision and recall on labelled real pages, false labels elsewhere, per-rule times.

Not a test: a script that prints numbers.

* Precision and recall on the pages labelled by hand in
  ``tests/data/boilerplate/`` (see the README there): the ``tune`` and
  ``held-out`` halves of ``pages.jsonl`` (44 pages), the ``second-set``
  (``pages-readability.jsonl``, 12 pages from another source, labelled after
  the rules were written and never tuned on), the ``third-set``
  (``pages-third.jsonl``, 12 more pages from that source, labelled after the
  rules for names, closing lists and parenthesised credits were written; its
  misses were used for the third round's rules, so it now flatters), the ``fourth-set``
  (``pages-fourth.jsonl``, 13 pages from a third source, labelled before any
  rule of the third round was written; only its totals are printed, never its
  errors or its misses by class), and all of them. Precision: the share of labelled blocks that
  are not article text. Recall: the share of in-article furniture labelled.
  Also counted: article paragraphs of more than 20 words labelled
  ``related-links`` (must be 0).
* Labels on the 90 dev-corpus files (article text only: should be 0) and on
  the bundled sample (per version).
* The time to label 10 x 1,000 dev-corpus paragraphs, and to run the
  cross-version pass on them.
* For every built-in pattern, the total time over the adversarial lines
  (``tests/core/adversarial.py``) of 100, 500 and 2,000 characters.

Usage: python benchmarks/bench_boilerplate.py [--errors] [--no-timing]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core import load_inputs  # noqa: E402
from tui.core.input.boilerplate import label_paragraphs, label_story  # noqa: E402
from tui.core.input.rules import default_rules  # noqa: E402
from tui.core.model import Paragraph, Version  # noqa: E402

DATA = ROOT / "tests" / "data" / "boilerplate"
PAGE_FILES = (DATA / "pages.jsonl", DATA / "pages-readability.jsonl", DATA / "pages-third.jsonl",
              DATA / "pages-fourth.jsonl")
UNSEEN = "fourth-set"  # totals only: its errors and misses are never printed
DEV_CORPUS = Path("/work/shared/dev-corpus/onestopenglish")
SAMPLE = ROOT / "sample_articles" / "coalition-of-the-willing"


def load_pages() -> list[dict]:
    return [json.loads(line) for path in PAGE_FILES
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(page: dict) -> list[Paragraph]:
    paragraphs = [Paragraph(i, i + 1, i + 1, text) for i, (_, text) in enumerate(page["blocks"])]
    return list(label_paragraphs(paragraphs))


def score(pages: list[dict], show_errors: bool) -> dict:
    tally = Counter()
    missed = Counter()
    for page in pages:
        for (truth, text), para in zip(page["blocks"], predict(page), strict=True):
            furniture, predicted = truth != "article", para.boilerplate is not None
            tally["pred"] += predicted
            tally["right"] += predicted and furniture
            if furniture and truth != "chrome":
                tally["in_article"] += 1
                tally["found"] += predicted
                missed[truth] += not predicted
            if not furniture and para.boilerplate == "related-links" and len(text.split()) > 20:
                tally["long_related"] += 1
            if show_errors and predicted != furniture and truth != "chrome":
                kind = "FALSE" if predicted else "MISSED"
                print(f"  {kind:6} {truth:>13} -> {para.boilerplate_rule or '-':22} {text[:90]}")
    tally["precision"] = tally["right"] / tally["pred"] if tally["pred"] else 1.0
    tally["recall"] = tally["found"] / tally["in_article"] if tally["in_article"] else 1.0
    tally["missed"] = missed
    return tally


def report_pages(show_errors: bool) -> None:
    pages = load_pages()
    print(f"labelled pages: {len(pages)} ({sum(len(p['blocks']) for p in pages)} blocks)")
    for split in ("tune", "held-out", "second-set", "third-set", UNSEEN, None):
        chosen = [p for p in pages if split is None or p["split"] == split]
        errors = show_errors and split not in (None, UNSEEN)
        if errors:
            print(f"-- errors on {split}")
        t = score(chosen, errors)
        print(f"  {split or 'all':9} precision {t['precision']:.3f} ({t['right']}/{t['pred']})  "
              f"recall {t['recall']:.3f} ({t['found']}/{t['in_article']})  "
              f"long prose as related-links: {t['long_related']}")
    seen = score([p for p in pages if p["split"] != UNSEEN], False)
    print(f"  missed by class (all but the {UNSEEN}):",
          ", ".join(f"{k} {v}" for k, v in seen["missed"].most_common() if v))


def report_corpora() -> None:
    if DEV_CORPUS.is_dir():
        stories = sorted(p for p in DEV_CORPUS.iterdir() if p.is_dir())
        labels = Counter()
        for story in stories:
            for version in load_inputs([str(story)]):
                labels.update(p.boilerplate_rule for p in version.paragraphs if p.boilerplate)
        print(f"dev corpus: {len(stories)} stories, {sum(labels.values())} boilerplate labels "
              + (f"({dict(labels)})" if labels else "(want 0)"))
    counts = {v.label: sum(p.boilerplate is not None for p in v.paragraphs) for v in load_inputs([str(SAMPLE)])}
    print(f"sample labels per version: {counts}")


def report_speed() -> None:
    """Labelling 10 versions of 1,000 paragraphs drawn from the dev corpus (best of three runs)."""
    import random

    pool = [line for f in sorted(DEV_CORPUS.glob("*/*.txt")) for line in f.read_text().splitlines() if line.strip()]
    if not pool:
        return
    rng = random.Random(1)
    versions = [[Paragraph(i, i + 1, i + 1, rng.choice(pool)) for i in range(1000)] for _ in range(10)]
    default_rules()
    best, story = float("inf"), float("inf")
    for _ in range(3):
        start = time.perf_counter()
        labelled = [Version(str(n), str(n), str(n), label_paragraphs(ps)) for n, ps in enumerate(versions)]
        middle = time.perf_counter()
        label_story(labelled)
        best, story = min(best, middle - start), min(story, time.perf_counter() - middle)
    print(f"labelling 10 x 1,000 paragraphs: {best:.2f} s, then the cross-version pass: {story:.2f} s (best of 3)")


def report_timing() -> None:
    """Per pattern: total time over all adversarial lines of each length (linear patterns grow about 20x)."""
    from tests.core.adversarial import lines

    rules = default_rules()
    patterns = [(r.name, r.regex) for r in rules.rules] + [("related headers", rules.headers)]
    cases = {n: [line for _, line in lines(n)] for n in (100, 500, 2000)}
    print(f"per pattern, total ms over {len(cases[100])} adversarial lines of 100 / 500 / 2,000 characters:")
    for name, regex in patterns:
        totals = []
        for n in (100, 500, 2000):
            start = time.perf_counter()
            for line in cases[n]:
                regex.search(line)
            totals.append((time.perf_counter() - start) * 1000)
        print(f"  {name:30} " + " / ".join(f"{t:8.1f}" for t in totals))


def main(argv: list[str]) -> None:
    report_pages("--errors" in argv)
    report_corpora()
    if "--no-timing" not in argv:
        report_speed()
        report_timing()


if __name__ == "__main__":
    main(sys.argv[1:])
