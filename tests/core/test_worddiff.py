"""Word diffs: table-driven cases and the rebuild invariant."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core.diff.worddiff import diff_words, rebuild, tokenize, verbatim_share

ROOT = Path(__file__).resolve().parents[2]


def _ops(a, b):
    return [(c.op, a[c.a_start:c.a_end], b[c.b_start:c.b_end]) for c in diff_words(a, b)]


# (id, a, b, expected ops)
CASES = [
    ("null case", "", "", []),
    ("identical", "Same text.", "Same text.", [("equal", "Same text.", "Same text.")]),
    ("insert a word", "put in the", "put Ukraine in the",
     [("equal", "put ", "put "), ("insert", "", "Ukraine "), ("equal", "in the", "in the")]),
    ("delete a word", "a big red car", "a red car",
     [("equal", "a ", "a "), ("delete", "big ", ""), ("equal", "red car", "red car")]),
    ("curly vs straight apostrophe", "Starmer’s plan", "Starmer's plan",
     [("typography", "Starmer’s", "Starmer's"), ("equal", " plan", " plan")]),
    ("quote style is typography", "said: “Yes.”", "said: 'Yes.'",
     [("equal", "said: ", "said: "), ("typography", "“", "'"), ("equal", "Yes.", "Yes."), ("typography", "”", "'")]),
    ("dash and space typography", "US – and", "US - and",
     [("equal", "US ", "US "), ("typography", "–", "-"), ("equal", " and", " and")]),
]


@pytest.mark.parametrize("a,b,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_diff_cases(a, b, expected):
    assert _ops(a, b) == expected


def test_words_are_whole():
    ops = _ops("The quick brown fox", "The quickest brown fox")
    assert ("delete", "quick", "") in ops and ("insert", "", "quickest") in ops


def test_tokenize_rebuilds():
    text = "“Don’t,” she said — it’s 3.5% of £1,600… ok\n\tnext"
    assert "".join(tokenize(text)) == text


def _random_text(rng, words=40):
    vocab = ["the", "minister", "said", "“quote”", "plan", "—", "£20", "it’s", "peace", "deal", ",", "\n"]
    return " ".join(rng.choice(vocab) for _ in range(words))


@pytest.mark.parametrize("seed", range(30))
def test_rebuild_invariant(seed):
    rng = random.Random(seed)
    a = _random_text(rng)
    b = " ".join(w if rng.random() > 0.3 else rng.choice(["new", "words", "’"]) for w in a.split(" "))
    changes = diff_words(a, b)
    assert rebuild(changes, a, b) == (a, b)
    for c in changes:
        assert (c.a_start == c.a_end) if c.op == "insert" else True
        assert (c.b_start == c.b_end) if c.op == "delete" else True


def test_long_texts_use_windows_and_still_rebuild():
    rng = random.Random(7)
    words = [rng.choice(["alpha", "beta", "gamma", "delta", "peace", "deal"]) for _ in range(20000)]
    a = " ".join(words)
    b = " ".join(w if rng.random() > 0.02 else "CHANGED" for w in words)
    changes = diff_words(a, b)
    assert rebuild(changes, a, b) == (a, b)
    assert verbatim_share(changes, a, b) > 0.9


def test_verbatim_share():
    a, b = "one two three four", "one two three five"
    assert verbatim_share(diff_words(a, b), a, b) == pytest.approx(0.75)


def _text(rng, vocabulary, count):
    return " ".join(rng.choice(vocabulary) for _ in range(count))


def _long_pair(kind):
    """Long pairs that make a plain diff-match-patch run for seconds to minutes."""
    rng = random.Random(3)
    many = [f"word{n}" for n in range(3000)]
    if kind == "unlike, sharing a few rare words in order":
        a, b = _text(rng, many, 1500), _text(rng, many, 1500)
        return f"Zelensky {a} Kyiv {a[:200]} Odesa", f"Zelensky {b} Kyiv {b[:300]} Odesa"
    if kind == "unlike, nothing in common":
        return _text(rng, many[:1500], 3000), _text(rng, many[1500:], 3000)
    few = ["alpha", "beta", "gamma", "delta", "peace", "deal"]
    a = _text(rng, few, 1500)  # an edit with no word used once: no anchors, still an edit
    return a, " ".join(w if rng.random() > 0.03 else "CHANGED" for w in a.split())


@pytest.mark.parametrize("kind", ["unlike, sharing a few rare words in order", "unlike, nothing in common",
                                  "alike, no word used once"])
def test_long_pairs_rebuild_and_keep_what_they_share(kind):
    a, b = _long_pair(kind)
    changes = diff_words(a, b)
    assert rebuild(changes, a, b) == (a, b)
    kept = {a[c.a_start:c.a_end].strip() for c in changes if c.op == "equal"}
    if kind.startswith("unlike, sharing"):
        assert {"Zelensky", "Kyiv", "Odesa"} <= {w for text in kept for w in text.split()}
    elif kind == "unlike, nothing in common":
        assert [c.op for c in changes] == ["delete", "insert"]
    else:
        assert verbatim_share(changes, a, b) > 0.9


DIGEST = """
import hashlib, sys
from tests.core.test_worddiff import CASES, _long_pair
from tui.core.diff.worddiff import diff_words
pairs = [c[1:3] for c in CASES] + [_long_pair(kind) for kind in sys.argv[1:]]
print(hashlib.sha256(repr([diff_words(a, b) for a, b in pairs]).encode()).hexdigest())
"""
"""Prints a digest of the word diffs of the table's cases and of long pairs (whose diff splits at rare words)."""


