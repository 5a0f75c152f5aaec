"""Every built-in rule has a counter-example: article prose using its words that it must leave alone.

A new rule in rules.toml without an entry here fails ``test_every_rule_has_a_counterexample``.
"""

from __future__ import annotations

import pytest

from tui.core.input.boilerplate import label_paragraphs
from tui.core.input.rules import default_rules
from tui.core.model import Paragraph

BEFORE = "The council said on Tuesday that the new bridge would open in the spring, after two years of delays."
AFTER = "Engineers found cracks in two of the supports last year, and the contractor was replaced in March."

COUNTER = {
    "credit-in-parentheses-alone": "(The figures, which were published on Monday, include the cost of the tunnel.)",
    "agency-credit-line": "Officials from the AP and Reuters were both present at the briefing in Brussels.",
    "credit-other-languages": "The photo archive of the paper was moved to a new building in 2020.",
    "bracketed-photo-credit": "[The photographer] declined to say where the picture had been taken.",
    "credit-only-line": "Reuters reported that the talks had collapsed late on Friday night.",
    "credit-in-parentheses": "The minister said the plan (photo opportunities aside) would take ten years.",
    "caption-then-credit": "The vote was tied after a recount. (Both sides have appealed the result.)",
    "agency-credit-in-parentheses": "The report was first published by an agency (the AFP) on Friday.",
    "caption-word": "Caption writers at the paper were asked to check every name.",
    "bracketed-headline": "[Annual Report of the Society, p. 41]",
    "credit-label-first": "Photographs of the crash were shared widely on social media, the police said.",
    "photograph-credit-last": "The museum showed one photograph: a child standing at the gate of the camp.",
    "agency-photo-credit": "Getty Images, the photo agency, said it had removed the picture from its archive.",
    "this-picture-shows": "This picture of the economy shows that wages have stalled since 2008.",
    "wire-photo-dateline": "LONDON - The prime minister met the king on Tuesday to discuss the new cabinet.",
    "pictured": "The house, which the family had pictured as a refuge, was sold at a loss in 2020.",
    "bbc-image-credit": "Image rights, the court heard, belonged to the photographer and not to the paper.",
    "dont-miss": "Watch out for the new rules, the minister warned, because they start in May.",
    "section-tags": "[The report] found that the school had failed to act on earlier warnings.",
    "advert": "An advert for the new tablet was banned after complaints about its claims.",
    "click-here": "Click here, the email read, was all the victims needed to do to lose their savings.",
    "listen-to-article": "Listen to the recordings, the lawyer said, and you will hear the threats.",
    "navigation-word": "Home is where the heart is, the singer told the crowd at the stadium.",
    "navigation-bar": "The sign read: Open | Closed, and the shop stayed shut all week.",
    "breadcrumb": "Growth > 3% was the target, the minister said; inflation > 2% was not.",
    "cookie-notice": "Shoppers can wander without a pop-up asking them to accept cookies, so the rules change.",
    "read-more-line": "Readers who want to read more about the plan can visit the council's website.",
    "source-line": "Sources close to the prime minister said the talks had stalled.",
    "bare-url": "The website www.example.org was taken down after the complaint.",
    "contributed-reporting": "Several reporters contributed to the investigation, which took two years.",
    "follow-us": "Follow the money, the investigators said, and you find the company in Cyprus.",
    "share-buttons": "Share prices fell by 4% after the announcement.",
    "newsletter": "Sign up rates for the newsletter doubled after the scandal, the editor said.",
    "copyright": "Copyright law was changed in 2019 to protect news publishers, the court heard.",
    "copyright-word": "Copyright holders will be paid from the new fund, the ministry said.",
    "byline": "By Tuesday, officials had evacuated more than 2,000 people from the area.",
    "timestamp": "Published in 2019, the report found that most schools lacked heating.",
    "timestamp-line": "On 16 January 2008 the company announced that it would close the plant.",
    "bureau-updated": "The bureau said the figures were updated every month.",
    "byline-with-date": "Polls close on November 5, and the count starts at once.",
    "caption-with-credit": "The bank offered credit... but only to the families who could already pay.",
    "page-tools": "Print newspapers have lost half their readers since 2008.",
    "gallery-link": "The National Gallery reopened on Monday after a two-year refit.",
    "share-widgets": "Shares in the company rose after the deal was announced.",
    "tags-header": "Topics discussed included trade, security and the climate.",
    "run-together-menu": "Homeowners will pay more under the new council tax bands.",
    "you-are-here": "You are here because you care, the mayor told the volunteers.",
    "author-contact": "The author can be reached only through her publisher, the festival said.",
    "about-the-author": "About the author of the letter, the police said nothing on Monday.",
    "author-bio": "Jane Okafor is a former reporter who now runs a bakery in Leeds, the court heard.",
    "byline-word": "By the end of the week, the bridge had been closed twice.",
    "our-staff": "Our staff worked through the night to restore the service.",
    "outlet-staff-title": "Example Times reporter Jane Okafor broke the story in 2019",
    "agency-dateline": "Reuters, the news agency, said its reporter had been released.",
    "staff-title": "The editor of the paper resigned on Friday after the vote.",
    "subscribe-promo": "Readers who subscribe to the paper pay less for the weekend edition.",
    "newsletter-form": "The newsletter, which goes to 20,000 members, criticised the plan.",
    "read-more-link": "The teacher asked the class to read more books over the summer.",
    "read-now-link": "Few people could read now without glasses, the optician said, and fewer still at night",
    "with-wires": "With the wires cut, the alarm never sounded.",
    "views-disclaimer": "The views expressed by the minister were not shared by the cabinet.",
    "read-also-other-languages": "Lire aussi les journaux du matin, disait-il, c'est perdre son temps.",
    "share-other-languages": "Compartir es vivir, dijo el alcalde ante los vecinos.",
    "timestamp-other-languages": "Le texte, publi\u00e9 le 04.05.2015 \u00e0 13h36, a disparu.",
    "byline-other-languages": "Por Ejemplo, la ciudad cerr\u00f3 el puente durante dos a\u00f1os.",
    "page-tools-other-languages": "Imprimir el peri\u00f3dico cuesta cada a\u00f1o m\u00e1s, dijo el editor.",
}


def test_every_rule_has_a_counterexample():
    assert {rule.name for rule in default_rules().rules} == set(COUNTER)


@pytest.mark.parametrize("rule,prose", sorted(COUNTER.items()), ids=sorted(COUNTER))
def test_rule_leaves_its_counterexample_alone(rule, prose):
    paragraphs = [Paragraph(i, i + 1, i + 1, t) for i, t in enumerate((BEFORE, prose, AFTER))]
    labelled = label_paragraphs(paragraphs)
    assert [p.boilerplate for p in labelled] == [None, None, None], labelled[1].boilerplate_rule
