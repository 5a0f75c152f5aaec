"""A pair is aligned on evidence of copying, not on a shared topic or position alone.

* A weak match (under ``pairalign.SURE``) stays only inside a diagonal run that
  holds a sure match or is ``pairalign.RUN`` long (the same order of facts).
* A phrase or quotation a version repeats in several paragraphs is its topic,
  and earns no similarity bonus.
* Independent texts on the same story get (almost) no derived share.
"""

from __future__ import annotations

import pytest

from tests.conftest import ORIGINAL, REWRITE, SPUN, SYNDICATED, make_versions
from tests.core.test_align_gold import corpus_dir, load_gold, needs_corpus, story_versions
from tui.core import analyse, compare
from tui.core.align.pairalign import _drop_unsupported
from tui.core.align.similarity import Corpus

# (id, matches i -> (j, similarity), matches expected to stay)
RUNS = [
    ("isolated weak match dropped", {0: (5, 0.3)}, set()),
    ("isolated sure match kept", {0: (5, 0.6)}, {0}),
    ("weak match in step with a sure one kept", {0: (0, 0.9), 1: (1, 0.25)}, {0, 1}),
    ("three weak matches in step kept", {0: (0, 0.3), 1: (1, 0.3), 2: (2, 0.3)}, {0, 1, 2}),
    ("two weak matches in step dropped", {0: (0, 0.3), 1: (1, 0.3)}, set()),
    ("weak match off the sure one's diagonal dropped", {0: (0, 0.9), 1: (3, 0.3)}, {0}),
    ("weak match after a gap on one side dropped", {0: (0, 0.9), 2: (1, 0.3)}, {0}),
]


@pytest.mark.parametrize("matches,kept", [c[1:] for c in RUNS], ids=[c[0] for c in RUNS])
def test_weak_matches_need_a_run(matches, kept):
    match_a = {i: j for i, (j, _) in matches.items()}
    scores = {(i, j): s for i, (j, s) in matches.items()}
    _drop_unsupported(scores, match_a)
    assert set(match_a) == kept


QUOTED = "Officials said the 'coalition of the willing' plans troops for Kyiv."
OTHER = "Diplomats expect the 'coalition of the willing' to grow next spring."
PLAIN = "The alliance met in Paris on Monday."
TOPICAL = "The coalition of the willing met in Paris on Monday."
# (id, the first version's other paragraph, the second's, whether the shared quotation earns a bonus)
TOPIC = [
    ("phrase used once is evidence", PLAIN, PLAIN, True),
    ("phrase the version repeats is the topic", TOPICAL, PLAIN, False),
    ("phrase the other version repeats is the topic", PLAIN, TOPICAL, False),
]


@pytest.mark.parametrize("first,second,bonus", [c[1:] for c in TOPIC], ids=[c[0] for c in TOPIC])
def test_topic_phrase_earns_no_bonus(first, second, bonus):
    corpus = Corpus(make_versions("\n".join([first, QUOTED]), "\n".join([OTHER, second])))
    a, b = corpus.features[0][1], corpus.features[1][0]
    plain = corpus.group_similarity([a], [b])
    assert (corpus.similarity(a, b) > plain + 1e-9) is bonus


QUOTATIONS = [
    ("single quotes outside words", "A spokesman said 'both sides want talks' on Friday.",
     (("both", "sides", "want"), ("sides", "want", "talks"))),
    ("apostrophes after words open no quotation", "The players' union and the owners' league met.", ()),
    ("stop words alone make no window", 'He said "it is what it is" and left.', ()),
    ("an unclosed double quote runs to the end", 'Protesters shouted "peace now for Kyiv', (("peace", "now", "for"),
                                                                                          ("now", "for", "kyiv"))),
]


@pytest.mark.parametrize("text,windows", [c[1:] for c in QUOTATIONS], ids=[c[0] for c in QUOTATIONS])
def test_quotation_windows(text, windows):
    corpus = Corpus(make_versions(text, PLAIN))
    assert corpus.features[0][0].quotes == windows


def _derived(versions, labels: tuple[str, str]) -> float:
    pair = [next(v for v in versions if v.label == label) for label in labels]
    stats = analyse(compare(pair, 0)).stats[1]
    return stats.verbatim + stats.edited + stats.paraphrase


@pytest.mark.parametrize("labels", [(ORIGINAL, REWRITE), (REWRITE, ORIGINAL), (SPUN, REWRITE), (REWRITE, SPUN)],
                         ids=["001 base, 003", "003 base, 001", "002 base, 003", "003 base, 002"])
def test_independent_rewrite_gets_no_credit(sample_versions, labels):
    """The sample's 003 was written from another outlet's report: a shared topic, not shared text."""
    assert _derived(sample_versions, labels) <= 0.10


@pytest.mark.parametrize("labels", [(ORIGINAL, SPUN), (ORIGINAL, SYNDICATED)], ids=["spun copy", "syndicated copy"])
def test_copies_keep_their_credit(sample_versions, labels):
    assert _derived(sample_versions, labels) >= 0.35


# (story, level, level paragraph, adv paragraph, same row?)
CORPUS_PAIRS = [
    # ele drops adv 7 and splits adv 8 in two: position alone must not pair adv 7 with ele 7
    ("WNL Revolution", "ele", 7, 7, False),
    ("WNL Revolution", "ele", 7, 8, True),
    ("WNL Revolution", "ele", 8, 8, True),
    # a merge's neighbour must bring words of its own: ele skips Clegg's tribute (adv 7)
    ("Thatcher", "ele", 5, 6, True),
    ("Thatcher", "ele", 5, 7, False),
    # int 15 is adv 16 alone; adv 17 opens int 16
    ("Crowdfunding", "int", 15, 17, False),
    ("Crowdfunding", "int", 16, 17, True),
]


@needs_corpus
@pytest.mark.parametrize("story,level,i,j,together", CORPUS_PAIRS,
                         ids=[f"{c[0]} {c[1]}{c[2]}{'=' if c[4] else '!='}adv{c[3]}" for c in CORPUS_PAIRS])
def test_dev_corpus_pairs(story, level, i, j, together):
    versions = story_versions(corpus_dir(load_gold()) / story, ("adv", level))
    comparison = compare(versions, 0)
    row = next(row for row in comparison.rows if i in row.cells[1])
    assert (j in row.cells[0]) is together
