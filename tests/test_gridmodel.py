"""GridModel without an app: columns, items, cursor, folds, versions shown, search and skipped rows.

The story: three versions of ten paragraphs. B changes row 3 ("2%" -> "3%") and row 15
("unhappy" -> "furious"), C changes row 2 ("spoke" -> "spoke briefly"); rows 5-13 hold
boilerplate (a newsletter promo, links, a share line), long enough to be folded.
"""

from __future__ import annotations

import pytest

from tests.conftest import make_versions
from tui.core import compare
from tui.widgets.gridmodel import MIN_COLUMN, GridModel, capacity, columns, gutter_width
from tui.widgets.viewoptions import ViewOptions

LINES = ["The council met on Monday.", "It approved the budget.", "The mayor spoke.", "Taxes rise by 2%.",
         "Schools get more money.", "Sign up for our newsletter", "Read more: council stories",
         "Share this article on Facebook", "The vote was close.", "Critics were unhappy."]
A = "\n".join(LINES)
B = A.replace("2%", "3%").replace("unhappy", "furious")
C = A.replace("spoke.", "spoke briefly.")
WIDE = 200  # three columns fit
NARROW = 80  # two fit


@pytest.fixture(scope="module")
def comparison():
    return compare(make_versions(A, B, C), 0)


@pytest.fixture(scope="module")
def four(comparison):
    return compare(make_versions(A, B, C, A.replace("money", "cash")), 0)


def model_of(comparison, width=WIDE, expanded=(), skip_row=None, **options) -> GridModel:
    """A model of the comparison laid out at width, with these ViewOptions, opened folds and skipped rows."""
    model = GridModel()
    model.load(comparison)
    model.set_options(ViewOptions(**options))
    model.expanded, model.skip_row = set(expanded), skip_row
    model.fit(width)
    model.rebuild()
    return model


def layout(model: GridModel) -> list[str]:
    """Items as short strings: '3' for a row, 'boilerplate 5-13' for a fold."""
    return [f"{i.kind} {i.rows[0]}-{i.rows[-1]}" if i.is_fold else str(i.rows[0]) for i in model.items]


# ---- pure geometry -------------------------------------------------------------------------

GEOMETRY = [
    ("gutter grows with row numbers", lambda: (gutter_width(9), gutter_width(10), gutter_width(1000)), (4, 5, 7)),
    ("review marks widen the gutter", lambda: gutter_width(9, marks=True), 5),
    ("one column always fits", lambda: capacity(10, 5), 1),
    ("columns of MIN_COLUMN", lambda: capacity(4 + 3 * (MIN_COLUMN + 1) - 1, 5), 3),
    ("one cell short of three", lambda: capacity(4 + 3 * (MIN_COLUMN + 1) - 2, 5), 2),
    ("columns share the width, rules between", lambda: columns(4 + 21, 5, 2), [(4, 10), (15, 10)]),
    ("the odd cell goes left", lambda: columns(4 + 22, 5, 2), [(4, 11), (16, 10)]),
]


@pytest.mark.parametrize("compute,expected", [g[1:] for g in GEOMETRY], ids=[g[0] for g in GEOMETRY])
def test_geometry(compute, expected):
    assert compute() == expected


# ---- loading and columns ----------------------------------------------------------------------

def test_an_empty_model_has_no_cursor_row():
    model = GridModel()
    assert model.cursor_row is None and model.items == [] and not model.fit(WIDE)
    assert model.search("council") == 0 and model.next_match(1) is None and model.next_change(1) is None


def test_load_keeps_the_users_order_and_puts_the_old_base_first(comparison):
    model = GridModel()
    model.load(comparison)
    assert model.chosen == [1, 2]
    model.set_shown([2])
    rebased = compare(make_versions(A, B, C), 1)
    model.load(rebased)
    assert model.chosen == [2, 0]


def test_load_returns_the_row_of_the_kept_paragraph(comparison):
    model = GridModel()
    assert model.load(comparison, keep=(2, 3)) == model.row_of(2, 3) == 3
    assert model.load(comparison) is None


FIT = [
    ("wide: base and both others", WIDE, None, (0, 1, 2)),
    ("narrow: base and one", NARROW, None, (0, 1)),
    ("not laid out: as at 160 cells", 0, None, (0, 1, 2)),
    ("picked one at a wide width", WIDE, 1, (0, 1)),
]


@pytest.mark.parametrize("width,picked,shown", [f[1:] for f in FIT], ids=[f[0] for f in FIT])
def test_fit_shows_as_many_as_fit(comparison, width, picked, shown):
    model = GridModel()
    model.load(comparison)
    model.picked = picked
    assert model.fit(width) is True
    assert model.shown == shown
    assert model.fit(width) is False  # nothing changed the second time


VERSIONS = [  # at NARROW one version fits beside the base
    ("set_shown puts the picked first", lambda m: m.set_shown([3, 1]), [3, 1, 2], (0, 3)),
    ("cycle rotates by the shown count", lambda m: m.cycle_versions(), [2, 3, 1], (0, 2)),
    ("show_version replaces the last column", lambda m: m.show_version(3), [3, 1, 2], (0, 3)),
]


@pytest.mark.parametrize("change,chosen,shown", [v[1:] for v in VERSIONS], ids=[v[0] for v in VERSIONS])
def test_versions_shown(four, change, chosen, shown):
    model = model_of(four, width=NARROW)
    assert model.shown == (0, 1)
    change(model)
    model.fit(NARROW)
    assert (model.chosen, model.shown) == (chosen, shown)


def test_show_version_refuses_the_base_and_a_shown_version(four):
    model = model_of(four, width=NARROW)
    assert not model.show_version(0) and not model.show_version(1)
    model.set_shown([1, 2, 3])
    model.fit(WIDE + 100)
    assert not model.cycle_versions()  # all shown: nothing to rotate


