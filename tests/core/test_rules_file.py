"""A newsroom's rules file: checked against its schema (one line naming rule and field), and never left to hang."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib

import pytest

from tui.core import RulesError, load_rules
from tui.core.input.boilerplate import label_paragraphs, label_story
from tui.core.model import Paragraph, Version

GOOD_RULE = "[[rule]]\nname = 'house'\nclass = 'promo'\npattern = 'podcast'\n"

# (id, file content, words the one-line error must contain)
BAD_FILES = [
    ("pattern is a number", "[[rule]]\nname = 'p'\nclass = 'promo'\npattern = 5\n", ["rule 1 ('p')", "'pattern'"]),
    ("max_chars is text", GOOD_RULE + "max_chars = 'x'\n", ["rule 1 ('house')", "'max_chars'"]),
    ("max_chars is zero", GOOD_RULE + "max_chars = 0\n", ["'max_chars'", "positive"]),
    ("max_chars is a boolean", GOOD_RULE + "max_chars = true\n", ["'max_chars'"]),
    ("unterminated is text", GOOD_RULE + "unterminated = 'yes'\n", ["'unterminated'", "true or false"]),
    ("rule is a string", "rule = 'x'\n", ["[[rule]] tables"]),
    ("rule is a list of strings", "rule = ['x']\n", ["rule 1", "must be a table"]),
    ("headers is a number", "[related]\nheaders = 5\n", ["[related]", "'headers'", "list of strings"]),
    ("item_max_chars is text", "[related]\nitem_max_chars = 'x'\n", ["[related]", "'item_max_chars'"]),
    ("related is a number", "related = 5\n", ["[related]", "must be a table"]),
    ("empty pattern", "[[rule]]\nname = 'e'\nclass = 'promo'\npattern = ''\n", ["rule 1 ('e')", "'pattern'"]),
    ("pattern matching anything", "[[rule]]\nname = 'any'\nclass = 'promo'\npattern = '.*'\n",
     ["rule 1 ('any')", "empty string"]),
    ("optional pattern", "[[rule]]\nclass = 'promo'\npattern = 'x?'\n", ["rule 1", "empty string"]),
    ("header matching anything", "[related]\nheaders = ['.*']\n", ["header", "empty string"]),
    ("bad header regex", "[related]\nheaders = ['(']\n", ["header", "not a valid regular expression"]),
    ("missing class", "[[rule]]\nname = 'x'\npattern = 'a'\n", ["rule 1 ('x')", "'class'"]),
    ("bad regex", "[[rule]]\nclass = 'promo'\npattern = '('\n", ["rule 1", "not a valid regular expression"]),
    ("misspelt field", GOOD_RULE + "max_char = 40\n", ["unknown field 'max_char'"]),
    ("unknown section", "[rules]\nx = 1\n", ["unknown section 'rules'"]),
    ("name is a number", "[[rule]]\nname = 3\nclass = 'promo'\npattern = 'a'\n", ["rule 1", "'name'"]),
    ("not toml", "not toml at all [", ["not a valid TOML"]),
    ("class with an escape", '[[rule]]\nclass = "promo\\u001b]0;x\\u0007"\npattern = "a"\n', ["'class'", "short name"]),
    ("class with spaces", "[[rule]]\nclass = 'my promo class'\npattern = 'a'\n", ["'class'"]),
    ("name with a control character", '[[rule]]\nname = "a\\u0007b"\nclass = "promo"\npattern = "a"\n',
     ["'name'", "printable"]),
]


@pytest.mark.parametrize("content,words", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_rules_file_names_rule_and_field(tmp_path, content, words):
    path = tmp_path / "house.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and message.isprintable()
    for word in words:
        assert word in message


def test_class_name_in_another_language(tmp_path):
    path = tmp_path / "house.toml"
    path.write_text("[[rule]]\nclass = 'l\u00e9gende'\npattern = '^Photo de '\n", encoding="utf-8")
    assert load_rules(path).rules[-1].cls == "l\u00e9gende"


def test_good_rules_file_with_every_field(tmp_path):
    path = tmp_path / "house.toml"
    path.write_text(GOOD_RULE + "max_chars = 80\nunterminated = true\ncase_sensitive = false\n"
                    "[related]\nheaders = ['from our partners']\nitem_max_chars = 200\nmax_items = 5\n",
                    encoding="utf-8")
    rules = load_rules(path)
    assert rules.rules[-1].name == "house" and rules.max_items == 5 and rules.item_max_chars == 200
    assert rules.is_header("From our partners")


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(i, i + 1, i + 1, t) for i, t in enumerate(texts)]


HOSTILE = [
    ("word groups to the end", r"(\w+\s?)+$", "word " * 3000 + "!"),
    ("nested plus", r"(a|aa)+$", "a" * 2000 + "!"),
]


@pytest.mark.parametrize("pattern,line", [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE])
def test_catastrophic_user_rule_is_skipped_and_named(tmp_path, pattern, line):
    """Run in a subprocess so that a regression fails (timeout) instead of hanging the suite."""
    path = tmp_path / "house.toml"
    path.write_text(f"[[rule]]\nname = 'slow-one'\nclass = 'promo'\npattern = '{pattern}'\n", encoding="utf-8")
    code = textwrap.dedent(f"""
        from tui.core import load_rules
        from tui.core.input.boilerplate import label_paragraphs, label_story
        from tui.core.model import Paragraph, Version
        rules = load_rules({str(path)!r})
        paragraphs = [Paragraph(i, i + 1, i + 1, {line!r}) for i in range(50)]
        version = Version("A", "a", "a.txt", label_paragraphs(paragraphs, rules))
        [version] = label_story([version], rules)
        print(version.notes[-1])
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "'slow-one'" in proc.stdout and "skipped" in proc.stdout


