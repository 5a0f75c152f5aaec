"""Alignment: same, edited, paraphrase, moves, splits, merges, additions; and the row invariants."""

from __future__ import annotations

import random

import pytest

from tests.conftest import make_versions
from tui.core import BaseChoice, compare

P1 = "The council approved a new budget of £40 million for road repairs on Tuesday evening."
P2 = "Opposition councillors said the plan ignored flooding in the northern villages of Ashby and Croft."
P3 = "The mayor, Sarah Lund, promised a review of drainage spending before the end of March."
P4 = "Residents will be able to comment on the proposals at three public meetings next month."
P5 = "A spokesperson for the transport department declined to say when work would begin."
STORY = [P1, P2, P3, P4, P5]


def _cells(comparison, version: int) -> list[tuple[int, ...]]:
    """For each paragraph of the base (0..n), the cell of `version` in its row."""
    rows_by_base = {row.cells[comparison.base]: row for row in comparison.rows if row.cells[comparison.base]}
    return [rows_by_base[key].cells[version] for key in sorted(rows_by_base)]


def _row_of(comparison, version: int, index: int):
    return next(row for row in comparison.rows if index in row.cells[version])


# (id, other version's paragraphs, expected cells of B per base paragraph, expected relations)
CASES = [
    ("identical", STORY, [(0,), (1,), (2,), (3,), (4,)], ["same"] * 5),
    ("typography only", [p.replace("'", "’") for p in STORY] [:1] + [STORY[1].replace("said", "said")] + STORY[2:],
     [(0,), (1,), (2,), (3,), (4,)], ["same"] * 5),
    ("light edit", [P1.replace("Tuesday evening", "Tuesday night")] + STORY[1:],
     [(0,), (1,), (2,), (3,), (4,)], ["edited"] + ["same"] * 4),
    ("paragraph dropped", [P1, P2, P4, P5], [(0,), (1,), (), (2,), (3,)], ["same", "same", "dropped", "same", "same"]),
    ("split in two", [P1, P2.split(" said ")[0] + " said so.", "They said " + P2.split(" said ")[1], P3, P4, P5],
     [(0,), (1, 2), (3,), (4,), (5,)], ["same", "split", "same", "same", "same"]),
    ("two merged", [P1, P2 + " " + P3, P4, P5], [(0,), (1,), (2,), (3,)], None),  # base cells (1, 2) share a row
    ("paraphrased lede", [
        "On Tuesday evening councillors backed a £40 million budget to repair the roads.", P2, P3, P4, P5],
     [(0,), (1,), (2,), (3,), (4,)], ["paraphrase", "same", "same", "same", "same"]),
]


