"""Findings: each kind on small texts (including texts where nothing must fire) and on the sample."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ORIGINAL, REWRITE, SPUN, SYNDICATED, make_versions
from tui.core import compare
from tui.core.analysis.findings import KINDS, find_all
from tui.core.diff.diffs import CellDiffs

LEAD = "The talks were organised by the UK and included nations who did not attend the summit in London."
TAIL = "No further plans have been made for the prime minister to travel to Washington next week."


def story(middle: str) -> str:
    """A three-paragraph story around one paragraph, so versions align on their neighbours."""
    return f"{LEAD}\n{middle}\n{TAIL}\n"


def findings(*texts: str, kind: str) -> list:
    """The findings of one kind for versions built from texts, the first being the base."""
    comparison = compare(make_versions(*texts), 0)
    return [f for f in find_all(comparison, CellDiffs(comparison)) if f.kind == kind]


def located(comparison, finding) -> str:
    """The text a finding points at."""
    return comparison.versions[finding.version].paragraphs[finding.paragraph].text[finding.start:finding.end]


# ---------------------------------------------------------------- stripped text

HOLES = [
    ("preposition before full stop", "Sir Keir said work continues on a peace deal struck with .", "with ."),
    ("preposition before comma", "Moscow will not accept peacekeepers in , claiming it means war.", "in ,"),
    ("between and", "The plan hopes to end the three-year war between and .", "between and"),
    ("conjunction before comma", "European leaders, including Emmanuel Macron and , met in Brussels.", "and ,"),
    ("preposition then as", "The plans will be presented to as part of the efforts to win his support.", "to as"),
    ("preposition then modal", "He said the presence of European forces in would mean war with Nato.", "in would"),
    ("possessive after a title", "Ukrainians were welcomed under President ’s administration last year.",
     "President ’s"),
    ("possessive after punctuation", "Meanwhile, ‘s ambassador to the UK has criticised the new policy.", ", ‘s"),
    ("paragraph opens on a verb", "has said it would not accept any European peacekeepers at all.", "has said"),
]

NO_HOLES = [
    ("comparative as", "Ukraine could run out of weapons in as little as two to three months."),
    ("referred to as", "The group is often referred to as the coalition of the willing."),
    ("particle then as", "He is one of the few allies the prime minister can count on as among the loyal."),
    ("come across as", "Shop assistants must help customers without coming across as intrusive."),
    ("ellipsis then verb", "He said coca in its natural state … is not a narcotic and never was."),
    ("spaced possessive after a noun", "Cameras can identify a customer ’s gender and age in the shop."),
    ("hyphenated would-be", "The would-be Republican candidate said he would not stand down."),
    ("the will to", "Peace is possible through the will to talk and the courage to listen."),
    ("stranded preposition", "This is the deal that the prime minister has been hoping for."),
    ("abbreviation then verb", "Officials in the U.S. have said they will review the decision soon."),
    ("modal as a noun", "The technology he has worked on will help pets to become healthier."),
    ("plain article text", "Britain and France have offered to put boots on the ground after a deal."),
]


@pytest.mark.parametrize("paragraph, at", [(p, at) for _id, p, at in HOLES], ids=[h[0] for h in HOLES])
def test_holes_in_the_text_are_found(paragraph, at):
    comparison = compare(make_versions(story(paragraph)), 0)
    found = [f for f in find_all(comparison, CellDiffs(comparison)) if f.kind == "stripped-text"]
    assert len(found) == 1, [f.message for f in found]
    finding = found[0]
    hole = paragraph.index(at)
    assert finding.paragraph == 1
    assert hole <= finding.start <= finding.end <= hole + len(at)
    assert "stripped" in finding.message


@pytest.mark.parametrize("paragraph", [p for _id, p in NO_HOLES], ids=[h[0] for h in NO_HOLES])
def test_no_holes_in_whole_text(paragraph):
    assert findings(story(paragraph), kind="stripped-text") == []


PAIRS = [
    ("name before a modal", "There is speculation might be involved in the talks.",
     "There is speculation Australia might be involved in the talks.", "Australia"),
    ("subject before a verb", "No10 did not dismiss the idea, which emerged after proposed a truce in the air.",
     "No10 did not dismiss the idea, which emerged after Mr Zelensky proposed a truce in the air.", "Mr Zelensky"),
    ("object at the end", "Work continues on ways to enforce any peace deal struck with .",
     "Work continues on ways to enforce any peace deal struck with Vladimir Putin.", "Vladimir Putin"),
    ("bare possessive", "Experts floated a European air force of 120 jets to secure ’s skies from attacks.",
     "Experts floated a European air force of 120 jets to secure Ukraine’s skies from attacks.", "Ukraine"),
]


@pytest.mark.parametrize("holed, whole, name", [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
@pytest.mark.parametrize("base_has_hole", [True, False], ids=["hole in base", "hole in copy"])
def test_other_versions_say_which_name_is_missing(holed, whole, name, base_has_hole):
    texts = (story(holed), story(whole)) if base_has_hole else (story(whole), story(holed))
    comparison = compare(make_versions(*texts), 0)
    found = [f for f in find_all(comparison, CellDiffs(comparison)) if f.kind == "stripped-text"]
    holed_version, other = (0, 1) if base_has_hole else (1, 0)
    assert [(f.version, f.paragraph) for f in found] == [(holed_version, 1)]
    assert f'{comparison.versions[other].id} has "{name}"' in found[0].message
    assert found[0].evidence == ((other, 1),)


NAME_KEPT = [
    ("name used as a modifier", "Surfers fear the buildings would weaken the famous local wind in the bay.",
     "Surfers fear the buildings would weaken the famous local Levant wind in the bay."),
    ("first name dropped", "Officials said Starmer would speak to European leaders on Friday.",
     "Officials said Keir Starmer would speak to European leaders on Friday."),
    ("possessive spacing only", "He posted photos on social media of the Earth ’s cities and oceans.",
     "He posted photos on social media of the Earth’s cities and oceans."),
    ("nationality dropped", "The minister said the government would appeal against the ruling.",
     "The minister said the British government would appeal against the ruling."),
]


@pytest.mark.parametrize("short, full", [p[1:] for p in NAME_KEPT], ids=[p[0] for p in NAME_KEPT])
def test_dropping_a_name_that_leaves_whole_text_is_no_hole(short, full):
    assert findings(story(full), story(short), kind="stripped-text") == []
    assert findings(story(short), story(full), kind="stripped-text") == []


# ---------------------------------------------------------------- quotations

QUOTE = "Pressed on the aid freeze, Sir Keir said: ‘We need to put Ukraine in the strongest possible position.’"

CHANGED_QUOTES = [
    ("word dropped", "Pressed on the aid freeze, Sir Keir said: “We need to put in the strongest possible position.”",
     'drops "Ukraine"'),
    ("word changed",
     "Pressed on the aid freeze, Sir Keir said: ‘We must put Ukraine in the strongest possible position.’",
     'has "must" for "need to"'),
    ("word added", "Pressed on the aid freeze, Sir Keir said: ‘We need to put Ukraine in the very strongest possible "
     "position.’", 'adds "very"'),
    ("other speaker", "Pressed on the aid freeze, Mr Lammy said: ‘We need to put Ukraine in the strongest possible "
     "position.’", 'attributed to "Lammy" here but to "Keir"'),
]

SAME_QUOTES = [
    ("quote style and typography", "Pressed on the aid freeze, Sir Keir said: \"We need to put Ukraine in the "
     "strongest possible position.\""),
    ("punctuation only", "Pressed on the aid freeze, Sir Keir said: ‘We need to put Ukraine in the strongest "
     "possible position…’"),
    ("shorter extract", "Pressed on the aid freeze, Sir Keir said they must ‘put Ukraine in the strongest possible "
     "position’."),
    ("capital at the start", "Pressed on the aid freeze, Sir Keir said ‘we need to put Ukraine in the strongest "
     "possible position.’"),
    ("words outside the quotation", "Asked about the aid freeze, the prime minister said: ‘We need to put Ukraine "
     "in the strongest possible position.’"),
]


@pytest.mark.parametrize("changed, expected", [c[1:] for c in CHANGED_QUOTES], ids=[c[0] for c in CHANGED_QUOTES])
def test_changed_quotation_is_flagged(changed, expected):
    found = findings(story(QUOTE), story(changed), kind="quote-changed")
    assert [(f.version, f.paragraph, f.evidence) for f in found] == [(1, 1, ((0, 1),))]
    assert expected in found[0].message
    assert story(changed).splitlines()[1][found[0].start:found[0].end].startswith(("We", "we"))


@pytest.mark.parametrize("same", [c[1] for c in SAME_QUOTES], ids=[c[0] for c in SAME_QUOTES])
def test_same_quotation_is_not_flagged(same):
    assert findings(story(QUOTE), story(same), kind="quote-changed") == []
    assert findings(story(QUOTE), story(same), kind="quote-unsupported") == []


def test_apostrophes_do_not_cut_quotations():
    base = "He added: ‘It’s that ability to work with Starmer’s European partners that has kept the peace.’"
    copy = "He added: ‘It’s that ability to work with Starmer’s European partners that has kept peace.’"
    found = findings(story(base), story(copy), kind="quote-changed")
    assert len(found) == 1 and 'drops "the"' in found[0].message
    assert copy[found[0].start:found[0].end].startswith("It’s") and copy[found[0].end - 1] == "."


def test_quotation_without_closing_mark_runs_to_the_paragraph_end():
    base = "‘I think we have a false choice between working with the United States and working with Europe."
    copy = "‘I think we have a false choice between working with America and working with Europe."
    found = findings(story(base), story(copy), kind="quote-changed")
    assert len(found) == 1 and found[0].end == len(copy)


FAILED = "Russia said on Thursday that the talks on a ceasefire had failed."
UNSUPPORTED_QUOTES = [
    ("quotation only here", FAILED, f"{FAILED} “We see no room for compromise with the West,” the minister said.", 1),
    ("its words unquoted elsewhere", "The minister said Russia sees no room for compromise with the West.",
     "“We see no room for compromise with the West,” the minister said.", 0),
    ("scare quotes", FAILED, f"{FAILED} The talks aim to get America and Kyiv on the ‘same page’.", 0),
]


@pytest.mark.parametrize("base, copy, count", [u[1:] for u in UNSUPPORTED_QUOTES],
                         ids=[u[0] for u in UNSUPPORTED_QUOTES])
def test_quotation_in_no_other_version(base, copy, count):
    found = findings(story(base), story(copy), kind="quote-unsupported")
    assert [(f.version, f.paragraph) for f in found] == [(1, 1)] * count
    assert all("no other version has this quotation" in f.message for f in found)


def test_single_version_has_no_quotation_findings():
    text = story("“We see no room for compromise,” he said.")
    assert findings(text, kind="quote-unsupported") == findings(text, kind="quote-changed") == []


# ---------------------------------------------------------------- numbers and names

FIGURE = "Officials said 240,000 Ukrainian refugees could lose their legal status in the US by April."

CHANGED_NUMBERS = [
    ("digits", "Officials said 250,000 Ukrainian refugees could lose their legal status in the US by April.",
     '"250,000" here, "240,000" there'),
    ("month", "Officials said 240,000 Ukrainian refugees could lose their legal status in the US by May 1.",
     '"May 1" here, "April" there'),
    ("amount in a reworded sentence", "A deal worth £2.6 billion was signed on Sunday, officials said.",
     '"£2.6 billion" here, "£1.6 billion" there'),
    ("percentage", "Support for the plan rose to 25 per cent among voters in the poll.", '"25 per cent" here'),
    ("year for a day", "Officials said 240,000 Ukrainian refugees could lose their legal status in the US in 2026.",
     '"2026" here, "April" there'),
    ("age", "The minister, 46, said 240,000 refugees could lose their legal status.", '"46" here, "45" there'),
]
SAME_NUMBERS = [
    ("number in words", "Officials said two hundred and forty thousand Ukrainian refugees could lose their legal "
     "status in the US by April."),
    ("dropped with the clause", "Officials said Ukrainian refugees could lose their legal status."),
    ("reordered", "By April, officials said, 240,000 Ukrainian refugees in the US could lose their legal status."),
    ("fuller date", "Officials said 240,000 Ukrainian refugees could lose their legal status in the US by April 2025."),
]
BASE_NUMBERS = {"amount in a reworded sentence": "The UK announced a £1.6 billion missile deal on Sunday.",
                "percentage": "Support for the plan rose to 20% among voters in the poll.",
                "age": "The minister, 45, said 240,000 refugees could lose their legal status."}


@pytest.mark.parametrize("changed, expected", [c[1:] for c in CHANGED_NUMBERS], ids=[c[0] for c in CHANGED_NUMBERS])
def test_changed_figure_is_flagged(request, changed, expected):
    base = BASE_NUMBERS.get(request.node.callspec.id, FIGURE)
    found = findings(story(base), story(changed), kind="number-changed")
    assert [(f.version, f.paragraph, f.evidence) for f in found] == [(1, 1, ((0, 1),))]
    assert expected in found[0].message
    assert changed[found[0].start:found[0].end] in found[0].message


@pytest.mark.parametrize("same", [c[1] for c in SAME_NUMBERS], ids=[c[0] for c in SAME_NUMBERS])
def test_same_figure_is_not_flagged(same):
    assert findings(story(FIGURE), story(same), kind="number-changed") == []


def test_twenty_is_20():
    base = "Twenty countries could join the coalition of the willing, officials said on Thursday."
    copy = "20 countries could join the coalition of the willing, officials said on Thursday."
    assert findings(story(base), story(copy), kind="number-changed") == []


NAMES = "But he stressed there was no certainty of a deal, despite Donald Trump’s push for a settlement."
CHANGED_NAMES = [
    ("title qualifier added", "But he stressed there was no certainty of a deal, despite former President Donald "
     "Trump’s push for a settlement.", '"former President Donald Trump" here, "Donald Trump" there'),
    ("other person", "But he stressed there was no certainty of a deal, despite Joe Biden’s push for a settlement.",
     '"Joe Biden" here, "Donald Trump" there'),
]
SAME_NAMES = [
    ("honorific for first name", "But he stressed there was no certainty of a deal, despite Mr Trump’s push for a "
     "settlement."),
    ("surname only", "But he stressed there was no certainty of a deal, despite Trump’s push for a settlement."),
    ("spelling variant", "But he stressed there was no certainty of a deal, despite Donald Trumpp’s push for a "
     "settlement."),
    ("name dropped", "But he stressed there was no certainty of a deal, despite a push for a settlement."),
]
ALIASES = [
    ("acronym", "He would not choose between the US and Europe.", "He would not choose between the United States "
     "and Europe."),
    ("alias", "Officials said the UK would send troops.", "Officials said Britain would send troops."),
    ("capital for country", "Officials said Moscow had rejected the plan.", "Officials said Russia had rejected the "
     "plan."),
    ("sentence start", "However, the plan was rejected by officials.", "But the plan was rejected by officials."),
    ("adjective for noun", "Lawyers said the British government could appeal.", "Lawyers said the UK government "
     "could appeal."),
    ("people for place", "Lawyers said the Kenyan claimants could sue.", "Lawyers said the claimants from Kenya "
     "could sue."),
]


@pytest.mark.parametrize("changed, expected", [c[1:] for c in CHANGED_NAMES], ids=[c[0] for c in CHANGED_NAMES])
def test_changed_name_or_title_is_flagged(changed, expected):
    found = findings(story(NAMES), story(changed), kind="name-changed")
    assert [(f.version, f.paragraph, f.evidence) for f in found] == [(1, 1, ((0, 1),))]
    assert expected in found[0].message
    assert changed[found[0].start:found[0].end] in found[0].message


@pytest.mark.parametrize("same", [c[1] for c in SAME_NAMES], ids=[c[0] for c in SAME_NAMES])
def test_same_person_is_not_flagged(same):
    assert findings(story(NAMES), story(same), kind="name-changed") == []


@pytest.mark.parametrize("a, b", [c[1:] for c in ALIASES], ids=[c[0] for c in ALIASES])
def test_other_words_for_the_same_place_are_not_flagged(a, b):
    assert findings(story(a), story(b), kind="name-changed") == []


# ---------------------------------------------------------------- unsupported additions

ADDITIONS = [
    ("new figure", "Peace efforts continue after it emerged Mr Trump could kick out 240,000 refugees.", '"240,000"'),
    ("new name", "Criticising the new policy, Valerii Zaluzhnyi said the world order was at risk.",
     '"Valerii Zaluzhnyi"'),
]
SUPPORTED = [
    ("no fact to check", "This is a very important moment for everyone who cares about peace."),
    ("facts found elsewhere", "The talks in London were organised by the UK, officials said."),
    ("small number word", "The war has gone on for three years and shows no sign of ending soon."),
]


@pytest.mark.parametrize("added, fact", [a[1:] for a in ADDITIONS], ids=[a[0] for a in ADDITIONS])
def test_unsupported_addition_is_flagged(added, fact):
    found = findings(story("Moscow has flatly dismissed the idea of European peacekeepers."),
                     story(f"Moscow has flatly dismissed the idea of European peacekeepers.\n{added}"),
                     kind="unsupported-addition")
    assert [(f.version, f.paragraph) for f in found] == [(1, 2)]
    assert fact in found[0].message and (found[0].start, found[0].end) == (0, len(added))


@pytest.mark.parametrize("added", [a[1] for a in SUPPORTED], ids=[a[0] for a in SUPPORTED])
def test_supported_or_factless_addition_is_not_flagged(added):
    base = story("Moscow has flatly dismissed the idea of European peacekeepers.")
    assert findings(base, story(f"Moscow has flatly dismissed the idea of European peacekeepers.\n{added}"),
                    kind="unsupported-addition") == []


def test_new_name_in_a_sentence_the_aligned_paragraph_supports_is_not_flagged():
    base = "Moscow has flatly dismissed the idea of European peacekeepers being sent to Ukraine."
    copy = ("Moscow, through Sergei Lavrov, has flatly dismissed the idea of European peacekeepers"
            " being sent to Ukraine.")
    assert findings(story(base), story(copy), kind="unsupported-addition") == []
    assert len(findings(story(base), story(f"{base}\nSergei Lavrov was not available."),
                        kind="unsupported-addition")) == 1


def test_one_addition_per_paragraph_and_none_for_boilerplate_or_a_lone_version():
    added = ("Mr Trump could kick out 240,000 refugees. Valerii Zaluzhnyi said the order was at risk. "
             "Chatham House held a conference.")
    copy = story(f"Moscow has flatly dismissed the idea.\n{added}\nValerii Zaluzhnyi at Chatham House (Image: AFP)")
    assert len(findings(story("Moscow has flatly dismissed the idea."), copy, kind="unsupported-addition")) == 1
    assert findings(copy, kind="unsupported-addition") == []


# ---------------------------------------------------------------- duplicates

DUPLICATES = [
    ("repeated paragraph", f"{LEAD}\n{TAIL}\n{LEAD}\n", 1),
    ("repeated caption, other quotes", "Keir Starmer's 'coalition' now has 20 members (Image: PA)\n"
     f"{LEAD}\nKeir Starmer’s ‘coalition’ now has 20 members (Image: PA)\n", 1),
    ("short repeated line", f"Advertisement\n{LEAD}\nAdvertisement\n{TAIL}\n", 0),
    ("similar but different", f"{LEAD}\n{TAIL}\n{LEAD.replace('London', 'Paris')}\n", 0),
]


@pytest.mark.parametrize("text, count", [d[1:] for d in DUPLICATES], ids=[d[0] for d in DUPLICATES])
def test_duplicates(text, count):
    found = findings(text, kind="duplicate")
    assert len(found) == count
    assert all(f.paragraph == 2 and f.evidence == ((0, 0),) for f in found)


# ---------------------------------------------------------------- the sample story

def _by_label(comparison, label: str) -> int:
    return next(n for n, v in enumerate(comparison.versions) if v.label == label)


@pytest.fixture(scope="module")
def sample_findings(sample_comparison):
    return find_all(sample_comparison, CellDiffs(sample_comparison))


SAMPLE_HOLES = [  # (version, text around the hole)
    (SYNDICATED, "troops in as efforts"), (SYNDICATED, "between and ."), (SYNDICATED, "secure ‘s skies"),
    (SYNDICATED, "peacekeepers in , claiming"), (SYNDICATED, "Emmanuel Macron and , met"),
    (SYNDICATED, "presented to as part"), (SYNDICATED, "President ‘s administration"),
    (SYNDICATED, "Meanwhile, ‘s ambassador"), (SYNDICATED, "But ’s Foreign"), (SYNDICATED, "forces in would"),
    (SYNDICATED, "struck with ."), (SYNDICATED, "emerged after proposed"), (SYNDICATED, "Washington with as"),
    (SYNDICATED, "intelligence to ."), (ORIGINAL, "speculation might"),
]


@pytest.mark.parametrize("label, around", SAMPLE_HOLES, ids=[f"{v[:3]} {t}" for v, t in SAMPLE_HOLES])
def test_sample_holes_are_found(sample_comparison, sample_findings, label, around):
    v = _by_label(sample_comparison, label)
    paragraph = next(p for p in sample_comparison.versions[v].paragraphs if around in p.text)
    start = paragraph.text.index(around)
    assert any(f.kind == "stripped-text" and f.version == v and f.paragraph == paragraph.index
               and start <= f.start <= start + len(around) for f in sample_findings)


def test_sample_hole_names_what_another_version_has(sample_comparison, sample_findings):
    original, spun = _by_label(sample_comparison, ORIGINAL), _by_label(sample_comparison, SPUN)
    found = [f for f in sample_findings if f.kind == "stripped-text" and f.version == original]
    assert len(found) == 1
    assert f'{sample_comparison.versions[spun].id} has "Australia"' in found[0].message
    assert found[0].evidence[0][0] == spun


def test_sample_changed_quotation_is_flagged(sample_comparison, sample_findings):
    syndicated, original = _by_label(sample_comparison, SYNDICATED), _by_label(sample_comparison, ORIGINAL)
    found = [f for f in sample_findings if f.kind == "quote-changed" and f.version == syndicated]
    assert any(located(sample_comparison, f).startswith("We need to put in the strongest") and 'drops "Ukraine"'
               in f.message and f.evidence[0][0] == original for f in found)


def test_sample_title_change_is_flagged(sample_comparison, sample_findings):
    spun = _by_label(sample_comparison, SPUN)
    assert any(f.kind == "name-changed" and f.version == spun
               and located(sample_comparison, f) == "former President Donald Trump" for f in sample_findings)


def test_sample_has_few_false_alarms(sample_comparison, sample_findings):
    counts = Counter((f.kind, sample_comparison.versions[f.version].label) for f in sample_findings)
    assert sum(n for (kind, _v), n in counts.items() if kind == "stripped-text") <= 22
    for clean in (SPUN, REWRITE):  # the scraped copy and the rewrite have no holes
        assert counts[("stripped-text", clean)] == 0
    assert sum(n for (kind, _v), n in counts.items() if kind == "quote-changed") <= 3
    assert sum(n for (kind, _v), n in counts.items() if kind == "number-changed") <= 1
    assert sum(n for (kind, _v), n in counts.items() if kind == "name-changed") <= 2
    assert counts[("duplicate", SPUN)] == 5
    assert len(sample_findings) <= 60


def test_sample_findings_point_at_real_text(sample_comparison, sample_findings):
    for f in sample_findings:
        assert f.kind in KINDS and f.message and "\n" not in f.message
        text = sample_comparison.versions[f.version].paragraphs[f.paragraph].text
        assert 0 <= f.start <= f.end <= len(text)
        for v, p in f.evidence:
            assert p < len(sample_comparison.versions[v].paragraphs)
            assert v != f.version or f.kind == "duplicate"


@pytest.mark.parametrize("base", [ORIGINAL, SYNDICATED, SPUN, REWRITE], ids=lambda b: f"base {b[:3]}")
def test_sample_holes_do_not_depend_on_the_base(sample_versions, base):
    comparison = compare(sample_versions, _by_label(compare(sample_versions), base))
    holes = Counter(comparison.versions[f.version].label for f in find_all(comparison) if f.kind == "stripped-text")
    assert holes[SYNDICATED] >= 17 and holes[ORIGINAL] == 1 and holes[SPUN] == holes[REWRITE] == 0


# ---------------------------------------------------------------- the registry


def test_every_detector_gives_only_the_kinds_it_declares(sample_comparison):
    from tui.core.analysis.findings import DETECTORS, detect

    found = detect(sample_comparison, CellDiffs(sample_comparison), [d.name for d in DETECTORS])
    assert set(found) == {d.name for d in DETECTORS}
    for detector in DETECTORS:
        assert {f.kind for f in found[detector.name]} <= set(detector.kinds), detector.name
    assert len(KINDS) == len(set(KINDS))  # no two detectors give the same kind


def test_findings_are_the_same_whatever_order_the_detectors_run_in(sample_comparison):
    from tui.core.analysis.findings import DETECTORS, detect, sort_findings

    diffs = CellDiffs(sample_comparison)
    names = [d.name for d in DETECTORS]
    by_detector = {}
    for name in reversed(names):  # one at a time, last first
        by_detector.update(detect(sample_comparison, diffs, [name]))
    assert sort_findings(by_detector) == find_all(sample_comparison, diffs)


def test_the_readme_lists_every_kind():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    listed = readme[readme.index("Kinds: "):].split("\n\n")[0]
    assert all(f"`{kind}`" in listed for kind in KINDS)
