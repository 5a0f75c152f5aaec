"""Rows claim only true pairs where versions split or merge paragraphs differently.

Each story is written as letters: "A/B/C" is three paragraphs with sentences A, B
and C; "AB/C" merges A and B into one paragraph; a lower-case letter is that
sentence lightly edited. A paragraph carries the sentences it is made of, so two
paragraphs of different versions are a true pair when they share a letter. Every
row must claim only true pairs, counting a cell that covers several rows
(``Row.continued``) in each of them, and every pair of paragraphs sharing a
letter must still be claimed somewhere.
"""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from tests.conftest import make_versions
from tui.core import CellDiffs, analyse, compare, render

SENTENCES = {
    "A": "European leaders agreed on Sunday to draw up a peace plan for Ukraine to present to Washington.",
    "B": 'Starmer said a "coalition of the willing" would defend any deal and guarantee peace in Ukraine.',
    "C": "Italy's Giorgia Meloni warned against dividing the West at a moment of great danger.",
    "D": "The council approved a budget of 40 million euros for road repairs on Tuesday evening.",
}
EDITS = {"Sunday": "Monday", "defend": "protect", "great": "grave", "Tuesday": "Wednesday"}


def _sentence(letter: str) -> str:
    text = SENTENCES[letter.upper()]
    if letter.islower():
        for old, new in EDITS.items():
            text = text.replace(old, new)
    return text


def _text(spec: str) -> str:
    return "\n\n".join(" ".join(_sentence(c) for c in paragraph) for paragraph in spec.split("/"))


def _carries(spec: str) -> list[set[str]]:
    return [set(paragraph.upper()) for paragraph in spec.split("/")]


def _members(comparison, n: int, v: int) -> tuple[int, ...]:
    row = comparison.rows[n]
    return comparison.rows[comparison.cover(n, v)[0]].cells[v] if row.continues(v) else row.cells[v]


def _claims(comparison) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    out = set()
    for n, row in enumerate(comparison.rows):
        nodes = [(v, i) for v in range(len(row.cells)) for i in _members(comparison, n, v)]
        out.update((x, y) for x, y in combinations(sorted(nodes), 2) if x[0] != y[0])
    return out


