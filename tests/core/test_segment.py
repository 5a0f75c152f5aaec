"""Paragraph splitting and line numbers, table-driven."""

from __future__ import annotations

import pytest

from tui.core.segment import split_paragraphs

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


def test_markdown_blocks_join_but_headings_and_lists_break():
    text = "# Title\nIntro line one\ncontinues here.\n\n- item one\n- item two\n"
    got = [(p.start_line, p.end_line) for p in split_paragraphs(text, markdown=True)]
    assert got == [(1, 1), (2, 3), (5, 5), (6, 6)]


def test_indices_are_reading_order():
    paragraphs = split_paragraphs("a\n\nb\nc\n")
    assert [p.index for p in paragraphs] == list(range(len(paragraphs)))


def test_sample_line_numbers_match_the_file(sample_versions):
    from tests.conftest import SAMPLE

    for version in sample_versions:
        lines = (SAMPLE / f"{version.label}.txt").read_text(encoding="utf-8").split("\n")
        for p in version.paragraphs:
            assert lines[p.start_line - 1] == p.text.split("\n")[0]
