"""Shares are worded so that no change is rounded away."""

from __future__ import annotations

import pytest

from tests.conftest import make_versions
from tui.core import analyse, compare
from tui.core.analysis.figures import percent, share

PERCENTS = [
    ("nothing", 0.0, "0%"), ("a trace", 0.0004, "<0.1%"), ("below one percent", 0.004, "0.4%"),
    ("one percent", 0.01, "1%"), ("a quarter", 0.26, "26%"), ("just below all", 0.996, "99.6%"),
    ("a hair below all", 0.9999, ">99.9%"), ("all", 1.0, "100%"),
]


@pytest.mark.parametrize("value,expected", [c[1:] for c in PERCENTS], ids=[c[0] for c in PERCENTS])
def test_percent_never_hides_a_difference(value, expected):
    assert percent(value) == expected


@pytest.mark.parametrize("count,total", [(1, 10_000), (9_999, 10_000), (1, 3), (0, 5), (5, 5), (0, 0)])
def test_share_stays_off_the_ends_unless_exact(count, total):
    value = share(count, total)
    assert (value == 0.0) == (count == 0) and (value == 1.0) == (total > 0 and count == total)


def test_one_changed_year_in_a_long_copy_is_not_100_percent_verbatim():
    sentence = "The council met on Tuesday and agreed the budget for the coming year after a long debate."
    base = [f"{sentence} Item {n} was discussed at length by members." for n in range(150)]
    copy = list(base)
    copy[30] = copy[30].replace("Tuesday", "Wednesday")
    comparison = compare(make_versions("\n".join(base), "\n".join(copy)), base=0)
    stats = analyse(comparison).stats[1]
    assert stats.verbatim < 1.0 and percent(stats.verbatim) != "100%"
    assert stats.edited > 0 and percent(stats.edited) != "0%"
