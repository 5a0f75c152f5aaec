"""The engine's word tokenizers (``textnorm.WORD``, ``WORD_RE``, the word diff's tokens) and where they differ."""

from __future__ import annotations

import pytest

from tui.core.diff.worddiff import diff_words, tokenize, verbatim_share
from tui.core.textnorm import WORD, WORD_RE

# (id, text, WORD's words, WORD_RE's words)
TEXTS = [
    ("apostrophes inside", "We don't know O'Neill or Ukraine\u2019s plan.",
     ["We", "don't", "know", "O'Neill", "or", "Ukraine\u2019s", "plan"],
     ["We", "don't", "know", "O'Neill", "or", "Ukraine\u2019s", "plan"]),
    ("numbers and abbreviations", "The U.S. sent 240,000 troops, 3.5 times more.",
     ["The", "U", "S", "sent", "240", "000", "troops", "3", "5", "times", "more"],
     ["The", "U.S", "sent", "240,000", "troops", "3.5", "times", "more"]),
    ("joiners at the edges", "'quoted' -- end, 'tis", ["quoted", "end", "tis"], ["quoted", "end", "tis"]),
    ("joiners with no letter after them", "Pay 5,000, or 3.5. Don't'", ["Pay", "5", "000", "or", "3", "5", "Don't"],
     ["Pay", "5,000", "or", "3.5", "Don't"]),
    ("underscores and scripts", "snake_case \u041a\u0438\u0435\u0432 \u6771\u4eac",
     ["snake", "case", "\u041a\u0438\u0435\u0432", "\u6771\u4eac"],
     ["snake", "case", "\u041a\u0438\u0435\u0432", "\u6771\u4eac"]),
]


@pytest.mark.parametrize("text, words, terms", [t[1:] for t in TEXTS], ids=[t[0] for t in TEXTS])
def test_a_word_and_a_terms_word(text, words, terms):
    assert WORD.findall(text) == words
    assert WORD_RE.findall(text) == terms


@pytest.mark.parametrize("text", [t[1] for t in TEXTS], ids=[t[0] for t in TEXTS])
def test_the_word_diff_cuts_text_into_words(text):
    """Word counts over a diff's spans never straddle its cuts: its word tokens are WORD's words."""
    assert [t for t in tokenize(text) if WORD.fullmatch(t)] == WORD.findall(text)


def test_a_zero_width_character_inside_a_word_is_one_token_for_the_diff():
    text = "Ukr\u200baine"
    assert tokenize(text) == [text]
    assert WORD.findall(text) == ["Ukr", "aine"]  # WORD is for visible text; the diff keys drop the character


def test_verbatim_share_counts_a_word_with_an_apostrophe_once():
    a, b = "we don't agree", "we don't disagree"
    assert verbatim_share(diff_words(a, b), a, b) == pytest.approx(4 / 6)
