"""Unit tests of the grid's pure parts: wrapping, cell text, folding, search."""

from __future__ import annotations

import random

import pytest

from tui.core import Paragraph, Version, compare
from tui.core.model import CellInfo, Row
from tui.widgets.cells import DELETE_MARK, INSERT_MARK, PARAGRAPH_MARK, CellContext, TrackedDiffs, build_cell
from tui.widgets.layout import BOILERPLATE_FOLD, UNCHANGED_FOLD, LineIndex, build_items, is_change, shown_relation
from tui.widgets.search import compile_query, find_matches
from tui.widgets.status import describe_row, paragraph_numbers
from tui.widgets.wrap import _NARROW, Styled, _wrap_any, _wrap_narrow, line_pieces, width_of, wrap_ranges

PARAGRAPHS = [
    "The council approved the new budget on Monday after a long debate about school funding.",
    "Opposition members said the plan would cut services in the poorest districts of the city.",
    "The mayor promised to publish a detailed breakdown of the spending within two weeks.",
    "Local businesses welcomed the decision, saying it gives them certainty for the coming year.",
    "A final vote on the transport package is expected next month, officials confirmed.",
]


def version(vid: str, texts: list[str], boilerplate: dict[int, str] | None = None) -> Version:
    boilerplate = boilerplate or {}
    paragraphs = tuple(Paragraph(n, 2 * n + 1, 2 * n + 1, text, boilerplate.get(n)) for n, text in enumerate(texts))
    return Version(vid, f"v{vid}", f"{vid}.txt", paragraphs)


def context(comparison) -> CellContext:
    row_of = {(v, p): n for n, row in enumerate(comparison.rows) for v, cell in enumerate(row.cells) for p in cell}
    return CellContext(comparison, TrackedDiffs(comparison), lambda v, p: row_of.get((v, p)))


def text_of(comparison, row: int, v: int) -> str:
    return build_cell(context(comparison), row, v)[0].text


def test_wrap_breaks_at_spaces_and_keeps_marks_with_words():
    text = "one two +three four"
    lines = wrap_ranges(text, 9)
    assert [text[a:b].strip() for a, b in lines] == ["one two", "+three", "four"]


def test_wrap_splits_words_longer_than_the_line_and_honours_newlines():
    assert [(a, b) for a, b in wrap_ranges("abcdefghij", 4)] == [(0, 4), (4, 8), (8, 10)]
    text = "first\nsecond"
    assert [text[a:b] for a, b in wrap_ranges(text, 20)] == ["first", "second"]


def test_wrap_counts_wide_characters_as_two_cells():
    assert len(wrap_ranges("\u4e2d\u6587\u4e2d\u6587", 4)) == 2


def test_the_narrow_path_takes_only_characters_one_cell_wide():
    wide = [hex(cp) for cp in range(0x10000)
            if chr(cp) != "\n" and _NARROW.fullmatch(chr(cp)) and width_of(chr(cp)) != 1]
    assert wide == []


def test_the_narrow_path_wraps_as_the_general_one():
    rng = random.Random(7)
    alphabet = "aZ9.,'+-\u00e9\u00b6\u03b1\u0436\u2014\u201c\u20ac\u2191\u2195\u2212\u2248\u222a\u22ef\u25aa\u25b8"
    for _ in range(2000):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(rng.randint(0, 12))]
        text = "".join(word + rng.choice((" ", " ", "  ", "\n", "\u00a0", " \n ")) for word in words)
        assert _NARROW.fullmatch(text)
        for width in (1, 3, 8, 20):
            assert _shown(text, _wrap_narrow(text, width)) == _shown(text, _wrap_any(text, width)), (text, width)


