"""Boilerplate labelling: each class, repeated captions, related blocks, and article text left alone."""

from __future__ import annotations

import pytest

from tui.core import RulesError, load_rules
from tui.core.input.boilerplate import label_paragraphs
from tui.core.input.segment import split_paragraphs
from tui.core.model import Paragraph

ARTICLE = "The minister said on Tuesday that the plan would cost £2 billion over five years."

# (id, paragraph, expected class)
SINGLE = [
    ("caption with image credit", "Keir Starmer and Donald Trump (Image: DX)", "caption"),
    ("caption with agency credit", "Smoke rises over the city on Monday (AFP via Getty Images)", "caption"),
    ("guardian photograph credit", "Protesters gather outside parliament. Photograph: Jane Doe/Reuters", "caption"),
    ("credit label first", "Photo: The minister arrives at Downing Street", "caption"),
    ("wire photo dateline", "LONDON, ENGLAND - MARCH 2: The prime minister greets guests (Photo by X)", "caption"),
    ("pictured caption", "The prime minister is pictured at the summit today", "caption"),
    ("dont miss promo", "Don’t miss…", "promo"),
    ("section tags", "[POLITICS] [NEWS]", "promo"),
    ("advertisement", "ADVERTISEMENT", "promo"),
    ("read more line", "READ MORE: Minister resigns after row over budget", "related-links"),
    ("source url line", "Source: https://www.example.com/news/articles/123", "source"),
    ("originally published", "This article was originally published on The Conversation.", "source"),
    ("bare url", "https://example.org/story/42", "source"),
    ("follow us", "Follow us on Twitter and Facebook for the latest news", "social"),
    ("share buttons", "Share Tweet Email", "social"),
    ("newsletter", "Sign up to our free politics newsletter to get the news in your inbox", "newsletter"),
    ("copyright", "© 2025 Example News Ltd. All rights reserved.", "copyright"),
    ("byline", "By Jane Smith and John Doe", "byline"),
    ("bbc image source", "Image source, Getty Images", "caption"),
    ("bbc image caption", "Image caption, Rescue workers at the scene on Sunday", "caption"),
    ("credit only", "Reuters", "credit"),
    ("navigation bar", "Home | News | Sport | Weather", "navigation"),
    ("long menu with an arrow", "Home | News | World | Europe | UK | Politics | Ukraine | Defence | Summit | London | "
     "Macron | Trump | Putin | More \u25be", "navigation"),
    ("breadcrumb", "Home > News > World", "navigation"),
    ("byline with a title", "By Jane Smith, Political Editor", "byline"),
    ("not a byline: one long word", "By " + "Xxand" * 26 + "Xx(", None),
    ("skip link", "Skip to main content", "navigation"),
    ("cookie notice", "We use cookies to improve your experience. Accept all cookies", "promo"),
    ("listen", "Listen to this article", "promo"),
    ("contributed reporting", "Associated Press writer Jane Doe contributed to this report.", "source"),
    ("article text", ARTICLE, None),
    ("article about cookies and search", "Police said the search for the missing boy would resume at dawn.", None),
    ("article mentioning cookies", "Shoppers can wander without a pop-up asking them to accept cookies, so the "
     "rules of consent change.", None),
    ("article with pipes in a quote", "The sign read: Open | Closed, and the shop stayed shut all week.", None),
    ("article about a photo", "The photo, which was taken by an AFP photographer in Kyiv, shows the damaged school.",
     None),
    ("article about sources", "Sources close to the prime minister said the talks had stalled.", None),
    ("article quoting read more", "Readers who want to read more about the plan can visit the council's website.",
     None),
    ("article starting with by", "By Tuesday, officials had evacuated more than 2,000 people from the area.", None),
    ("headline", "Starmer's coalition of the willing now has 20 members", None),
]


def _labels(text: str, rules=None):
    return [(p.boilerplate, p.text) for p in label_paragraphs(split_paragraphs(text), rules)]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SINGLE], ids=[c[0] for c in SINGLE])
def test_single_paragraph_classes(text, expected):
    [(label, _)] = _labels(text)
    assert label == expected


def test_repeated_caption_with_other_quotes():
    text = ("Article text comes first here, as it does.\n"
            "Keir Starmer's 'plan' now has 20 members\n"
            "Keir Starmer’s ‘plan’ now has 20 members\n"
            "Article text follows the captions.")
    assert [label for label, _ in _labels(text)] == [None, "caption", "caption", None]