@pytest.mark.parametrize("other,expected,relations", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pairwise_cases(other, expected, relations):
    comparison = compare(make_versions("\n".join(STORY), "\n".join(other)), base=0)
    assert _cells(comparison, 1) == expected
    if relations is not None:
        got = [row.relation for row in comparison.rows if row.cells[0]]
        assert got == relations


def test_merge_is_one_row_with_two_base_paragraphs():
    comparison = compare(make_versions("\n".join(STORY), "\n".join([P1, P2 + " " + P3, P4, P5])), base=0)
    row = _row_of(comparison, 1, 1)
    assert row.cells == ((1, 2), (1,))
    assert row.info[1].shape == "merge"


def test_simplified_merge_of_three_paragraphs():
    """A rewrite that merges three paragraphs and drops words on the way still lands in one row."""
    simplified = ("Opposition councillors said the plan ignored flooding in Ashby and Croft. The mayor, Sarah Lund, "
                  "promised a review of drainage spending. People can comment at three public meetings.")
    comparison = compare(make_versions("\n".join(STORY), "\n".join([P1, simplified, P5])), base=0)
    row = _row_of(comparison, 1, 1)
    assert row.cells == ((1, 2, 3), (1,))


def test_moved_paragraph_is_a_move_not_delete_plus_add():
    comparison = compare(make_versions("\n".join(STORY), "\n".join([P1, P5, P2, P3, P4])), base=0)
    row = _row_of(comparison, 1, 1)
    assert row.cells == ((4,), (1,))
    assert row.relation == "moved" and row.info[1].moved
    assert not any(r.relation == "added" for r in comparison.rows)


def test_addition_in_one_version_is_its_own_row():
    extra = "Separately, the fire service reported a rise in call-outs during the storm in Croft."
    comparison = compare(make_versions("\n".join(STORY), "\n".join([P1, P2, extra, P3, P4, P5])), base=0)
    row = _row_of(comparison, 1, 2)
    assert row.cells == ((), (2,)) and row.relation == "added"
    order = [row.cells[1] for row in comparison.rows]
    assert order.index((2,)) == order.index((1,)) + 1, "an addition sits after its predecessor"


def test_text_the_base_lacks_is_shared_by_the_others():
    extra = "Separately, the fire service reported a rise in call-outs during the storm in Croft."
    edited_extra = extra.replace("reported", "recorded")
    comparison = compare(make_versions("\n".join(STORY), "\n".join(STORY + [extra]),
                                       "\n".join(STORY + [edited_extra])), base=0)
    row = _row_of(comparison, 1, 5)
    assert row.cells == ((), (5,), (5,))


def test_boilerplate_is_kept_out_of_the_comparison():
    caption = "The mayor at the town hall (Image: Getty Images)"
    comparison = compare(make_versions("\n".join(STORY), "\n".join([P1, caption, P2, P3, P4, P5])), base=0)
    row = _row_of(comparison, 1, 1)
    assert row.relation == "boilerplate" and row.cells[0] == ()


def test_base_is_chosen_automatically_and_said():
    story = "\n".join(STORY)
    partial = "\n".join([P1, P3, "Something else entirely happened at the zoo on Sunday."])
    comparison = compare(make_versions(partial, story, story.replace("Tuesday", "Monday")))
    assert comparison.base in (1, 2)
    assert comparison.base_choice is BaseChoice.MOST_SHARED
    assert comparison.base_reason == (f"chosen by syndiff: {comparison.base_version.label} shares the most "
                                      "wording with the other versions")


# (id, number of versions, base asked for, who chose it, the reason the reports give)
CHOOSERS = [
    ("the user", 2, 1, BaseChoice.USER, "chosen by the user"),
    ("the user, of one version", 1, 0, BaseChoice.USER, "chosen by the user"),
    ("the only version", 1, None, BaseChoice.ONLY, "the only version"),
]


@pytest.mark.parametrize("count, asked, choice, reason", [c[1:] for c in CHOOSERS], ids=[c[0] for c in CHOOSERS])
def test_who_chose_the_base_is_data(count, asked, choice, reason):
    comparison = compare(make_versions(*["\n".join(STORY)] * count), base=asked)
    assert comparison.base == (asked or 0)
    assert comparison.base_choice is choice and comparison.base_reason == reason


def test_deterministic():
    texts = ("\n".join(STORY), "\n".join([P2, P1, P3 + " More.", P5]), "\n".join(STORY[::-1]))
    first = compare(make_versions(*texts))
    second = compare(make_versions(*texts))
    assert first == second


def _random_story(rng: random.Random) -> list[str]:
    paragraphs = []
    for p in STORY:
        if rng.random() < 0.2:
            continue
        words = [w if rng.random() > 0.15 else rng.choice(["quickly", "Ukraine", "£5", "said"]) for w in p.split()]
        paragraphs.append(" ".join(words))
    if rng.random() < 0.5 and len(paragraphs) > 2:
        paragraphs.insert(0, paragraphs.pop())
    if rng.random() < 0.5:
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), "Photo: the scene (Image: PA)")
    return paragraphs or ["Nothing left."]


@pytest.mark.parametrize("seed", range(40))
def test_every_paragraph_in_exactly_one_row(seed):
    rng = random.Random(seed)
    versions = make_versions(*("\n".join(_random_story(rng)) for _ in range(rng.randint(1, 5))))
    comparison = compare(versions, base=rng.randrange(len(versions)))
    for v, version in enumerate(versions):
        placed = [i for row in comparison.rows for i in row.cells[v]]
        assert sorted(placed) == [p.index for p in version.paragraphs]


def test_rows_follow_the_base_order(sample_comparison):
    base = sample_comparison.base
    order = [i for row in sample_comparison.rows for i in row.cells[base]]
    assert order == sorted(order)
