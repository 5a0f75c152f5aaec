"""Page furniture from real pages is labelled; the article prose next to it never is (issue 16).

Each rule has its furniture lines and the article prose it must leave alone;
each neighbour pass has a small page around it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.input.boilerplate import label_paragraphs
from tui.core.model import Paragraph, Version

PROSE = ("The council said on Tuesday that the new bridge would open in the spring, after two years of delays "
         "and a row over its cost.")
P2 = "Engineers found cracks in two of the supports last year, and the contractor was replaced in March."
P3 = "Residents have complained about the noise, and some have asked for the night work to stop."
P4 = "The mayor said the final cost would be published once the last inspections were finished."


def _label(*texts: str) -> list[str | None]:
    return [p.boilerplate for p in label_paragraphs([Paragraph(i, i + 1, i + 1, t) for i, t in enumerate(texts)])]


# (id, line, expected class): each rule's furniture
FURNITURE = [
    ("date alone", "16 January 2008", "timestamp"),
    ("date and time", "2007-11-24 16:23:08", "timestamp"),
    ("iso stamp", "2019-11-19T12:48:14Z", "timestamp"),
    ("published with time", "Published 01/08/2008 - 10:07 a.m. GMT", "timestamp"),
    ("updated colon", "Updated : 19 November 2019, 09:01 AM", "timestamp"),
    ("bureau and update", "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM", "timestamp"),
    ("label in another script", "\uae30\uc0ac\uc785\ub825 :[ 2018-08-25 15:24 ]", "timestamp"),
    ("weekday time date", "Posted: Fri 6:45 PM, Feb 16, 2018 |", "timestamp"),
    ("age", "32M ago", "timestamp"),
    ("posted by on", "Posted by admin on 12 March 2020", "timestamp"),
    ("last modified", "Last modified on Monday, 02 March 2020 10:15", "timestamp"),
    ("advert and scroll", "Advertisement - Scroll to continue", "promo"),
    ("byline with date", "By admin - 2018-09-16", "byline"),
    ("name then date", "Chris Davies - Nov 19, 2019, 10:31 pm CST", "byline"),
    ("date then by", "Monday November 18, 2019 7:45 am PST by Joe Rossignol", "byline"),
    ("lower-case by", "by Bryan DeArdo", "byline"),
    ("agency and city", "Reuters, Washington,", "byline"),
    ("staff title", "Opinion Columnist", "byline"),
    ("email article", "Email Article", "page-tools"),
    ("print version", "Print Version", "page-tools"),
    ("most emailed", "Most Emailed", "page-tools"),
    ("map", "Map: Perth 6000", "page-tools"),
    ("comment count", "[ 167 comments ]", "page-tools"),
    ("gallery counter", "1 / 23", "page-tools"),
    ("reading time elsewhere", "Tempo de leitura: 1 minuto", "page-tools"),
    ("share this article", "Share this article", "social"),
    ("share count", "858shares", "social"),
    ("handle alone", "@BryanDeArdo", "social"),
    ("credit in parentheses", "(NASA/JPL-Caltech/ASU)", "credit"),
    ("agency after photographer", "Natalie Naccache | Bloomberg | Getty Images", "credit"),
    ("getty alone", "Getty Images", "credit"),
    ("nasa product", "NASA Worldview", "credit"),
    ("personal archive in russian", "\u043b\u0438\u0447\u043d\u044b\u0439 \u0430\u0440\u0445\u0438\u0432 "
     "\u0418\u0432\u0430\u043d\u0430 \u041f\u0435\u0442\u0440\u043e\u0432\u0430", "credit"),
    ("bracketed korean credit", "[\uc0ac\uc9c4=JTBC]", "credit"),
    ("inline credit", "Trump asked voters for a big win. He didn't get it.Credit...Doug Mills/The New York Times",
     "caption"),
    ("above caption", "Above: A coworking space in San Francisco.", "caption"),
    ("subscribe promo", "Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", "promo"),
    ("newsletter name", "Pick Six Newsletter", "newsletter"),
    ("unsubscribe", "No spam, we promise. You can unsubscribe at any time.", "newsletter"),
    ("tags", "Tags Kristi Noem South Dakota", "navigation"),
    ("run-together menu", "HomeLatest NewsNollywood Actress Looks Stunning", "navigation"),
    ("read more link", "Maharashtra | Sonia Gandhi gives nod to alliance - Read More \u00bb\u00bb", "related-links"),
    ("with wires", "With Post wires", "source"),
    ("views disclaimer", "The views and opinions expressed in the article do not necessarily reflect those of X.",
     "disclaimer"),
    ("advert in indonesian", "Iklan", "promo"),
    ("continue reading", "Continue reading the main story", "promo"),
    ("copyright with a name", "Copyright Guardian News & Media Limited", "copyright"),
    ("copyright with a circled c", "Copyright \u24d2 Entermedia.co.kr", "copyright"),
    ("click here to", "Click here to subscribe to The Paradigm Newsletter", "promo"),
    ("newsletter sentence", "Sign up for our daily newsletter.", "newsletter"),
    ("get our newsletter", "Get our daily Entertainment newsletter", "newsletter"),
    ("caption then slash credit", "A map of the lake beds. (Lunar Survey/Jane Okafor)", "caption"),
    ("about the author", "ABOUT THE AUTHOR", "byline"),
    ("click for", "CLICK FOR FULL RESULTS", "promo"),
    ("more share buttons", "twitter linkedin facebook instagram", "social"),
    ("signed up", "Thanks for signing up!", "newsletter"),
    ("byline with a handle", "By Jane Okafor @janeokafor", "byline"),
    ("contact line", "Contact Jane Okafor at jane.okafor@example.com", "byline"),
    ("sign up with a colon", "Sign Up: Stay on top of the latest news! Sign up for our Email Newsletters here.",
     "newsletter"),
    ("in this photo", "In this photo taken on May 2, 2019, workers repair the bridge in Leeds.", "caption"),
    ("this illustration shows", "This illustration of the lander shows how it could touch down on the Moon.",
     "caption"),
    ("read also in french", "Lire aussi : Les critiques du projet de loi", "related-links"),
    ("share in portuguese", "Compartilhe", "social"),
    ("copy link in spanish", "Copiar enlace", "social"),
    ("updated in french", "Mis \u00e0 jour le", "timestamp"),
    ("dotted date and time", "21.dez.2018 \u00e0s 12h55", "timestamp"),
    ("hours ago in german", "vor 3 Stunden", "timestamp"),
    ("byline in french", "Par Marie Dupont et Jean Martin", "byline"),
    ("byline in german", "Von Anna Schmidt", "byline"),
    ("font size in portuguese", "Aumentar fonte", "page-tools"),
    ("comment count in german", "12 Kommentare", "page-tools"),
    ("gallery full screen", "Full Screen", "page-tools"),
    ("gallery autoplay", "Autoplay", "page-tools"),
    ("slide counter with of", "1 of 12", "page-tools"),
    ("skip ad", "Skip Ad", "page-tools"),
    ("view photos", "View Photos", "page-tools"),
    ("wait to continue", "Wait 1 second to continue.", "page-tools"),
    ("bracketed read link", "[Read: Why the lake dried out, and what the council plans next]", "related-links"),
    ("teaser ending in read now", "Pets help us: A review of studies lists the ways pets comfort people. Read now",
     "related-links"),
    ("read now alone", "Read now", "related-links"),
    ("caption then spaced slash credit", "A fishing boat in the harbour. (Jane Okafor / The Example Times)",
     "caption"),
    ("by alone", "By", "byline"),
    ("unsigned staff byline", "Our Foreign Staff", "byline"),
    ("outlet and job", "Example Times business reporter", "byline"),
    ("date bullet time", "16 November 2017 \u2022 2:15pm", "timestamp"),
    ("stamp then updated stamp", "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", "timestamp"),
    ("sponsor label", "Supported by", "promo"),
    ("bracketed headline", "[Old museum houses amazing Roman treasures]", "related-links"),
    ("name, colon and contact", "Jane Okafor: 555-0100 or jane.okafor@example.com; on Twitter: @janeokafor.",
     "byline"),
    ("email and twitter", "Email jane.okafor@example.com // Twitter @janeokafor", "byline"),
    ("breadcrumb to the story", "World > Europe > 2015 > Minister resigns over the bridge row", "navigation"),
    ("agency glued to its date", "Associated PressDecember 2, 2016", "byline"),
    ("in this photo dated", "In this photo dated Tuesday, Nov. 29, 2016 the rocket stands on its launch pad.",
     "caption"),
]

# (id, article line): prose and article lines that the same rules must leave alone
ARTICLE = [
    ("date in a sentence", "On 16 January 2008 the company announced that it would close the plant."),
    ("timeline subhead", "The 2008 crash and what followed"),
    ("published in prose", "Published in 2019, the report found that most schools lacked heating."),
    ("by in prose", "by the time the police arrived, the crowd had gone home."),
    ("print in prose", "Print newspapers have lost half their readers since 2008."),
    ("comments in prose", "The comments were made at a rally in Ohio on Saturday."),
    ("share in prose", "Share prices fell by 4% after the announcement."),
    ("parentheses in prose", "The agency (which declined to comment) said the figures were provisional."),
    ("photo agency in prose", "A photographer for Getty Images was among those detained, the union said."),
    ("archive in prose", "The personal archive of the writer was sold at auction for \u00a32m."),
    ("subscribe in prose", "Readers who subscribe to the paper pay less for the weekend edition."),
    ("newsletter in prose", "The newsletter, which goes to 20,000 members, criticised the plan."),
    ("topics in prose", "Topics discussed included trade, security and the climate."),
    ("home in prose", "Homeowners will pay more under the new council tax bands."),
    ("read more in prose", "Those who want to read more can find the report online."),
    ("wires in prose", "With the wires cut, the alarm never sounded."),
    ("views in prose", "The views expressed by the minister were not shared by the cabinet."),
    ("bare number", "17"),
    ("a row of X", "X X X"),
    ("quoted headline", "\u201cMeth. We\u2019re on it.\u201d"),
    ("long prose", P2),
    ("slash inside prose", "The plan was backed by both parties (Labour/Conservative) on Monday."),
    ("slash credit then more prose", "The lake dried out. (Lunar Survey/Jane Okafor) Farmers say rains failed."),
    ("click in prose", "Clicking for hours on the site, she found nothing about the loan."),
    ("photo someone described", "This photo shows nothing new, the spokesman told reporters on Monday."),
    ("date in a french sentence", "Le 04.05.2015, les d\u00e9put\u00e9s ont vot\u00e9 la loi."),
    ("par in french prose", "Par ailleurs, le ministre a promis une nouvelle loi."),
    ("von in a german name", "Von der Leyen sagte, die Kommission werde handeln."),
    ("share in spanish prose", "Compartir datos con la polic\u00eda es obligatorio, dijo el juez."),
    ("read-only in prose", "Read-only copies of the files were sent to the court on Monday."),
    ("read now in prose", "What she wrote in 1990 is worth a read now."),
    ("of in prose", "Four of the 12 judges dissented."),
    ("letter to the editor heading", "Letter to the Editor"),
    ("job after a name in prose", "Jane Okafor, a former Example Times reporter, joined the campaign."),
    ("our staff in prose", "Our staff worked through the night to restore the service."),
    ("supported by in prose", "Supported by the unions, the strike spread to the ports."),
    ("full screen in prose", "Full screen time limits were introduced for children under 12."),
    ("date and bullet in prose", "16 November 2017 \u2022 the day the talks collapsed"),
    ("bracketed citation", "[Annual Report of the Society, p. 41]"),
    ("bracketed editor's note", "[This story has been updated with the council's response.]"),
    ("email address in prose", "The address jane.okafor@example.com was used to send the threats, police said."),
    ("caption word in prose", "Caption contests ran in the paper every week until 1990."),
    ("greater-than in prose", "Growth > 3% was the target, the minister said; inflation > 2% was not."),
    ("sentence-case words then a date", "Parliament votes December 2, 2016"),
    ("credit glued to prose", "\u00a9 Provided by Example News Inc The council said on Tuesday that the new bridge "
     "would open in the spring, after two years of delays, a row over its cost and a long fight with residents "
     "about the noise. It is the biggest project the city has paid for in decades, so what could go wrong?"),
]


@pytest.mark.parametrize("line,expected", [c[1:] for c in FURNITURE], ids=[c[0] for c in FURNITURE])
def test_furniture_line(line, expected):
    assert _label(PROSE, line, P2) == [None, expected, None]


@pytest.mark.parametrize("line", [c[1] for c in ARTICLE], ids=[c[0] for c in ARTICLE])
def test_article_line_stays_article(line):
    assert _label(PROSE, line, P3) == [None, None, None]


QUOTED = ('"We knew it would be hard, but the team never stopped believing," Federer, who is aiming to win a '
          'hat-trick of titles, said after the match.')
DATELINE = "GLENDALE - Granger came to Oklahoma as a highly rated recruit and left as the school's record scorer."


@pytest.mark.parametrize("prose", [PROSE, QUOTED, DATELINE, "Authorities say that the cases appear to be unrelated."],
                         ids=["long sentence", "quotation", "dateline", "short full sentence"])
def test_related_block_ends_at_first_prose_paragraph(prose):
    page = [P2, "Related", "Minister quits over row", "Council tax to rise", prose, P3, "Bridge to open"]
    assert _label(*page) == [None, "related-links", "related-links", "related-links", None, None, None]


def test_closing_related_block_keeps_headline_with_teaser_but_not_prose():
    page = [PROSE, "You May Also Like", "Concerns arise as troops risk encirclement due to lack of support.",
            "AROUND 10,000 soldiers face encirclement having been left trapped and fighting\u2026",
            "Tourist and host attacked while stargazing in India", "A TOURIST and her host were attacked in\u2026",
            "Council Tax Bills Set to Rise Again", QUOTED]
    assert _label(*page) == [None] + ["related-links"] * 6 + [None]


def test_author_bio_closing_the_version_is_a_byline():
    bio = "Jane Okafor is a breaking news reporter for The Example Post and is based in Leeds."
    assert _label(PROSE, P2, bio) == [None, None, "byline"]
    assert _label(PROSE, bio, P2) == [None, None, None]


def test_more_alone_heads_a_related_block_that_ends_at_prose():
    page = [PROSE, "More:", "The New Race for the Moon", "Walking in space for the first time", P2]
    assert _label(*page) == [None, "related-links", "related-links", "related-links", None]
    assert _label(PROSE, "More", P2, P3) == [None, None, None, None]


def test_header_after_the_last_prose_paragraph_is_furniture_without_items():
    page = [PROSE, P2, "Popular on Example News", "see the whole list on our site:", "Tags: bridges, tunnels"]
    assert _label(*page) == [None, None, "related-links", None, "navigation"]
    assert _label(PROSE, "Popular on Example News", P2, P3) == [None, None, None, None]


def test_header_at_the_very_end_is_furniture():
    assert _label(PROSE, P2, "More in Minnesota Wild") == [None, None, "related-links"]


def test_headline_list_without_header():
    page = [PROSE, "15 Amazing Images of Stars", "11 Fascinating Facts About Our Milky Way Galaxy",
            "The 11 Biggest Unanswered Questions About Dark Matter", P2]
    assert _label(*page) == [None, "related-links", "related-links", "related-links", None]


def test_two_subheads_and_a_list_are_not_a_headline_list():
    page = [PROSE, "US Falls Short", P2, "France Wins Again", P3, "8-9 ripe pears, cored and peeled",
            "1 lemon, or about 1/4 cup lemon juice", "6 tbsp fruit pectin powder", P4]
    assert _label(*page) == [None] * len(page)


def test_headline_above_its_byline_is_the_article_headline():
    page = ["16-Inch MacBook Pro Gets a Magic Keyboard", "First Impressions Praise Scissor Keyboard",
            "Mac Pro Shipping in December", "13-Inch MacBook Pro With Scissor Keyboard Expected in 2020",
            "Monday November 18, 2019 7:45 am PST by Joe Rossignol", PROSE]
    assert _label(*page) == ["related-links"] * 3 + [None, "byline", None]


@pytest.mark.parametrize("caption,credit", [
    ("Sheikh Mohammed, vice president of the UAE, at the Dubai Air Show on Monday",
     "Natalie Naccache | Bloomberg | Getty Images"),
    ("Kristi Noem, governor of South Dakota, pictured at the White House in 2018, when she was a "
     "congresswoman and had just been re-elected.", "Alex Wong | Getty Images"),
], ids=["short line", "prose describing a picture"])
def test_caption_next_to_a_credit_line(caption, credit):
    assert _label(PROSE, caption, credit, P2) == [None, "caption", "credit", None]


def test_caption_with_a_position_before_a_labelled_credit():
    caption = ("Jane Okafor, head of design, left, and Tom Reyes, chief engineer, unveil the new bridge model "
               "at the city hall in Leeds on Monday, Nov. 18, 2019.")
    assert _label(PROSE, caption, "Photo: Ann Smith, AP", P2) == [None, "caption", "caption", None]
    standfirst = "Our present financial ruin is being turned into a business model by the banks."
    assert _label("The Future of Banking", standfirst, "Photograph: Tim Roe/Getty Images", PROSE)[1] is None


def test_credit_after_article_prose_labels_nothing_after_it():
    page = [PROSE, "(NASA/JPL-Caltech/ASU)", "A short line after the credit", P2]
    assert _label(*page) == [None, "credit", None, None]


def test_agency_byline_under_a_headline_makes_no_caption():
    assert _label("Attorney General investigating WeWork", "Reuters", PROSE) == [None, "credit", None]


def test_caption_repeated_elsewhere_in_the_story():
    page = [PROSE, "\u201cWild Rose\u201d", P2, P3, "\u201cWild Rose\u201d", P4]
    assert _label(*page) == [None, "caption", None, None, "caption", None]


def test_repeated_post_attribution_is_not_a_caption():
    line = "\u2014 The Nigerian Senate (@NGRSenate) October 9, 2018"
    assert _label(PROSE, line, P2, line) == [None, None, None, None]


def test_tag_list_under_a_tags_label():
    page = [PROSE, "Related Tags:", "Delhi Pollution", "Delhi Smog", "Air Quality", P2]
    assert _label(*page) == [None] + ["navigation"] * 4 + [None]


def test_bare_url_inside_the_article_is_not_a_source():
    page = [PROSE, "1) Lego Star Wars Bomber", "http://amzn.to/2iJFhRj", "2) Electric Race Track",
            "http://amzn.to/2hZfWFJ", P2]
    assert _label(*page) == [None] * len(page)


def test_bare_url_closing_the_version_is_a_source():
    assert _label(PROSE, P2, "https://example.org/story/42", "Share Tweet Email") == [
        None, None, "source", "social"]


def test_breaking_headline_is_article():
    assert _label("BREAKING: Senate adjourns over deaths of two members", PROSE) == [None, None]


def _story(*versions: list[str]) -> list[list[str | None]]:
    from tui.core.input.boilerplate import label_story

    built = [Version(chr(65 + n), f"v{n}", f"v{n}.txt",
                     label_paragraphs([Paragraph(i, i + 1, i + 1, t) for i, t in enumerate(texts)]))
             for n, texts in enumerate(versions)]
    return [[p.boilerplate for p in v.paragraphs] for v in label_story(built)]


LINKED = "Starmer said Britain would commit 1.6 billion pounds of export finance to buy 5,000 air defence missiles."


def test_story_text_shared_as_article_is_not_a_link():
    one = [PROSE, "Related", "Council tax to rise", "Minister quits over row", "Bridge Opens at Last"]
    two = one[:2] + ["Council tax to rise", "Minister quits over row with the Treasury over the cost of the "
                     "Thames bridge and the tunnel"]
    base = [PROSE, "Minister quits over row with the Treasury over the cost of the Thames bridge and the tunnel"]
    labels = _story(base, two, one)
    assert labels[1] == [None, "related-links", "related-links", None]
    assert labels[2] == [None] + ["related-links"] * 4


def test_short_line_only_one_version_has_is_furniture():
    base = [PROSE, P2, P3]
    copy = ["Berkeley Earth", PROSE, P2, P3, "Ryan McKenna"]
    assert _story(base, copy)[1] == ["furniture", None, None, None, "furniture"]


def test_subheading_or_shared_line_only_in_one_version_stays_article():
    base = [PROSE, "Bridge Opens", P2, P3, P4, "Berkeley Earth"]
    copy = [PROSE, "THE COST", P2, "What Comes Next", P3, P4, "Berkeley Earth"]
    assert _story(base, copy)[1] == [None] * 7


@pytest.mark.parametrize("copy,expected", [
    ([PROSE, "What Comes Next", P2, P3, P4], [None] * 5),  # second paragraph
    ([PROSE, P2, P3, "Looking Ahead", P4], [None] * 5),  # second to last
    ([PROSE, "(Image: Lunar Survey)", "The Cost", P2, P3, P4], [None, "credit", None, None, None, None]),
], ids=["near the top", "near the bottom", "under a caption"])
def test_subheading_near_the_edge_only_one_version_has_stays_article(copy, expected):
    assert _story([PROSE, P2, P3, P4], copy)[1] == expected


def test_related_header_only_one_version_has_is_furniture_even_between_prose():
    copy = [PROSE, P2, P3, "You May Also Like", P4, "By Jane Okafor"]
    assert _story([PROSE, P2, P3, P4], copy)[1] == [None, None, None, "furniture", None, "byline"]


def test_one_version_is_left_as_it_is():
    assert _story(["Berkeley Earth", PROSE]) == [[None, None]]


@pytest.mark.parametrize("items", [
    ["Los Angeles 2015: Nissan Sentra Debuts With New Design", "November 20, 2015",
     "Boosted 2017 Nissan Sentra SR Turbo Launched", "September 12, 2016", "2020 Mini JCW GP Is a 300HP Monster Hatch"],
    ["Audi e-Tron Sportback makes electric crossovers look good", "2019-11-20 14:35:08",
     "Boosted Nissan Sentra SR Turbo launched", "September 12, 2016",
     "The most powerful Mini hot hatch has a huge rear wing"],
], ids=["title case", "sentence case"])
def test_headline_list_with_dates_between(items):
    assert _label(PROSE, *items, P2) == [None, "related-links", "timestamp", "related-links", "timestamp",
                                         "related-links", None]


def test_related_block_with_question_and_exclamation_headlines():
    page = [PROSE, "Trending News", 'Video shows dramatic rescue of kidnapped girl: "We got her!"',
            "Who will make the Rock Hall in 2020?", "Safety officials urge Boeing to redesign part", P2]
    assert _label(*page) == [None] + ["related-links"] * 4 + [None]


def test_related_header_used_twice_is_not_a_caption():
    page = [PROSE, "Related", "Waves: Why Taylor Russell Is a Revelation", P2, "Related",
            "How to Watch This Week's Hearings", P3]
    assert _label(*page) == [None, "related-links", "related-links", None, "related-links", "related-links", None]


def test_line_inside_a_sign_up_form_is_newsletter_but_prose_between_ads_is_not():
    form = [PROSE, "Sign up for our daily newsletter", "Get the latest news on bridges, tunnels and more!",
            "You can unsubscribe at any time.", P2]
    assert _label(*form) == [None, "newsletter", "newsletter", "newsletter", None]
    ads = [PROSE, "Advertisement", "Analysts gave a few theories:", "Advertisement", P2]
    assert _label(*ads) == [None, "promo", None, "promo", None]


def test_short_line_between_furniture():
    page = ["Share Tweet Email", "Film", "23 Nov 2017", PROSE]
    assert _label(*page) == ["social", "social", "timestamp", None]


def test_subheading_between_a_caption_and_prose_stays_article():
    page = [PROSE, "The bridge at night (Image: Getty)", "The Cost", P2]
    assert _label(*page) == [None, "caption", None, None]


def test_interview_answers_are_not_a_headline_list():
    page = [PROSE, "Q: Favorite childhood memory?", "A: Trip to Disney World", "Q: Favorite apps?",
            "A: Bleacher Report, Uber Eats, and ParkMobile", "Q: Favorite books?",
            "A: A Fistful of Rice and The Hard Thing About Hard Things", P2]
    assert _label(*page) == [None] * len(page)


def test_repeated_numbers_are_not_captions():
    assert _label(PROSE, "0", "0", "17", "17", "1", P2) == [None] * 7


def test_prose_using_the_word_left_before_a_credit_stays_article():
    prose = ("He left the party in 2019 after a row over its leadership, and he has since sat as an independent "
             "member for the northern seat.")
    assert _label(PROSE, prose, "Getty Images", P2) == [None, None, "credit", None]


@pytest.mark.parametrize("line", ["Polls close on November 5", "the meeting on 12 May 2024"],
                         ids=["sentence-case line with a date", "lower-case line with a date"])
def test_line_about_a_date_is_not_a_byline(line):
    assert _label(PROSE, line, P2) == [None, None, None]


def test_name_next_to_a_date_is_a_byline():
    page = ["Bridge to open in spring after delays", "Jane Okafor", "19 Nov 2019", PROSE, P2]
    assert _label(*page) == [None, "byline", "timestamp", None, None]
    assert _label(PROSE, P2, "About the Author", "Jane Okafor", P3) == [None, None, "byline", "byline", None]


@pytest.mark.parametrize("page,expected", [
    (["Bridge Opens", "19 Nov 2019", PROSE, P2], [None, "timestamp", None, None]),  # a short headline above its date
    ([PROSE, "Kate Henshaw", P2, P3], [None] * 4),  # a name as a subheading in the article
    (["Bridge to open in spring", "19 Nov 2019", "What Comes Next", PROSE], [None, "timestamp", None, None]),
    ([PROSE, P2, "Bridge Finally Opens", "19 Nov 2019 10:32", P3, P4], [None, None, None, "timestamp", None, None]),
], ids=["headline above date", "name between prose", "subheading under date", "live blog entry"])
def test_short_title_case_lines_by_dates_or_prose_stay_article(page, expected):
    assert _label(*page) == expected


def test_short_lines_after_the_last_prose_paragraph_are_a_tag_list():
    assert _label(PROSE, P2, "New Zealand", "Asia Pacific", "Marine life") == [None, None] + ["navigation"] * 3


def test_headlines_after_the_last_prose_paragraph_are_links():
    page = [PROSE, P2, "Council approves the new bridge after a long fight over its cost",
            "Residents say the night work on the tunnel must stop", "Minister quits over the row"]
    assert _label(*page) == [None, None] + ["related-links"] * 3


@pytest.mark.parametrize("page", [
    [PROSE, P2, "New Zealand", "Marine life"],  # two closing lines: cannot tell
    [PROSE, "Eggs", "Flour", "Caster sugar", P2],  # a list inside the article
    [PROSE, "1) Polistil Racing Track", "http://amzn.to/2iJFhRj", "2) Thriller (Vinyl)", "http://amzn.to/2hZfWFJ",
     "3) Swiss Army Knife"],  # a numbered list of links ending the article
], ids=["two lines", "list between prose", "numbered list"])
def test_article_lists_are_not_tag_lists(page):
    assert _label(*page) == [None] * len(page)


def test_closing_line_introducing_what_follows_stays_article():
    page = [PROSE, "To see the new bridge in action, watch the footage below:", "Sponsored Links by Example",
            "Council Tax to Rise", "Minister Quits"]
    assert _label(*page)[:2] == [None, None]


def test_most_read_header_with_more_words_heads_a_block_that_ends_at_prose():
    page = [PROSE, "Most Read Business Stories", "Housing market splits into two pieces",
            "Boeing chief refuses to admit design flaws", P2, P3]
    assert _label(*page) == [None, "related-links", "related-links", "related-links", None, None]


def test_name_under_a_lone_by_is_a_byline_but_a_subheading_under_prose_is_not():
    assert _label("Bridge to open in spring", "By", "Jane Okafor", PROSE, P2) == [
        None, "byline", "byline", None, None]
    assert _label(PROSE, "Jane Okafor", P2, P3) == [None, None, None, None]


def test_related_block_of_teasers_ending_in_read_now():
    teaser = "Pets help us: A review of studies lists the many ways in which pets comfort people who are ill. Read now"
    assert _label(PROSE, P2, "Related coverage", teaser, teaser.replace("Pets", "Dogs"), P3, P4) == [
        None, None, "related-links", "related-links", "related-links", None, None]


def test_paragraph_under_a_caption_label_is_its_caption():
    caption = "Security forces stormed the museum, freeing hostages and ending a siege by gunmen on Wednesday."
    assert _label(PROSE, "Caption", caption, P2, P3) == [None, "caption", "caption", None, None]
    assert _label(PROSE, "Bridge works", caption, P2, P3) == [None, None, None, None, None]


def test_headlines_stacked_above_the_first_paragraph_are_links_but_the_last_is_the_headline():
    page = ["Fair will be free to attend next summer", "Man dies after crashing into power pole",
            "Skimming device found at petrol station", "Bridge to open in spring after delays", PROSE, P2]
    assert _label(*page) == ["related-links"] * 3 + [None, None, None]


def test_headline_standfirst_and_key_points_above_the_article_stay_article():
    three = ["Bridge to open in spring", "Council says the delays are over", "A new crossing for the city", PROSE]
    assert _label(*three) == [None] * 4
    key_points = ["Bridge to open in spring", "Council approves the last payment", "Work to start in May",
                  "Residents oppose night work", "By Jane Okafor", PROSE]
    assert _label(*key_points) == [None] * 4 + ["byline", None]


def test_read_more_line_heads_a_block_that_ends_at_prose():
    page = [PROSE, P2, "Read more:", "Islamists get a lesson in governing", "Most fighters come from one town",
            "Jane Okafor is the Science Editor at The Example Post, which she joined in 2012."]
    assert _label(*page) == [None, None, "related-links", "related-links", "related-links", "byline"]
    assert _label(PROSE, "Read more:", P2, P3) == [None, "related-links", None, None]


def test_job_title_in_capitals_inside_the_article_is_not_a_bio():
    bio = "Jane Okafor is the Science Editor at The Example Post, which she joined in 2012."
    assert _label(PROSE, bio, P2, P3) == [None, None, None, None]


_PIECES = ["Word", " ", "\u00a0", "\u03a3", "\u03c3", "\u0391", "e", "\u0301", "\u0130", "I", "\u2019", "\u2014",
           "\t", "\n", "\u200b", "\u00ad", "1", ".", "\u1e9e", "\u00df", "\ufb01", "A\u030a", "\u212b"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join), min_size=1, max_size=5))
def test_the_story_pass_words_of_a_version_are_those_of_its_paragraph_keys(texts):
    """``_words`` works on the paragraphs joined: the same words as each paragraph's comparison key gives
    (Greek final sigma, combining accents at either end, dotted capital I, spaces of every kind)."""
    from tui.core.input.boilerplate_story import _key, _words

    assert _words(texts) == {word for text in texts for word in _key(text).split()}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_the_caption_key_is_the_squashed_text(text):
    from tui.core.input.boilerplate_blocks import _caption_key
    from tui.core.textnorm import squash

    assert _caption_key(text) == squash(text).lower().rstrip(" .")
