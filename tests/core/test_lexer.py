"""The facts lexer: quotations, numbers, names and boilerplate markers in article text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.token import Comment, Name, Number, String, Token

from tui.core.analysis import lexer
from tui.core.analysis.lexer import FACT_CLASSES, FACT_KINDS, ArticleLexer, ArticleStyle, fact_spans, quotations

LONG_RUNS = ("Aa " * 5000) + ("\u201c" * 2000) + ("\u2018x" * 2000) + ("1," * 3000)
"""Long runs of capitals and quotation marks: the lexer's worst case seen so far."""


def facts(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in fact_spans(text)]


# (id, text, facts expected among the spans, texts that must not be a fact of that kind)
CASES = [
    ("curly double quote", "He said: “We are very thankful that we are not alone.”",
     [("“We are very thankful that we are not alone.”", "quote")], []),
    ("curly single quote with apostrophes", "Sir Keir said: ‘It’s that ability that has kept Starmer’s peace.’",
     [("‘It’s that ability that has kept Starmer’s peace.’", "quote")], []),
    ("straight quotes after a possessive", "Starmer's 'coalition of the willing' now has 20 members",
     [("'coalition of the willing'", "quote"), ("20", "number")], [("'s 'coalition", "quote")]),
    ("quote left open to the end", "‘I think we have a false choice which is between the two.",
     [("‘I think we have a false choice which is between the two.", "quote")], []),
    ("two single marks close a double quote", "“It ate a red deer,’’ says Myslajek. “In my lab, I can tell.’’",
     [("“It ate a red deer,’’", "quote"), ("“In my lab, I can tell.’’", "quote")], []),
    ("bare possessive is no quote", "to secure ‘s skies from Russian attacks", [], [("‘s skies", "quote")]),
    ("amounts", "a £1.6 billion deal and an €800 billion (£670 billion) package",
     [("£1.6 billion", "number"), ("€800 billion", "number"), ("£670 billion", "number")], []),
    ("figures and percentages", "kick out 240,000 refugees, 20% of them, or 20 per cent in the 1950s",
     [("240,000", "number"), ("20%", "number"), ("20 per cent", "number"), ("1950s", "number")], []),
    ("number words", "Twenty countries in as little as two to three months",
     [("Twenty", "number"), ("two", "number"), ("three", "number")], []),
    ("dates", "on 2 March 2025, on March 2 and on Thursday",
     [("2 March 2025", "number"), ("March 2", "number"), ("Thursday", "number")], []),
    ("digits inside a name", "as No10 refused to rule it out", [("No10", "name")], [("10", "number")]),
    ("multiword name at a sentence start", "Keir Starmer and Donald Trump met.",
     [("Keir Starmer", "name"), ("Donald Trump", "name")], []),
    ("single capital at a sentence start", "Britain and France lead. Moscow said no to Britain.",
     [("France", "name"), ("Britain", "name")], [("Moscow", "name")]),
    ("names with connectors", "European Commission President Ursula von der Leyen and the Ministry of Defence",
     [("European Commission President Ursula von der Leyen", "name"), ("Ministry of Defence", "name")], []),
    ("function words are no names", "The PM said I think so. But He left.", [("PM", "name")],
     [("The PM", "name"), ("I", "name"), ("But He", "name")]),
    ("honorific after a full stop", "It was said by Mr. Trump today.", [("Trump", "name")], []),
    ("image credit", "Keir Starmer (Image: AFP via Getty Images)", [("(Image: AFP via Getty Images)", "marker")], []),
    ("promo and tags", "Don’t miss… [POLITICS] [NEWS]",
     [("Don’t miss…", "marker"), ("[POLITICS]", "marker"), ("[NEWS]", "marker")], []),
    ("source line", "Source: https://www.bbc.com/news/articles/c2017v5ngxpo",
     [("Source:", "marker"), ("https://www.bbc.com/news/articles/c2017v5ngxpo", "marker")], []),
]