# ---- items, folds and the cursor -------------------------------------------------------------------

LAYOUTS = [
    ("default: boilerplate folded", {}, ["0", "1", "2", "3", "4", "boilerplate 5-13", "14", "15"]),
    ("boilerplate hidden", {"hide_boilerplate": True}, ["0", "1", "2", "3", "4", "14", "15"]),
    ("unchanged folded", {"fold_unchanged": True}, ["unchanged 0-1", "2", "3", "4", "boilerplate 5-13", "14", "15"]),
    ("boilerplate fold opened", {"expanded": {("boilerplate", 5)}}, [str(n) for n in range(16)]),
]


@pytest.mark.parametrize("options,expected", [x[1:] for x in LAYOUTS], ids=[x[0] for x in LAYOUTS])
def test_rebuild_derives_items_from_options(comparison, options, expected):
    assert layout(model_of(comparison, **options)) == expected


def test_rebuild_keeps_the_cursor_on_its_row_or_the_next_shown(comparison):
    model = model_of(comparison)
    model.cursor = model.item_of(14)
    assert model.set_options(ViewOptions(hide_boilerplate=True))
    model.rebuild()
    assert model.cursor_row == 14
    model.rebuild(keep_row=7)  # a hidden row: the next one shown
    assert model.cursor_row == 14
    model.rebuild(keep_row=99)  # past the end: the last item
    assert model.cursor == len(model.items) - 1


def test_fold_rules(comparison):
    model = model_of(comparison)
    assert model.item_of(7) == 5 and model.open_fold_of(7) and not model.open_fold_of(3)
    model.rebuild(7)
    assert model.cursor_row == 7 and model.fold_to_close(model.cursor) == ("boilerplate", 5)
    assert model.fold_to_close(model.item_of(3)) is None


def test_unhide_for_shows_boilerplate_only_when_it_hides_the_row(comparison):
    model = model_of(comparison, hide_boilerplate=True)
    assert not model.unhide_for(3)
    assert model.unhide_for(7) and model.options == ViewOptions()


def test_unchanged_folds_are_forgotten_when_unfolding(comparison):
    model = model_of(comparison, fold_unchanged=True, expanded={("unchanged", 0), ("boilerplate", 5)})
    assert model.set_options(ViewOptions(fold_unchanged=False))
    assert model.expanded == {("boilerplate", 5)}


OPTIONS = [  # (id, change, whether the items must be rebuilt)
    ("boilerplate", {"hide_boilerplate": True}, True),
    ("unchanged rows", {"fold_unchanged": True}, True),
    ("typography", {"typography": False}, True),
    ("dropped words (heights)", {"deletions": False}, True),
    ("facts", {"facts": True}, False),
    ("change map", {"change_map": False}, False),
    ("skip accepted", {"skip_accepted": True}, False),
]


@pytest.mark.parametrize("change,rebuild", [o[1:] for o in OPTIONS], ids=[o[0] for o in OPTIONS])
def test_which_options_change_the_layout(comparison, change, rebuild):
    model = model_of(comparison)
    assert model.set_options(ViewOptions(**change)) is rebuild
    assert model.options == ViewOptions(**change)


CHANGES = [
    ("down from the top", 0, 1, {}, 2),
    ("up from the end", 7, -1, {}, 3),
    ("none above the first change", 2, -1, {}, None),
    ("typography ignored: still changes", 0, 1, {"typography": False}, 2),
    ("skipped rows passed over", 0, 1, {"skip_row": lambda row: row in (2, 3)}, 15),
]


@pytest.mark.parametrize("start,direction,options,row", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_next_change(comparison, start, direction, options, row):
    model = model_of(comparison, **options)
    model.cursor = start
    found = model.next_change(direction)
    assert (model.items[found].rows[0] if found is not None else None) == row


def test_next_change_sees_only_shown_versions(comparison):
    model = model_of(comparison, width=NARROW)  # A and B: C's change in row 2 is off screen
    assert model.items[model.next_change(1)].rows[0] == 3


# ---- search ----------------------------------------------------------------------------------

def test_search_counts_matches_shown_columns_first(comparison):
    model = model_of(comparison, width=NARROW)
    assert model.search("the   COUNCIL") == 3  # blanks and case are loose
    assert [(m.row, m.version) for m in model.matches] == [(0, 0), (0, 1), (0, 2)]
    assert model.search("   ") == 0 and model.pattern is None and model.matches == []


NEXT_MATCH = [  # "the" is in rows 0, 1, 2 and 14 of every version: twelve matches
    ("forward from the cursor", 3, [1], (14, 0)),
    ("backward from the cursor", 3, [-1], (2, 2)),
    ("then one by one", 3, [-1, -1], (2, 1)),
    ("wraps past the last", 15, [1, 1], (0, 1)),
    ("wraps before the first", 0, [-1, -1, -1, -1], (14, 2)),
]


@pytest.mark.parametrize("cursor_row,steps,where", [n[1:] for n in NEXT_MATCH], ids=[n[0] for n in NEXT_MATCH])
def test_next_match(comparison, cursor_row, steps, where):
    model = model_of(comparison)
    assert model.search("the") == 12
    model.cursor = model.item_of(cursor_row)
    for direction in steps:
        match = model.next_match(direction)
    assert match is not None and (match.row, match.version) == where and model.current_match == match
    model.search("the")
    assert model.current_match is None  # a new search starts again from the cursor


def test_show_version_keeps_the_columns_before_the_last(four):
    model = model_of(four, width=110)  # two fit beside the base
    assert model.shown == (0, 1, 2)
    assert model.show_version(3)
    model.fit(110)
    assert model.shown == (0, 1, 3) and model.chosen == [1, 3, 2]
