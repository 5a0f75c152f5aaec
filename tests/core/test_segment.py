"""Paragraph splitting and line numbers, table-driven."""

from __future__ import annotations

import pytest

from tui.core.input.segment import split_paragraphs

# (id, text, expected [(start_line, end_line, text)])
CORPUS = [
    ("empty", "", []),
    ("blank lines only", "\n \n\t\n", []),
    ("one line no newline", "Hello world.", [(1, 1, "Hello world.")]),
    ("one paragraph per line", "First.\nSecond.\nThird.\n", [(1, 1, "First."), (2, 2, "Second."), (3, 3, "Third.")]),
    ("blank-line separated", "First.\n\nSecond.\n\n\nThird.\n",
     [(1, 1, "First."), (3, 3, "Second."), (6, 6, "Third.")]),
    ("crlf line ends", "First.\r\n\r\nSecond.\r\n", [(1, 1, "First."), (3, 3, "Second.")]),
    ("cr line ends", "First.\rSecond.\r", [(1, 1, "First."), (2, 2, "Second.")]),
    ("leading blank lines count", "\n\nFirst.\n", [(3, 3, "First.")]),
    ("hard-wrapped paragraphs join",
     "The committee met on Tuesday to discuss the\nbudget for the coming year, and agreed on\nmost points.\n\n"
     "A second paragraph follows here, wrapped at\nthe same width as the first one was, to the end.\n",
     [(1, 3, "The committee met on Tuesday to discuss the\nbudget for the coming year, and agreed on\nmost points."),
      (5, 6, "A second paragraph follows here, wrapped at\nthe same width as the first one was, to the end.")]),
    ("one sentence per line is not wrapping",
     "First sentence here.\nSecond sentence here.\n\nThird sentence here.\nFourth one.\n",
     [(1, 1, "First sentence here."), (2, 2, "Second sentence here."), (4, 4, "Third sentence here."),
      (5, 5, "Fourth one.")]),
    ("long lines are paragraphs even with blank lines",
     ("x " * 80 + "end\n") + ("y " * 80 + "end\n") + "\n" + ("z " * 80 + "end\n"),
     [(1, 1, "x " * 80 + "end"), (2, 2, "y " * 80 + "end"), (4, 4, "z " * 80 + "end")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CORPUS], ids=[c[0] for c in CORPUS])
def test_split_paragraphs(text, expected):
    got = [(p.start_line, p.end_line, p.text) for p in split_paragraphs(text)]
    assert got == expected


def test_markdown_headings_and_lists_break():
    text = "# Title\nIntro line one\ncontinues here.\n\n- item one\n- item two\n"
    got = [(p.start_line, p.end_line) for p in split_paragraphs(text, markdown=True)]
    assert got == [(1, 1), (2, 2), (3, 3), (5, 5), (6, 6)]


# A block of separate one-line paragraphs (a real scraped page's shape, fuzz case_1) between blank lines.
PROMO_BLOCK = ("LONDON, March 3 (Reuters) - European leaders agreed on Sunday to draw up a peace plan for Ukraine.\n"
               "Photo: AP\n\n"
               "Sign up for our newsletter\nSubscribe to our newsletter today\n"
               "\"We are at a crossroads in history,\" Starmer told reporters.\nYou May Also Like\n"
               "Ukraine's Volodymyr Zelenskiy said he ready to sign a minerals deal.\nBy Andrew MacAskill\n")


def _wrapped_sample(width: int, count: int | None = None) -> tuple[list[str], str]:
    """The sample's original article, hard-wrapped at ``width`` with blank lines between paragraphs."""
    import textwrap

    from tests.conftest import ORIGINAL, SAMPLE

    originals = [line for line in (SAMPLE / f"{ORIGINAL}.txt").read_text(encoding="utf-8").splitlines() if line]
    originals = originals[:count]
    return originals, "\n\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in originals) + "\n"


# (id, text before the block, markdown)
BLOCK_CONTEXTS = [
    ("text alone", "", False),
    ("markdown alone", "", True),
    ("text in a hard-wrapped file", _wrapped_sample(72, 4)[1] + "\n", False),
    ("markdown in a hard-wrapped file", _wrapped_sample(72, 4)[1] + "\n", True),
]


@pytest.mark.parametrize("before,markdown", [c[1:] for c in BLOCK_CONTEXTS], ids=[c[0] for c in BLOCK_CONTEXTS])
def test_block_of_one_line_paragraphs_is_not_joined(before, markdown):
    paragraphs = split_paragraphs(before + PROMO_BLOCK, markdown=markdown)
    offset = before.count("\n")
    block = [p.start_line - offset for p in paragraphs if p.start_line > offset]
    assert block == [1, 2, 4, 5, 6, 7, 8, 9]
    assert "\"We are at a crossroads in history,\" Starmer told reporters." in [p.text for p in paragraphs]


def test_fuzz_case_1_quote_is_article_text_not_boilerplate():
    from tests.conftest import SAMPLE
    from tui.core import load_inputs

    case = SAMPLE.parent.parent / "tests" / "data" / "fuzz-cases" / "case_1" / "v1.md"
    version = load_inputs([str(case)])[0]
    quote = [p for p in version.paragraphs if "crossroads in history" in p.text]
    assert len(quote) == 1 and quote[0].boilerplate is None and "newsletter" not in quote[0].text


@pytest.mark.parametrize("width", [50, 60, 72, 80, 100])
def test_hard_wrapped_real_prose_joins_back(width):
    originals, wrapped = _wrapped_sample(width)
    got = [p.text.replace("\n", " ") for p in split_paragraphs(wrapped)]
    assert got == originals
