"""The needles screening the package's boilerplate patterns never skip a pattern that would match."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.input import boilerplate
from tui.core.input.boilerplate import _first_rule, _hints, label_paragraphs
from tui.core.input.boilerplate_shape import folded
from tui.core.input.needles import CASE_TWINS, may_match, needles, quick, screenable
from tui.core.input.rules import default_rules
from tui.core.model import Paragraph

DATA = Path(__file__).resolve().parent.parent / "data" / "boilerplate"


def _lines() -> list[str]:
    lines = []
    for name in ("pages.jsonl", "pages-readability.jsonl", "pages-third.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            lines += [" ".join(folded(text).split()) for _, text in json.loads(line)["blocks"]]
    return lines


def test_needles_of_simple_patterns():
    assert needles("foo|barbaz", re.IGNORECASE) == ("barbaz", "foo")
    assert needles(r"^\W*(?:read more|see also)\s*:", re.IGNORECASE) == ("read more", "see also")
    assert needles(r"\bCat(?:alogue)?s?\b", 0) == ("cat",)  # lower-cased: a necessary condition either way
    assert needles(r"(?:ab)+cde", 0) == ("cde",)  # the longer required string
    assert needles(r"a?bc", 0) is None  # nothing of three letters is required
    assert needles(r"x|\d+", 0) is None  # one alternative needs no letters at all
    assert needles(r"\[\w+", 0) == ("[",)  # a rare character is enough
    assert needles(r"(?:fo+)?bar", 0) == ("bar",)
    assert needles(r"^\w+ ?[|/] ?\w+$", 0) == ("/", "|")  # one of a few characters
    assert needles(r"\w+ [^|/] \w+", 0) is None and needles(r"[ab]c", 0) is None


def test_quick_patterns_are_anchored_at_the_start_or_at_a_punctuation_mark():
    assert quick(r"^\W*(?:read more|see also)\s*:", re.IGNORECASE)
    assert quick(r"^By [A-Z]\w+|^Words by", 0)  # every alternative anchored
    assert quick(r"\((?:photo|image)\)$", re.IGNORECASE)  # re finds '(' as fast as str.find
    assert not quick(r"^\W*by\b|\bwritten by\b", 0)  # one alternative may match anywhere
    assert not quick(r"^(?!.*\bsaid\b)In this photo", 0)  # the lookahead reads the whole paragraph
    assert not quick(r"\bread more$", re.IGNORECASE)
    assert not quick(r"photo:", re.IGNORECASE)  # a letter: re tries every position
    assert not quick(r"^read", re.IGNORECASE | re.MULTILINE)  # '^' after every line break


def test_symbols_in_needles_are_found_in_any_text_the_pattern_matches():
    """A needle's non-ASCII characters (the copyright sign, a circled c): every character ``re.IGNORECASE``
    matches to one of them, or to its capital, holds it once lower-cased, so lower-cased text holds the needle."""
    symbols = {c for rule in default_rules().rules for n in rule.needles or () for c in n if not c.isascii()}
    assert "\u00a9" in symbols  # the copyright rule is screened
    everything = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    for symbol in symbols:
        for written in {symbol, symbol.upper()}:
            for char in set(re.findall(re.escape(written), everything, re.IGNORECASE)):
                assert symbol in char.lower(), (symbol, char)
    assert needles("\u00a9|\u24b8 2024", re.IGNORECASE) == ("\u00a9", "\u24d2 2024")
    assert needles("\u043b\u0438\u0447\u043d", re.IGNORECASE) is None  # letters outside ASCII: never


def test_may_match_is_not_asked_about_case_twins():
    # re.IGNORECASE matches the long s to 's': the screen must not answer for such text
    assert re.search("subscribe", "\u017fubscribe", re.IGNORECASE)
    assert not screenable("\u017fubscribe") and screenable("Subscribe \u00e9") and screenable("plain")
    assert may_match(("subscribe",), None)
    assert not may_match(("subscribe",), "read on")
    assert may_match(None, "anything")


def test_case_twins_are_every_character_that_breaks_the_screen():
    """Every code point that re.IGNORECASE matches to an ASCII letter but is not one, or whose lower case is
    not one non-ASCII character: exactly CASE_TWINS."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = set()
    for code in range(0x80, sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        low = char.lower()
        if len(low) != 1 or low.isascii() or letter.fullmatch(char):
            found.add(char)
    assert found == set(CASE_TWINS)


def test_needles_never_skip_a_match_on_the_labelled_pages():
    rules = default_rules()
    hints = [rule.needles for rule in rules.rules]
    lines = _lines()
    assert sum(h is not None for h in hints) > len(hints) / 2  # the screen does apply to most rules
    checked = 0
    for rule, hint in zip(rules.rules, hints, strict=True):
        for line in lines:
            if screenable(line) and rule.regex.search(line):
                checked += 1
                assert may_match(hint, line.lower()), (rule.name, line)
    assert checked > 100


_RULES = default_rules()
_PIECES = sorted({n for rule in _RULES.rules if rule.needles for n in rule.needles}
                 | {"Photo", "By", "John Smith", "Getty Images", "2024", "(", ")", ":", "|", "-", ".", " ", "\u00e9"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.booleans())
def test_first_rule_is_the_same_with_and_without_the_screen(pieces, terminated):
    text = " ".join("".join(pieces).split())
    expected = _first_rule(_RULES, text, terminated)
    for hints in ([rule.needles for rule in _RULES.rules], _hints(_RULES)):  # every screen; as labelling sets them
        assert _first_rule(_RULES, text, terminated, hints=hints) == expected
    assert _first_rule(_RULES, text, terminated, True, _hints(_RULES)) == _first_rule(_RULES, text, terminated, True)


def test_a_quick_pattern_runs_unscreened_once_compiled():
    from tui.core.input.rules import load_rules

    rules = load_rules()  # a fresh set: nothing compiled yet
    hints = _hints(rules)
    assert hints == [rule.needles for rule in rules.rules]
    read_more = next(n for n, rule in enumerate(rules.rules) if rule.name == "read-more-line")
    assert rules.rules[read_more].quick and hints[read_more] is not None
    assert _first_rule(rules, "Read more: the council's budget", False, hints=hints) is rules.rules[read_more]
    assert hints[read_more] is None and _hints(rules)[read_more] is None  # compiled: cheaper to run than screen
    assert _first_rule(rules, "The council met on Tuesday.", True, hints=hints) is None
    credit = next(n for n, rule in enumerate(rules.rules) if rule.name == "agency-credit-line")
    assert rules.rules[credit].quick and rules.rules[credit].needles == ("/", "|")
    assert _first_rule(rules, "Jane Doe / Reuters", False, hints=hints) is rules.rules[credit]
    assert hints[credit] == ("/", "|")  # single characters: cheaper to look for than to run the pattern


def test_labels_are_the_same_with_and_without_the_screen(monkeypatch):
    texts = [text for line in (DATA / "pages.jsonl").read_text(encoding="utf-8").splitlines()
             for _, text in json.loads(line)["blocks"]]
    paragraphs = [Paragraph(i, i + 1, i + 1, text) for i, text in enumerate(texts)]
    screened = label_paragraphs(paragraphs, _RULES)  # every version is screened (the needles are stored)
    monkeypatch.setattr(boilerplate, "_hints", lambda rules: [None] * len(rules.rules))  # every pattern runs
    assert label_paragraphs(paragraphs, _RULES) == screened


def test_the_stored_needles_are_those_of_the_current_patterns():
    """``rules_needles`` is current: every package pattern's needles, as ``needles`` reads them, and nothing else
    (after editing rules.toml: ``python -m tui.core.input.rules_needles``)."""
    from tui.core.input.rules_needles import NEEDLES, QUICK

    rules = default_rules().rules
    assert {(r.pattern, r.flags) for r in rules} == set(NEEDLES)
    assert QUICK <= set(NEEDLES)
    for rule in rules:
        assert rule.needles == needles(rule.pattern, rule.flags), rule.name
        assert rule.quick == quick(rule.pattern, rule.flags), rule.name


def test_a_short_story_compiles_only_the_patterns_its_paragraphs_may_match():
    from tui.core.input.rules import load_rules

    rules = load_rules()  # a fresh set: nothing compiled yet
    assert all(rule.compiled is None for rule in rules.rules)
    texts = ["Subscribe to our newsletter", "The council met on Tuesday to discuss the bridge.", "By Jane Doe"]
    labels = label_paragraphs([Paragraph(i, i + 1, i + 1, text) for i, text in enumerate(texts)], rules)
    assert labels[0].boilerplate is not None and labels[1].boilerplate is None
    compiled = [rule.name for rule in rules.rules if rule.compiled is not None]
    assert 0 < len(compiled) < len(rules.rules) / 2, compiled