def _digest(hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    kinds = ["unlike, sharing a few rare words in order", "unlike, nothing in common", "an edit, no rare words"]
    done = subprocess.run([sys.executable, "-c", DIGEST, *kinds], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return done.stdout.strip()


def test_word_diffs_are_the_same_whatever_the_hash_seed():
    """Two processes with different string hashes (set and dict order) must diff identically."""
    first, second = _digest("1"), _digest("2")
    assert len(first) == 64 and first == second


def test_a_long_edit_of_a_text_that_repeats_itself_is_still_diffed_word_by_word():
    rng = random.Random(11)
    passage = ("The council approved the budget after a long debate about schools and roads. "
               "The mayor said the plan protects services while the opposition called it a cut.").split()
    words = passage * 700  # about 20,000 words with no word used once
    a = " ".join(words)
    b = " ".join(w if rng.random() > 0.02 else "CHANGED" for w in words)
    changes = diff_words(a, b)
    assert rebuild(changes, a, b) == (a, b)
    assert verbatim_share(changes, a, b) > 0.9


def test_diffs_exported_and_adopted_are_the_diffs(sample_comparison):
    from tui.core import CellDiffs

    here, there = CellDiffs(sample_comparison), CellDiffs(sample_comparison)
    versions = [v for v in range(len(sample_comparison.versions)) if v != sample_comparison.base]
    there.fill(versions[:1])
    exported = there.export(versions[:1])
    assert exported and {v for _, v in exported} == set(versions[:1])
    here.adopt(exported)
    rows = range(len(sample_comparison.rows))
    assert all(here._cache[(n, versions[0])] == there.diff(n, versions[0]) for n in rows)
    assert all((n, v) not in here._cache for n in rows for v in versions[1:])  # only what was sent


def test_a_text_prepared_once_gives_the_diffs_of_each_pair(sample_versions):
    from tui.core.diff.worddiff import diff_words, prepare

    texts = [p.text for v in sample_versions for p in v.paragraphs][:40]
    texts += ["\u201cQuoted\u201d \u2014 text\u2026", "x" * 20 + " y", ""]  # keys the others lack, an empty text
    for a in texts[::7]:
        prepared = prepare(a)
        assert [diff_words(a, b, prepared) for b in texts] == [diff_words(a, b) for b in texts]
