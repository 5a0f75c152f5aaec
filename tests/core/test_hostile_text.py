"""Hostile text inside the inputs: escapes, bidi and zero-width characters, odd possessives (issues 13, 17)."""

from __future__ import annotations

import io
import json
import re

import pytest

from tui.core import analyse, compare, diff_words, load_rules, render
from tui.core.analysis.findings.stripped import text_holes
from tui.core.errors import RulesError
from tui.core.input.loading import read_version
from tui.core.safe import json_safe, visible

ESCAPES = "Title \x1b]0;pwned\x07 \x1b[2J \x9b31m and \u202eevil\u202c \u2066iso\u2069 \u2028 end \x7f"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069]")


def _versions(*texts: str, rules=None):
    return [read_version(t.encode("utf-8"), chr(65 + n), f"v{n}\x1b[31m", f"v{n}.txt", rules)
            for n, t in enumerate(texts)]


def _report(versions, fmt: str) -> str:
    comparison = compare(versions)
    return render(comparison, analyse(comparison), fmt)


@pytest.mark.parametrize("text", ["to secure\u2009's skies", "to secure\n's skies", "to foo_ 's skies",
                                  "to secure \u2019s skies"], ids=["thin space", "line break", "underscore", "curly"])
def test_a_possessive_after_any_blank_is_a_hole_not_a_crash(text):
    assert [gap for gap, _ in text_holes(text)] == [text.index("s skies") - 1]


def test_json_keeps_text_exact_but_escapes_controls_and_bidi():
    versions = _versions(ESCAPES + "\nThe mayor was pleased.\n", "Other text.\nThe mayor was pleased.\n")
    out = _report(versions, "json")
    assert not RAW.search(out)
    assert "\\u009b" in out and "\\u202e" in out and "\\u001b" in out
    assert "caf\u00e9" in json_safe(json.dumps({"t": "caf\u00e9"}, ensure_ascii=False))  # letters stay readable
    parsed = json.loads(out)
    assert parsed["versions"][0]["paragraphs"][0]["text"] == ESCAPES
    assert parsed["versions"][0]["label"] == "v0\x1b[31m"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_reports_show_rule_class_names_and_labels_visibly(tmp_path, fmt):
    """A class name holding an escape is refused when the rules file is read; labels are made visible."""
    rules_file = tmp_path / "r.toml"
    rules_file.write_text('[[rule]]\nname = "x"\nclass = "promo\\u001b]0;pwned\\u0007"\npattern = "^Read more"\n',
                          encoding="utf-8")
    with pytest.raises(RulesError, match="field 'class'"):
        load_rules(str(rules_file))
    rules_file.write_text('[[rule]]\nname = "x"\nclass = "promo"\npattern = "^Read more"\n', encoding="utf-8")
    versions = _versions("Read more here\nThe mayor was pleased.\n", "Read more there\nThe mayor was pleased.\n",
                         rules=load_rules(str(rules_file)))
    out = _report(versions, fmt)
    assert not RAW.search(out)
    assert "promo" in out and re.search(r"v0\\+x1b", out)  # Markdown doubles the backslash


def test_zero_width_and_direction_characters_inside_words_are_not_edits():
    base, copy = "The council approved the plan.", "The council appr\u200boved the pl\u202ean."
    assert {c.op for c in diff_words(base, copy)} == {"equal", "typography"}
    versions = _versions(base + "\n", copy + "\n")
    assert any("2 zero-width or text-direction characters inside words" in n for n in versions[1].notes)
    text = _report(versions, "text")
    assert "{+" not in text and "[-" not in text
    assert "appr\\u200boved" in text and "pl\\u202ean" in text


def test_hidden_characters_are_counted_inside_words_only_never_across_paragraphs():
    from tui.core.input.loading import _hidden_in_words

    texts = ["ends with a word\u200b", "\u200bstarts the next", "in\u200b\u200bside", "a\u202eb \ufeffc", "plain"]
    assert _hidden_in_words(texts) == 3  # the two inside "in..side" and the one in "a..b"
    assert _hidden_in_words(texts) == sum(_hidden_in_words([text]) for text in texts)
    assert _hidden_in_words(["plain", "text"]) == 0 and _hidden_in_words([]) == 0


def test_joiners_that_scripts_need_get_no_note():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u0628\u0631\u0648\u0645.\n"  # mi-khaham: ZWNJ
    assert not any("zero-width" in note for note in _versions(persian, persian)[0].notes)


def test_visible_shows_invisible_characters_but_keeps_joiners():
    assert visible("a\u200bb\ufeffc\u2060d") == "a\\u200bb\\ufeffc\\u2060d"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert visible(family) == family


def test_the_progress_line_shows_labels_visibly(monkeypatch):
    from tui import cli

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    versions = _versions(*["Line.\n" * 1001] * 2)
    show = cli._progress_printer(versions)
    show("aligning \x1b]0;pwned\x07 \u202eevil", 0.5)
    written = terminal.getvalue()
    assert written.startswith("\r\x1b[K") and not RAW.search(written[4:])
    assert "\\x1b]0;pwned\\x07" in written