def _shown(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """What each line shows (trailing spaces dropped, as ``line_pieces`` does) and where it starts."""
    return [(a, text[a:b].rstrip()) if text[a:b].strip() else (-1, "") for a, b in ranges]


def test_wrap_leaves_no_cell_for_a_combining_mark():
    assert len(wrap_ranges("\u0430\u0483" * 4, 4)) == 1


def test_line_pieces_cut_runs_and_drop_trailing_spaces():
    styled = Styled("ab cd  ", (0, 3), ((), ("inserted",)))
    assert line_pieces(styled, 0, 7) == [("ab ", ()), ("cd", ("inserted",))]


def test_an_edited_cell_marks_insertions_and_deletions():
    edited = PARAGRAPHS[0].replace("new budget", "revised budget")
    comparison = compare([version("A", PARAGRAPHS), version("B", [edited, *PARAGRAPHS[1:]])], base=0)
    row = next(n for n, r in enumerate(comparison.rows) if r.cells[1] == (0,))
    styled, final = build_cell(context(comparison), row, 1)
    assert final
    assert f"{DELETE_MARK}new" in styled.text and f"{INSERT_MARK}revised" in styled.text
    runs = dict(zip(styled.starts, styled.classes, strict=True))
    assert any("deleted" in c for c in runs.values()) and any("inserted" in c for c in runs.values())


def test_control_characters_never_reach_the_screen():
    evil = PARAGRAPHS[0] + " \x1b[31mred\x1b[0m \u202eevil"
    comparison = compare([version("A", [evil, *PARAGRAPHS[1:]])])
    text = text_of(comparison, 0, 0)
    assert "\x1b" not in text and "\u202e" not in text
    assert "\\x1b[31m" in text and "\\u202e" in text


def test_hard_wrapped_paragraphs_show_as_one_line_and_split_cells_break():
    wrapped = PARAGRAPHS[0].replace(" after", "\nafter")
    comparison = compare([version("A", [wrapped, *PARAGRAPHS[1:]])])
    assert "\n" not in text_of(comparison, 0, 0)


def test_each_paragraph_after_the_first_of_a_merged_cell_is_marked():
    merged = [PARAGRAPHS[0], PARAGRAPHS[1] + " " + PARAGRAPHS[2], *PARAGRAPHS[3:]]
    comparison = compare([version("A", merged), version("B", PARAGRAPHS)], base=0)
    row = next(n for n, r in enumerate(comparison.rows) if len(r.cells[1]) == 2)
    text = text_of(comparison, row, 1)
    assert text.count(f"\n{PARAGRAPH_MARK} ") == 1 and not text.startswith(PARAGRAPH_MARK)


def test_missing_and_only_in_one_version_are_said():
    comparison = compare([version("A", PARAGRAPHS), version("B", PARAGRAPHS[:3] + PARAGRAPHS[4:]),
                          version("C", [*PARAGRAPHS, "An entirely different closing paragraph about weather."])],
                         base=0)
    missing = next(n for n, r in enumerate(comparison.rows) if r.info[1].kind == "missing")
    assert text_of(comparison, missing, 1) == f"{DELETE_MARK} not in B"
    only = next(n for n, r in enumerate(comparison.rows) if r.versions_present() == [2])
    assert text_of(comparison, only, 2).startswith("+ only in C")


def test_a_moved_paragraph_says_where_it_sits():
    moved = [PARAGRAPHS[0], PARAGRAPHS[4], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]]
    comparison = compare([version("A", PARAGRAPHS), version("B", moved)], base=0)
    rows = [n for n, r in enumerate(comparison.rows) if r.info[1].moved]
    assert rows
    text = text_of(comparison, rows[0], 1)
    assert "\u2195 moved: \u00b6" in text and "in B, after row" in text


def test_long_boilerplate_folds_and_hiding_removes_it():
    texts = ["Caption: a photo " * 10, *PARAGRAPHS]
    comparison = compare([version("A", texts, {0: "caption"}), version("B", texts, {0: "caption"})])
    items = build_items(comparison, (0, 1))
    assert items[0].kind == BOILERPLATE_FOLD
    assert items[1].kind == "row"
    assert build_items(comparison, (0, 1), expanded={items[0].key})[0].kind == "row"
    assert all(comparison.rows[i.rows[0]].relation != "boilerplate"
               for i in build_items(comparison, (0, 1), hide_boilerplate=True))


def test_unchanged_runs_fold_only_when_asked():
    comparison = compare([version("A", PARAGRAPHS), version("B", PARAGRAPHS)])
    assert [i.kind for i in build_items(comparison, (0, 1), fold_unchanged=True)] == [UNCHANGED_FOLD]
    assert len(build_items(comparison, (0, 1))) == len(PARAGRAPHS)


def test_line_index_maps_lines_to_items():
    index = LineIndex([3, 2, 4], [True, False, True])
    assert index.starts == [0, 3, 5] and index.total == 9
    assert [index.item_at(y) for y in (0, 2, 3, 5, 8, 99)] == [0, 0, 1, 2, 2, 2]
    assert index.update({1: (5, True)}) and index.starts == [0, 3, 8]


def test_search_is_literal_case_insensitive_and_spans_line_breaks():
    assert compile_query("  ") is None
    pattern = compile_query("after a")
    wrapped = PARAGRAPHS[0].replace("after ", "after\n")
    comparison = compare([version("A", [wrapped, *PARAGRAPHS[1:]])])
    matches = find_matches(comparison, range(len(comparison.rows)), (0,), pattern)
    assert len(matches) == 1 and matches[0].row == 0
    assert find_matches(comparison, range(5), (0,), compile_query("(x")) == []


_RELATION_OF = {"base": "", "missing": "dropped"}


def _row(relation, kinds, cells=None, moved=()):
    infos = tuple(CellInfo(kind, 1.0 if kind in ("same", "base") else 0.5, moved=v in moved,
                           relation=_RELATION_OF.get(kind, kind))
                  for v, kind in enumerate(kinds))
    cells = cells or tuple((0,) if kind not in ("missing", "") else () for kind in kinds)
    return Row(cells, relation, infos)