def test_user_rule_within_budget_still_labels(tmp_path):
    path = tmp_path / "house.toml"
    path.write_text(GOOD_RULE, encoding="utf-8")
    rules = load_rules(path)
    labelled = label_paragraphs(_paragraphs("Listen to our podcast", "The council met on Tuesday."), rules)
    assert [p.boilerplate for p in labelled] == ["promo", None]
    version = Version("A", "a", "a.txt", labelled)
    assert label_story([version], rules) == [version]  # no note when nothing was skipped


def test_regex_package_is_loaded_only_for_user_rules():
    code = ("import sys\nfrom tui.core.input.boilerplate import label_paragraphs, default_rules\n"
            "from tui.core.model import Paragraph\nlabel_paragraphs([Paragraph(0, 1, 1, 'Home | News | Sport')])\n"
            "print('regex' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


def _syndiff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=120)


def test_cli_bad_rules_file_is_one_line_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text("The council met.\n", encoding="utf-8")
    (tmp_path / "house.toml").write_text("[[rule]]\nname = 'p'\nclass = 'promo'\npattern = 5\n", encoding="utf-8")
    result = _syndiff("report", str(tmp_path / "a.txt"), "--rules", str(tmp_path / "house.toml"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "rule 1 ('p')" in line and "'pattern'" in line


def test_cli_rules_fifo_is_refused_not_waited_on(tmp_path):
    (tmp_path / "a.txt").write_text("The council met.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "rules.toml")
    result = _syndiff("report", str(tmp_path / "a.txt"), "--rules", str(tmp_path / "rules.toml"))
    assert result.returncode == 2 and "not a regular file" in result.stderr


def test_huge_rules_file_is_refused(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text("# padding\n" * 200_000, encoding="utf-8")
    with pytest.raises(RulesError, match="larger than"):
        load_rules(path)


def test_cli_slow_user_rule_is_a_note_not_a_hang(tmp_path):
    (tmp_path / "a.txt").write_text("word " * 3000 + "!\nThe council met.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The council met.\n", encoding="utf-8")
    (tmp_path / "house.toml").write_text("[[rule]]\nname = 'greedy'\nclass = 'promo'\npattern = '(\\w+\\s?)+$'\n",
                                         encoding="utf-8")
    result = _syndiff("report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                      "--rules", str(tmp_path / "house.toml"))
    assert result.returncode == 0, result.stderr
    assert "rule 'greedy'" in result.stderr and "skipped" in result.stderr


def test_package_headers_pass_the_checks_a_users_headers_get():
    """The package's related-links headers skip the one-by-one check at start-up; the same check here."""
    from tui.core.input.rules import RULES_FILE, _parse

    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    assert data["related"]["headers"]
    _parse(data, "rules.toml", user=True)  # checked as a user's file: raises RulesError on a bad header