@pytest.mark.parametrize("text, present, absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_facts(text, present, absent):
    found = facts(text)
    for fact in present:
        assert fact in found
    for fact in absent:
        assert fact not in found


PLAIN = [
    ("lower-case prose", "the talks were organised by officials and included nations who did not attend."),
    ("apostrophes", "it’s what we’ve always done and they’re right, isn’t it?"),
    ("empty", ""),
]


@pytest.mark.parametrize("text", [c[1] for c in PLAIN], ids=[c[0] for c in PLAIN])
def test_no_facts_in_plain_text(text):
    assert fact_spans(text) == []


TEXTS = [c[1] for c in CASES] + [
    "LONDON, ENGLAND – MARCH 2: (L-R) Ukraine’s President Volodymyr Zelensky (Image: Getty Images)",
    "“Carnage in Syria: 1,000 killed, ‘naked women paraded’, and street executions over 48 hours”",
    "Zoë Ørsted met Ștefan Đukić in Łódź.\nA second line, “unclosed\nand a third: 'x' \x1b[31m red",
]


@pytest.mark.parametrize("text", TEXTS)
def test_spans_are_sorted_disjoint_and_inside_the_text(text):
    spans = fact_spans(text)
    assert all(0 <= s < e <= len(text) for s, e, _k in spans)
    assert all(e <= s2 for (_s, e, _k), (s2, _e2, _k2) in pairwise(spans))
    assert {k for _s, _e, k in spans} <= set(FACT_CLASSES)


@pytest.mark.parametrize("text", TEXTS)
def test_lexer_tokens_rebuild_the_text(text):
    assert "".join(value for _pos, _tok, value in ArticleLexer().get_tokens_unprocessed(text)) == text


def test_quotations_are_the_words_inside_the_marks():
    text = "Sir Keir said: ‘We need to put Ukraine first.’ and “same page”"
    assert [text[s:e] for s, e in quotations(text)] == ["We need to put Ukraine first.", "same page"]


def test_result_is_a_fresh_list_and_the_cache_survives_changes_to_it():
    text = "Keir Starmer said 20 countries could join."
    first = fact_spans(text)
    first.clear()
    assert fact_spans(text) == [(0, 12, "name"), (18, 20, "number")]


def test_a_text_is_lexed_once_however_often_it_is_asked_for(monkeypatch):
    text = "Officials in London said 9 people met Keir Starmer on Thursday, “for talks”, said the memo."
    lexed = []
    the_lexer = lexer._lexer()  # the one instance, made on first use
    tokens = the_lexer.get_tokens_unprocessed
    monkeypatch.setattr(the_lexer, "get_tokens_unprocessed", lambda t: lexed.append(t) or tokens(t))
    results = [fact_spans(text) for _ in range(5)] + [[(s, e, "quote") for s, e in quotations(text)]]
    assert lexed == [text]
    assert all(r == results[0] for r in results[:5]) and results[0]


def test_long_runs_of_capitals_and_marks_are_lexed_whole():
    """The text that used to be timed here (benchmarks/bench_lexer.py times it now): same invariants."""
    text = LONG_RUNS
    spans = fact_spans(text)
    assert all(0 <= s < e <= len(text) for s, e, _k in spans)
    assert all(e <= s2 for (_s, e, _k), (s2, _e2, _k2) in pairwise(spans))
    assert "".join(value for _pos, _tok, value in ArticleLexer().get_tokens_unprocessed(text)) == text


def test_style_and_theme_mapping():
    assert FACT_KINDS == {String: "quote", Number: "number", Name: "name", Comment: "marker"}
    for token in (String, Number, Name, Comment):
        assert ArticleStyle.style_for_token(token)["color"] or ArticleStyle.style_for_token(token)["bold"]
    html = highlight("Keir Starmer said: “20 countries”", ArticleLexer(), HtmlFormatter(style=ArticleStyle))
    assert "Keir Starmer" in html and "&quot;" not in html
    assert Token.Literal.Number.Date in Number
