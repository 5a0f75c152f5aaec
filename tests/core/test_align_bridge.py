"""A merge of three paragraphs whose middle one was reworded: the middle one joins the merge
only on words of its own, never on its position alone (``pairalign.bridges``).

The long version has P, Q, R; the copy merges them into one paragraph M and keeps little of
Q (too little for a part of a merge: ``pairalign.brings_part``). M matches P and R strongly;
Q lies between them. Q joins M's row when M holds words of Q's
that neither P nor R holds, among them a phrase (two adjacent content words); then P, Q
and R share M's row. Without such words Q stays apart, and so does R (P and R are no
neighbours: a row never holds paragraphs other rows sit between).
"""

from __future__ import annotations

import pytest

from tests.conftest import make_versions
from tests.core.test_align_gold import row_members
from tui.core import compare

A = "The town of Westcombe has 9,000 inhabitants and 1,200 of them are out of work this winter."
P = ("“Old trades such as weaving and tanning are fading away, so tourism is the only road ahead,” said Marta "
     "Ruiz, a councillor from the Green Party, which voted for the Harbour Hotel.")
Q = ("The mayor, Tomas Vidal, who faces an election in May, refused to comment on the scheme or its cost, but Ruiz "
     "said the design complies with safety standards.")
R = ("The hotel would stand 900 metres from the river, comfortably beyond the 300 metres demanded by a 1985 "
     "planning law.")
Z = "Fishermen fear the new car park will block the old slipway that their boats have used for centuries."
LONG = [A, P, Q, R, Z]

MERGE = ("“Old trades such as weaving are fading away, so tourism is the only road ahead,” said Marta Ruiz, a "
         "councillor from the Green Party. {q} A planning law says it must stand 300 metres from the river; it "
         "will stand 900 metres.")

# (id, the merge's rewording of Q, whether P, Q and R share the merge's row)
CASES = [
    ("shared phrase joins the middle", "Ruiz says it meets safety standards.", True),
    ("no words of its own: middle apart", "Ruiz says the hotel is lawful.", False),
    ("its words but no phrase: middle apart", "Ruiz says that for safety the hotel meets every standard.", False),
]


def _row_of(comparison, version: int, index: int) -> int:
    return next(n for n, row in enumerate(comparison.rows) if index in row.cells[version])


@pytest.mark.parametrize("base", [0, 1], ids=["long version is the base", "merge is the base"])
@pytest.mark.parametrize("q,joined", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_middle_of_a_merge_joins_on_its_own_words(q, joined, base):
    comparison = compare(make_versions("\n".join(LONG), "\n".join([A, MERGE.format(q=q), Z])), base=base)
    merge_row = _row_of(comparison, 1, 1)
    assert (_row_of(comparison, 0, 1) == merge_row) is True  # P: the strongest match
    assert (_row_of(comparison, 0, 2) == merge_row) is joined
    assert (_row_of(comparison, 0, 3) == merge_row) is joined


def _partners(comparison, version: int, index: int, other: int) -> set[int]:
    """Paragraphs of ``other`` that some row claims with paragraph ``index`` of ``version``
    (sitting in the row or covering it: ``Row.continued``)."""
    return {j for n in range(len(comparison.rows)) if index in row_members(comparison, n, version)
            for j in row_members(comparison, n, other)}


SHORT = ("Marta Ruiz, a Green councillor, says tourism is the only road ahead. A planning law says the hotel must "
         "stand 300 metres from the river; it will stand 900 metres.")
"""A third version that carries P and R but nothing of Q's."""


@pytest.mark.parametrize("q,joined", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_middle_joins_when_the_base_lacks_it(q, joined):
    """The base (SHORT) has no part in Q: the merge brings Q in with P when Q has words of its own there."""
    versions = make_versions("\n".join([A, SHORT, Z]), "\n".join(LONG), "\n".join([A, MERGE.format(q=q), Z]))
    comparison = compare(versions, base=0)
    assert (2 in _partners(comparison, 2, 1, 1)) is joined
    assert 1 in _partners(comparison, 2, 1, 1)


@pytest.mark.parametrize("base", [0, 1, 2], ids=["short is the base", "long is the base", "merge is the base"])
def test_a_version_without_the_middle_is_not_claimed_with_it(base):
    """SHORT carries P and R, not Q: no row claims it with Q, whatever its rows cover by position."""
    versions = make_versions("\n".join([A, SHORT, Z]), "\n".join(LONG), "\n".join([A, MERGE.format(q=CASES[0][1]), Z]))
    comparison = compare(versions, base=base)
    assert 2 not in _partners(comparison, 0, 1, 1)
    assert {1, 2, 3} <= _partners(comparison, 2, 1, 1)
    assert 1 in _partners(comparison, 0, 1, 1)
