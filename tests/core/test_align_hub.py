"""One paragraph (the hub) matched with two others that carry different parts of it and share
nothing: they get a row each, the hub covering both, so no row claims them a pair
(``subrows._apart_parts``). Paragraphs that may carry the same text stay in one row."""

from __future__ import annotations

import pytest

from tests.conftest import make_versions
from tui.core import compare
from tui.core.align.similarity import Corpus
from tui.core.align.subrows import _same_part

A = "The town of Westcombe has 9,000 inhabitants and 1,200 of them are out of work this winter."
Z = "Fishermen fear the new car park will block the old slipway that their boats have used for centuries."
S1 = "The former mayor, who was 81, had been in frail health for several years after a stroke in 2019."
S2 = "Flags on the harbour wall were lowered to half-mast when the news reached the fishing fleet."
X = "The former mayor, aged 81, had been in frail health for several years following a stroke in 2019."
Y = "When the news reached the fishing fleet, flags on the harbour wall were lowered to half-mast."

# (id, hub, version 1's paragraph, version 2's paragraph, rows expected: (cells, continued) of the story's middle)
CASES = [
    ("parts share nothing: a row each, in the hub's order", S1 + " " + S2, X, Y,
     [(((1,), (1,), ()), ()), (((), (), (1,)), (True, False, False))]),
    ("the hub's order decides which comes first", S2 + " " + S1, X, Y,
     [(((1,), (), (1,)), ()), (((), (1,), ()), (True, False, False))]),
    ("parts sharing words stay one row", S1 + " " + S2, X, Y + " The former mayor had been frail.",
     [(((1,), (1,), (1,)), ())]),
]


@pytest.mark.parametrize("base", [0, 1, 2], ids=["hub is the base", "first part is base", "second part is base"])
@pytest.mark.parametrize("hub,first,second,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parts_of_a_hub_that_share_nothing_get_a_row_each(hub, first, second, expected, base):
    versions = make_versions("\n".join([A, hub, Z]), "\n".join([A, first, Z]), "\n".join([A, second, Z]))
    rows = [(row.cells, row.continued) for row in compare(versions, base).rows]
    assert rows[1:-1] == expected


FILL = "Cathedral choirs rehearsed Handel anthems beside gilded organ pipes while tourists photographed tapestries."
HUB = "Flags on the harbour wall were lowered when the news reached the fishing fleet."
BIG = FILL + " Flags were lowered on the harbour wall."

# (id, the other paragraph beside BIG, whether they may carry the same text)
PARTS = [
    ("the other part of the hub: apart", "The fishing fleet heard the news at sea.", False),
    ("the hub's words it carries are in BIG: the same", "Flags at the harbour flew while drummers, jugglers, "
     "acrobats and stilt walkers paraded past bakeries selling saffron buns.", True),
    ("similar enough to be candidates: the same", "Flags were lowered on the harbour wall, as choirs rehearsed.", True),
]


@pytest.mark.parametrize("other,same", [c[1:] for c in PARTS], ids=[c[0] for c in PARTS])
def test_same_part_evidence(other, same):
    corpus = Corpus(make_versions(HUB, BIG, other, "Unrelated text about budgets, roads and taxes."))
    hub, big, part = (corpus.by_index[v][0] for v in range(3))
    assert _same_part(corpus, big, part, hub) is same
    assert _same_part(corpus, part, big, hub) is same