# (id, row relation, kinds per version (0 is the base), shown, expected)
SHOWN_RELATIONS = [
    ("hidden paraphrase, shown same", "paraphrase", ("base", "same", "paraphrase"), (0, 1), "same"),
    ("all shown", "paraphrase", ("base", "same", "paraphrase"), (0, 1, 2), "paraphrase"),
    ("a shown version lacks it", "dropped", ("base", "missing", "edited"), (0, 1), "dropped"),
    ("dropped beats edited", "dropped", ("base", "missing", "edited"), (0, 1, 2), "dropped"),
    ("hidden version dropped it", "dropped", ("base", "missing", "edited"), (0, 2), "edited"),
    ("typography shown", "typography", ("base", "typography", "same"), (0, 1, 2), "typography"),
    ("base lacks it", "added", ("", "added", "added"), (0, 1), "added"),
    ("boilerplate stays", "boilerplate", ("boilerplate", "boilerplate", "boilerplate"), (0, 1), "boilerplate"),
]


@pytest.mark.parametrize("relation,kinds,shown,expected", [c[1:] for c in SHOWN_RELATIONS],
                         ids=[c[0] for c in SHOWN_RELATIONS])
def test_the_gutter_and_status_describe_the_shown_versions(relation, kinds, shown, expected):
    assert shown_relation(_row(relation, kinds), shown) == expected


def test_typography_ignored_reads_as_same_and_is_no_change():
    row = _row("typography", ("base", "typography", "same"))
    assert shown_relation(row, (0, 1, 2), typography=False) == "same"
    assert is_change(row, (0, 1, 2)) and not is_change(row, (0, 1, 2), typography=False)


@pytest.mark.parametrize("kinds,moved", [(("base", "same", "same"), {1}), (("base", "missing", "same"), ()),
                                         (("", "added", ""), ())], ids=["moved verbatim", "dropped", "added"])
def test_moves_and_omissions_are_changes_even_when_the_words_are_the_same(kinds, moved):
    infos = [CellInfo(k, moved=v in moved, relation="moved" if v in moved else _RELATION_OF.get(k, k))
             for v, k in enumerate(kinds)]
    cells = tuple((0,) if k not in ("missing", "") else () for k in kinds)
    row = Row(cells, "x", tuple(infos))
    assert is_change(row, (0, 1, 2))


@pytest.mark.parametrize("cell,expected", [((2,), "3"), ((2, 4), "3,5"), ((33, 34), "34,35"),
                                           (tuple(range(33, 58)), "34\u201358"),
                                           ((1, 2, 3, 7, 9, 10), "2\u20134,8,10,11")],
                         ids=["one", "two apart", "two in a row", "a long run", "mixed"])
def test_paragraph_numbers_in_the_status_bar_use_ranges(cell, expected):
    assert paragraph_numbers(cell) == expected


def test_a_merge_that_other_versions_keep_apart_shows_a_marker_not_a_blank():
    """Base A, B, C; one copy edits each; another merges A and B. The merge covers two rows: the
    second says so (never "not in", which would read as an omission), and the merged cell is
    diffed against both base paragraphs, so B's words are not shown as inserted."""
    a, b, c = PARAGRAPHS[:3]
    edited = [p.replace("the", "a", 1) for p in (a, b)] + [c]
    comparison = compare([version("A", [a, b, c]), version("B", edited), version("C", [f"{a} {b}", c])], 0)
    continued = [n for n, row in enumerate(comparison.rows) if row.continues(2)]
    assert continued, [row.cells for row in comparison.rows]
    marker = text_of(comparison, continued[0], 2)
    assert "above" in marker and "merged" in marker and DELETE_MARK not in marker
    merged = text_of(comparison, continued[0] - 1, 2)
    assert INSERT_MARK not in merged and DELETE_MARK not in merged


def test_a_merge_around_a_dropped_paragraph_names_the_row_that_holds_it():
    """Base A, B, C, D; a copy merged A and C and dropped B: B's row says "not in", C's row
    says where the copy's text for it is (the row directly above is B's, not the merge)."""
    a, b, c, d = PARAGRAPHS[:4]
    comparison = compare([version("A", [a, b, c, d]), version("B", [f"{a} {c}", d])], 0)
    continued = [n for n, row in enumerate(comparison.rows) if row.continues(1)]
    assert continued, [row.cells for row in comparison.rows]
    n = continued[0]
    head = comparison.cover(n, 1)[0]
    assert head < n - 1 and DELETE_MARK in text_of(comparison, n - 1, 1)
    marker = text_of(comparison, n, 1)
    assert "merged" in marker and f"row {head + 1}" in marker and DELETE_MARK not in marker


def test_a_base_paragraph_split_across_rows_is_a_split_in_the_viewer_not_an_addition():
    """The base merged A and B; one copy keeps them apart, another edits them apart: the second
    row holds the copies' B parts under the base's continued paragraph, a split."""
    a, b, c = PARAGRAPHS[:3]
    edited = [p.replace("the", "a", 1) for p in (a, b)] + [c]
    comparison = compare([version("A", [f"{a} {b}", c]), version("B", [a, b, c]), version("C", edited)], 0)
    rows = [n for n, row in enumerate(comparison.rows) if row.continues(0)]
    assert rows, [row.cells for row in comparison.rows]
    n = rows[0]
    assert shown_relation(comparison.rows[n], (0, 1, 2)) == "split"
    status = describe_row(comparison, n, (0, 1, 2)).plain
    assert f"in row {n}" in status and "added" not in status
    assert "split" in text_of(comparison, n, 0) and "above" in text_of(comparison, n, 0)