def test_long_article_paragraph_twice_is_not_a_caption():
    twice = ARTICLE + " " + ARTICLE + " It added that more detail would follow next week."
    assert [label for label, _ in _labels(f"{twice}\n{twice}")] == [None, None]


def test_related_block_at_the_end():
    text = "\n".join([ARTICLE, "You May Also Like", "“Headline one about something”",
                      "A teaser that trails off…", "Another headline here", "Its teaser trails off too…"])
    assert [label for label, _ in _labels(text)] == [None] + ["related-links"] * 5


def test_related_header_mid_article_stops_at_article_text():
    long_text = ARTICLE + " " + ARTICLE
    text = "\n".join([ARTICLE, "Related", "Minister quits over row", "Council tax to rise", long_text, ARTICLE])
    assert [label for label, _ in _labels(text)] == [None, "related-links", "related-links", "related-links",
                                                   None, None]


def test_related_header_followed_by_article_is_not_a_block():
    text = "\n".join([ARTICLE, "Read more", ARTICLE + " " + ARTICLE])
    assert [label for label, _ in _labels(text)][2] is None


def test_user_rules_add_patterns(tmp_path):
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text('[[rule]]\nname = "house-promo"\nclass = "promo"\npattern = "^Listen to our podcast"\n',
                          encoding="utf-8")
    rules = load_rules(rules_file)
    [(label, _)] = _labels("Listen to our podcast on the way to work", rules)
    assert label == "promo"


@pytest.mark.parametrize("content,message", [
    ("[[rule]]\nname = 'x'\npattern = 'a'\n", "needs class and pattern"),
    ("[[rule]]\nclass = 'promo'\npattern = '('\n", "not a valid regular expression"),
    ("not toml at all [", "not a valid TOML"),
], ids=["missing class", "bad regex", "bad toml"])
def test_bad_rules_file(tmp_path, content, message):
    path = tmp_path / "rules.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        load_rules(path)


def test_sample_boilerplate(sample_versions):
    """Every caption, promo, related-links block and source line of the sample is labelled, nothing else."""
    from tests.conftest import ORIGINAL, REWRITE, SPUN, SYNDICATED

    by_label = {v.label: v for v in sample_versions}
    labelled = {label: {p.index for p in v.paragraphs if p.boilerplate} for label, v in by_label.items()}
    assert labelled[SYNDICATED] == {0, 3, 4, 17, 18, 19}
    assert labelled[ORIGINAL] == set()
    assert labelled[SPUN] == {8, 9, 10, 11, 12, 13, 28, 29} | set(range(33, 58))
    assert labelled[REWRITE] == {13}
    assert by_label[REWRITE].paragraphs[13].boilerplate == "source"
    assert by_label[SPUN].paragraphs[33].boilerplate == "related-links"


def test_a_paragraph_another_version_had_gets_the_same_label_from_the_kept_answers():
    from tui.core.input import boilerplate

    texts = ["Subscribe to our newsletter", "The council met on Tuesday.", "By Jane Doe", "Photo: Reuters"]
    versions = [[Paragraph(i, i + 1, i + 1, text) for i, text in enumerate(order)]
                for order in (texts, texts[::-1], texts[1:] + ["Read more: the budget"])]
    rules = load_rules()
    labelled = [label_paragraphs(paragraphs, rules) for paragraphs in versions]
    assert ("Subscribe to our newsletter", False) in rules.answers  # kept for the next version
    assert labelled == [label_paragraphs(paragraphs, load_rules()) for paragraphs in versions]  # fresh each time
    original = boilerplate.ANSWERS_KEPT
    try:
        boilerplate.ANSWERS_KEPT = 2  # no more than that are kept, however many paragraphs come
        fresh = load_rules()
        assert label_paragraphs(versions[2], fresh) == labelled[2] and len(fresh.answers) == 2
        assert label_paragraphs(versions[0], fresh) == labelled[0] and len(fresh.answers) == 2
    finally:
        boilerplate.ANSWERS_KEPT = original


def test_user_rules_with_time_budgets_keep_no_answers(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nclass = "promo"\npattern = "^Sponsored"\n', encoding="utf-8")
    rules = load_rules(path)
    label_paragraphs([Paragraph(0, 1, 1, "Sponsored by Acme")], rules)
    assert rules.answers == {}
