"""The C++ diff-match-patch build gives exactly the pure-Python library's word diffs where syndiff uses it.

``worddiff`` sends encoded texts of at most 450 distinct tokens to
``fast_diff_match_patch`` when it is installed: the characters standing for
those tokens are all letters, so the semantic cleanup scores every boundary
alike in both engines. These tests compare the two engines on paragraph pairs
of the sample story, on random token strings over such alphabets, and through
``diff_words`` with and without the C++ build.
"""

from __future__ import annotations

import random

import pytest

from tui.core import load_inputs
from tui.core.diff import worddiff
from tui.core.diff.worddiff import _UNIFORM_END, _codes, _dmp

from ..conftest import SAMPLE

fast = pytest.importorskip("fast_diff_match_patch")


def _pure(a: str, b: str) -> list[tuple[int, int]]:
    engine = _dmp()
    diffs = engine.diff_main(a, b, False)
    engine.diff_cleanupSemantic(diffs)
    return [(op, len(text)) for op, text in diffs]


def _edited(rng: random.Random, a: list[str], alphabet: tuple[str, ...]) -> list[str]:
    b = list(a)
    for _ in range(rng.randrange(1, 20)):
        at, roll = rng.randrange(len(b) + 1), rng.random()
        if roll < 0.4:
            b[at:at] = rng.choices(alphabet, k=rng.randrange(1, 6))
        elif roll < 0.8:
            del b[at:at + rng.randrange(1, 6)]
        elif b:
            b[min(at, len(b) - 1)] = rng.choice(alphabet)
    return b


@pytest.mark.parametrize("size", [2, 5, 40, 450], ids=lambda n: f"{n}-token-alphabet")
def test_engines_agree_on_random_token_strings(size):
    rng = random.Random(size)
    alphabet = _codes(size)
    assert max(alphabet) < _UNIFORM_END
    for _ in range(400):
        a = rng.choices(alphabet, k=rng.randrange(0, 80))
        b = _edited(rng, a, alphabet) if rng.random() < 0.6 else rng.choices(alphabet, k=rng.randrange(0, 80))
        a, b = "".join(a), "".join(b)
        assert worddiff._dmp_ops(a, b) == _pure(a, b), (a, b)


def test_diff_words_is_the_same_with_and_without_the_cpp_build(monkeypatch):
    paragraphs = [p.text for v in load_inputs([str(SAMPLE)]) for p in v.paragraphs]
    rng = random.Random(7)
    pairs = [(rng.choice(paragraphs), rng.choice(paragraphs)) for _ in range(300)]
    pairs += [(a, a.replace(" the ", " a ").replace("'", "\u2019")) for a in paragraphs]
    with_cpp = [worddiff.diff_words(a, b) for a, b in pairs]
    monkeypatch.setattr(worddiff, "_fast", None)
    assert [worddiff.diff_words(a, b) for a, b in pairs] == with_cpp


def test_the_cpp_build_only_sees_letters():
    """Below the limit every token character is a letter to Python; the limit itself is not one."""
    below = [c for c in _codes(1000) if c < _UNIFORM_END]
    assert len(below) == 450 and all(c.isalnum() for c in below)
    assert not _UNIFORM_END.isalnum()
