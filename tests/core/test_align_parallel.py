"""The alignment's work split with forked processes gives what one process gives."""

from __future__ import annotations

import pytest
from hardstory import hard_versions

from tests.conftest import needs_fork
from tui.core import compare
from tui.core.align import rows, work
from tui.core.helper import Helper


@needs_fork
@pytest.mark.parametrize("seed", [2, 5])
def test_split_alignment_gives_the_same_rows(seed, monkeypatch):
    versions = hard_versions(5, 120, seed)
    serial = compare(versions)
    assert any(row.continued for row in serial.rows)  # rows covering others: blocks to compare across the cut
    asked = []

    class Recording(Helper):
        def ask(self, request):
            asked.append((request, self.forked))
            super().ask(request)

    monkeypatch.setattr(work, "Helper", Recording)
    cuts = []
    middle = rows.middle
    monkeypatch.setattr(rows, "middle", lambda drafts: cuts.append(middle(drafts)) or cuts[-1])
    split = compare(versions, parallel=True)
    kinds = [request[0] for request, _ in asked]
    assert all(forked for _, forked in asked)  # one helper, forked once, did all of it:
    assert kinds.count("base") == 1  # versions aligned with the base
    assert kinds.count("left") > 2  # rounds of text the base lacks
    assert kinds[-2:] == ["split", "classify"]  # groups split into rows, rows classified
    assert 0 < cuts[0] < len(serial.rows)  # the classification really was split
    assert split.rows == serial.rows
    assert split == serial


def test_rows_classified_in_two_parts_at_any_cut_are_the_rows_classified_at_once(monkeypatch):
    calls = []
    classify_rows = rows.classify_rows
    monkeypatch.setattr(rows, "classify_rows", lambda *args: calls.append(args) or classify_rows(*args))
    compare(hard_versions(4, 40, 3))
    drafts, base, moved, corpus, versions = calls[0]
    whole = classify_rows(drafts, base, moved, corpus, versions)
    assert any(row.continued for row in whole)  # blocks that a cut can fall into
    for cut in range(len(drafts) + 1):
        assert (classify_rows(drafts, base, moved, corpus, versions, 0, cut)
                + classify_rows(drafts, base, moved, corpus, versions, cut)) == whole


@pytest.mark.parametrize("targets, theirs, share", [
    ([1, 2, 3, 4, 5], [1, 2], [1, 2]),  # already half: nothing more
    ([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4], [1, 2, 3, 4]),  # more than half already: nothing more
    ([1, 2, 3, 4, 5, 6], [6], [1, 2, 6]),  # topped up to half, in order
    ([1, 2, 3, 4], [], [1, 2]),
])
def test_the_helpers_share_of_a_leftover_round_is_about_half(targets, theirs, share):
    from tui.core.align.groups import _helper_share

    assert _helper_share(targets, theirs) == share
