"""Hypothesis strategies for small, messy news stories (the kind that once crashed syndiff).

``stories()`` draws a list of version texts: each version is built from one master
list of news-like sentences with drops, repeats, moves, splits, merges, word
noise, boilerplate lines (captions, "Related", newsletter prompts, bylines) between
or before article lines, blank lines, and CRLF, CR or LF line ends.
"""

from __future__ import annotations

from hypothesis import strategies as st

SENTENCES = [
    "European leaders agreed on Sunday to draw up a peace plan for Ukraine to present to Washington.",
    'Starmer said a "coalition of the willing" would defend any deal and guarantee peace in Ukraine.',
    "Britain would commit 1.6 billion pounds of export finance to buy 5,000 air defence missiles.",
    "Ukraine's Volodymyr Zelenskiy said he was ready to sign a minerals deal with the United States.",
    "France's Emmanuel Macron said a truce in the air, at sea and on energy infrastructure was possible.",
    "The summit in London came two days after a heated Oval Office meeting between the two presidents.",
    "The leaders also discussed defence spending, which several countries promised to increase.",
    '"We are at a crossroads in history," Starmer told reporters after the talks ended.',
    "Officials said the plan would be shared with Washington before any formal announcement.",
    "Italy's Giorgia Meloni warned against dividing the West at a moment of great danger.",
    "The council approved a budget of 40 million euros for road repairs on Tuesday evening.",
    "Critics said the proposal did not go far enough and called for an independent review.",
]
BOILERPLATE = [
    "Related", "Photo: AP", "Photo: Reuters", "Sign up for our newsletter", "You May Also Like",
    "By Andrew MacAskill", "Subscribe to our newsletter to get the latest news", "Read more:",
    "British Prime Minister Keir Starmer speaks during a press conference in London. REUTERS/Toby Melville",
]
NOISE = ["said", "the", "new", "on", "Monday", "officials", "however", "also", "about", "leaders"]


@st.composite
def _version(draw, master: list[str]) -> str:
    lines = list(master)
    for _ in range(draw(st.integers(0, 3))):  # drops
        if lines:
            lines.pop(draw(st.integers(0, len(lines) - 1)))
    for _ in range(draw(st.integers(0, 2))):  # repeats
        if lines:
            n = draw(st.integers(0, len(lines) - 1))
            lines.insert(n, lines[n])
    for _ in range(draw(st.integers(0, 2))):  # moves
        if len(lines) > 1:
            line = lines.pop(draw(st.integers(0, len(lines) - 1)))
            lines.insert(draw(st.integers(0, len(lines))), line)
    if lines and draw(st.booleans()):  # split
        n = draw(st.integers(0, len(lines) - 1))
        words = lines[n].split()
        cut = draw(st.integers(1, max(1, len(words) - 1)))
        lines[n: n + 1] = [" ".join(words[:cut]), " ".join(words[cut:])]
    if len(lines) > 1 and draw(st.booleans()):  # merge
        n = draw(st.integers(0, len(lines) - 2))
        lines[n: n + 2] = [lines[n] + " " + lines[n + 1]]
    for _ in range(draw(st.integers(0, 3))):  # word noise
        if lines:
            n = draw(st.integers(0, len(lines) - 1))
            words = lines[n].split()
            words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(NOISE)))
            lines[n] = " ".join(words)
    for _ in range(draw(st.integers(0, 4))):  # boilerplate lines, anywhere (first included)
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(BOILERPLATE)))
    if draw(st.booleans()):  # blank lines between paragraphs
        lines = [part for line in lines for part in (line, "")]
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return end.join(lines) + (end if draw(st.booleans()) else "")


@st.composite
def stories(draw, max_versions: int = 6, max_paragraphs: int = 40) -> list[str]:
    """Version texts of one story: 1..max_versions versions of 0..max_paragraphs paragraphs."""
    size = draw(st.integers(0, max_paragraphs))
    master = [draw(st.sampled_from(SENTENCES)) for _ in range(size)]
    count = draw(st.integers(1, max_versions))
    return [draw(_version(master)) for _ in range(count)]