CASES = {
    # name: (versions, rows expected with the first version as the base, continued (row, version))
    "another version merged, three versions": (["A/B/C", "a/b/C", "AB/C"], 3, {(1, 2)}),
    "the base merged, three versions": (["AB/C", "A/B/C", "a/b/C"], 3, {(1, 0)}),
    "another version split, three versions": (["AB/C", "AB/C", "A/b/C"], 2, set()),
    "one version merged three, four versions": (["A/B/C/D", "a/b/c/D", "ABC/D", "A/B/C/D"], 4, {(1, 2), (2, 2)}),
    "two versions: one row holds the merge": (["A/B/C", "AB/C"], 2, set()),
    "the base merged, one copy split it, another kept a part": (["AB/C", "A/B/C", "B/C"], 3, {(1, 0)}),
    # merges across a paragraph the merging version dropped: its cell covers rows not side by side
    "another version merged around a paragraph it dropped": (["A/B/C/D", "AC/D"], 4, {(2, 1)}),
    "another version merged around a dropped one, three versions": (["A/B/C/D", "a/b/c/D", "AC/D"], 4, {(2, 2)}),
    "the base merged around a paragraph it lacks": (["AC/D", "A/B/C/D"], 4, {(2, 0)}),
    "the base merged around a paragraph it lacks, a third copy split": (["AC/D", "A/B/C/D", "A/C/D"], 4, {(2, 0)}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_rows_claim_only_paragraphs_that_carry_the_same_text(name):
    specs, _, _ = CASES[name]
    versions = make_versions(*[_text(s) for s in specs])
    carries = [_carries(s) for s in specs]
    true = {((v, i), (w, j)) for v, w in combinations(range(len(specs)), 2)
            for i, ci in enumerate(carries[v]) for j, cj in enumerate(carries[w]) if ci & cj}
    for base in range(len(specs)):
        comparison = compare(versions, base)
        claims = _claims(comparison)
        assert claims <= true, f"base {base}: false pairs {sorted(claims - true)}"
        assert claims == true, f"base {base}: pairs lost {sorted(true - claims)}"


@pytest.mark.parametrize("name", list(CASES))
def test_continued_cells_are_merges_or_splits_never_omissions(name):
    specs, row_count, continued = CASES[name]
    versions = make_versions(*[_text(s) for s in specs])
    comparison = compare(versions, 0)
    assert len(comparison.rows) == row_count
    assert {(n, v) for n, row in enumerate(comparison.rows) for v in range(len(specs)) if row.continues(v)} == continued
    for n, v in continued:
        row = comparison.rows[n]
        assert not row.cells[v] and comparison.rows[comparison.cover(n, v)[0]].cells[v]
        if v == 0:
            assert row.info[v].kind == "continued"
            # the versions holding its parts here: compared with it, never an addition
            assert all(row.info[w].relation not in ("added", "dropped") for w in range(1, len(specs)) if row.cells[w])
            assert any(row.info[w].relation == "split" for w in range(1, len(specs)))
        else:
            assert (row.info[v].kind, row.info[v].relation) == ("continued", "merged")
        assert row.relation in ("split", "merged")
    report = json.loads(render(comparison, analyse(comparison), "json"))
    ids = [version.id for version in versions]
    for n, row in enumerate(report["rows"]):
        gone = {ids[v] for m, v in continued if m == n}
        assert set(row.get("continued", {})) == gone
        assert not gone & set(row["dropped"]) and not gone & set(row["missing"])
        assert all(comparison.rows[head].cells[ids.index(vid)] for vid, head in row.get("continued", {}).items())


@pytest.mark.parametrize("name", list(CASES))
def test_merged_and_split_text_is_neither_new_nor_dropped(name):
    """Versions whose text is the base's, only split or merged differently, score no new and no
    dropped words; a lightly edited version loses only the words its edits replaced, and one
    that left a sentence out, that sentence."""
    specs, _, _ = CASES[name]
    versions = make_versions(*[_text(s) for s in specs])
    for base in range(len(specs)):
        comparison = compare(versions, base)
        diffs = CellDiffs(comparison)
        stats = analyse(comparison, diffs).stats
        for v, s in stats.items():
            mine, theirs = set(specs[v].upper()) - {"/"}, set(specs[base].upper()) - {"/"}
            edited = any(c.islower() for c in specs[v] + specs[base])
            assert (s.dropped > 0) == (edited or bool(theirs - mine)), (base, v, s.dropped)
            if mine <= theirs:
                assert s.new == 0.0, (base, v, s.new)
                assert s.verbatim + s.edited == pytest.approx(1.0)
        for n, row in enumerate(comparison.rows):
            for v in range(len(specs)):
                if not set(specs[v].upper()) <= set(specs[base].upper()):
                    continue  # text the base lacks is rightly inserted
                changes = diffs.diff(n, v)
                if changes is not None:
                    a, b = comparison.base_text(n, v), comparison.cell_text(row, v)
                    assert "".join(a[c.a_start:c.a_end] for c in changes) == a
                    assert "".join(b[c.b_start:c.b_end] for c in changes) == b
                    assert not any(c.op == "insert" and c.b_end - c.b_start > 12 for c in changes), \
                        "a merged sentence shows as inserted text"


def _paragraphs(spec: str) -> str:
    """Like ``_text``, with "A<" and ">A" the two halves of sentence A cut after its first word."""
    out = []
    for paragraph in spec.split("/"):
        if paragraph.endswith("<"):
            out.append(_sentence(paragraph[0]).split(" ", 1)[0])
        elif paragraph.startswith(">"):
            out.append(_sentence(paragraph[1]).split(" ", 1)[1])
        else:
            out.append(_text(paragraph))
    return "\n\n".join(out)


COPIES = {
    # name: (versions, indices of versions that are copies of each other)
    "three copies, one merged both, one split the second over two paragraphs":
        (["B/A", "B/A", "B/A", "BA", "A/A</>A"], (0, 1, 2)),
    "the same after a shared first paragraph": (["C/B/A", "C/B/A", "C/B/A", "C/BA", "C/A/A</>A"], (0, 1, 2)),
}


@pytest.mark.parametrize("name", list(COPIES))
def test_copies_of_a_paragraph_the_pivot_lacks_share_one_row_for_every_base(name):
    """Copies matched with each other but with no paragraph of the version that cuts the group
    (the one with most paragraphs in it) sit in one row, whichever version is the base: a row
    holding one copy alone would call it 'same' beside versions that have nothing there, and
    the other copies 'dropped' although they keep the text one row up."""
    specs, copies = COPIES[name]
    versions = make_versions(*[_paragraphs(s) for s in specs])
    for base in range(len(specs)):
        comparison = compare(versions, base)
        for n, row in enumerate(comparison.rows):
            assert len({row.cells[v] for v in copies}) == 1, f"base {base} row {n}: copies apart {row.cells}"
            if row.relation == "same":
                assert all(row.cells), f"base {base} row {n}: 'same' where a version has nothing"
            for v, info in enumerate(row.info):
                if info.relation == "dropped":
                    assert specs[v] != specs[base], f"base {base} row {n}: a copy of the base is 'dropped'"
