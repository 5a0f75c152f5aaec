"""Word diffs: table-driven cases and the rebuild invariant."""

from __future__ import annotations

import random

import pytest

from tui.core.worddiff import diff_words, rebuild, tokenize, verbatim_share


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
