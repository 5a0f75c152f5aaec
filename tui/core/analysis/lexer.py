"""The facts lexer: quotations, numbers, names and boilerplate markers.

``ArticleLexer`` is a Pygments ``RegexLexer`` for news text. It yields

* ``String.Double`` / ``String.Single``: a quotation, marks included; a
  quotation with no closing curly mark runs to the end of the line (quotes
  that span paragraphs). Apostrophes inside words (it's, Starmer's) and a
  stray ``'s`` never open a quotation;
* ``Number`` (``Number.Date`` for dates): figures, amounts and percentages
  (240,000, £1.6 billion, €800 billion, 20%, 20 per cent, 1950s), number
  words (Twenty, three) and dates (March 2, 2 March 2025, Thursday);
* ``Name``: a run of capitalised words (Keir Starmer, UK-Ireland, Ministry
  of Defence) that is not at a sentence start, or that has two words or more
  anywhere; capitalised function words (The, But, He ...) never start one;
* ``Comment``: boilerplate markers: "(Image: …)", "Source:", "Don't miss",
  "[POLITICS]", "You May Also Like", URLs.

``fact_spans(text)`` runs the lexer and returns ``(start, end, kind)`` with
kind in ``FACT_KINDS.values()``: character offsets into ``text``, sorted and
non-overlapping, cached (``lru_cache``) so a viewer can call it for every
visible line on every scroll. ``ArticleStyle`` colours the tokens like the
HTML report, ``FACT_CLASSES`` gives the report's CSS class per kind.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pygments.lexer import RegexLexer, bygroups
from pygments.style import Style
from pygments.token import Comment, Name, Number, Punctuation, String, Text, Token, Whitespace

_Trie = dict[str, "_Trie"]


def word_alternation(words: str) -> str:
    """A regex matching any of the |-separated words, factored by common prefixes.

    ``the|then|they`` becomes ``the(?:n|y)?``: the regex engine tries one
    branch per letter instead of every word, which makes long lists fast.
    """
    tree: _Trie = {}
    for word in sorted(set(words.split("|"))):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{build(tree)})"


_UP = "[" + "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha()) + "]"
"""A capital letter (Latin, Greek and Cyrillic)."""

_STOP = ("The|A|An|And|But|Or|Nor|So|If|In|On|At|To|Of|For|By|With|From|As|Into|It|Its|He|She|They|We|I|You|"
         "This|That|These|Those|There|Here|His|Her|Their|Our|My|Your|However|Meanwhile|When|While|Where|What|"
         "Who|Why|How|After|Before|During|Since|Although|Though|Yet|Also|Then|Now|Not|No|Yes|All|Some|Many|"
         "Most|Every|Each|Both|Several|Only|Even|Just|Such|Last|Next|Today|Yesterday|Tomorrow|Once|Under|Over|"
         "Is|Was|Are|Were|Has|Have|Had|Will|Would|Could|Should|Can|May|Might|Must|Do|Does|Did|Speaking|Asked|"
         "Oh|Thanks|Thank|Please|Sorry|Hello|Well")
"""Capitalised words that never start a name."""

NAME_WORD = rf"(?={_UP})(?!{word_alternation(_STOP)}\b){_UP}[^\W_]*(?:[-\u2019'][{_UP[1:-1]}][^\W_]*)*"
"""One capitalised word of a name (hyphen and apostrophe parts capitalised: UK-Ireland, O'Brien)."""
_CONNECT = r"(?:[ \t\u00a0]+(?:of|de|da|del|der|von|van|du|la|le|al|bin|y)(?=[ \t\u00a0]))*[ \t\u00a0]+"
NAME = rf"{NAME_WORD}(?:{_CONNECT}{NAME_WORD})*"
"""A run of capitalised words, with the connectors of, de, von ... between them."""
MULTI_NAME = rf"{NAME_WORD}(?:{_CONNECT}{NAME_WORD})+"

MONTH = word_alternation("January|February|March|April|June|July|August|September|October|November|December")
WEEKDAY = word_alternation("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
NUMBER_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                "hundred|thousand|million|billion|trillion|dozen")
_NUMBER_WORD = word_alternation(NUMBER_WORDS)
_SCALE = r"(?:[ \u00a0-]?(?:thousand|million|billion|trillion|bn|m|k)\b)"
_PERCENT = r"(?:[ \u00a0]?%|[ \u00a0]per[ \u00a0]?cent\b|[ \u00a0]percent\b)"
DATE = (rf"(?:{MONTH}|May(?=[ \u00a0]\d))(?:[ \u00a0]\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?[ \u00a0]\d{{4}}\b)?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0](?:{MONTH}|May)\b(?:[ \u00a0]\d{{4}}\b)?|{WEEKDAY}\b")
FIGURE = (rf"(?<![^\W_])(?:[£$€¥][ \u00a0]?)?\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?\b{_SCALE}?{_PERCENT}?(?:-plus\b)?"
          rf"|\b(?i:(?:{_NUMBER_WORD}|one(?=[- ](?:hundred|thousand|million|billion)))"
          rf"(?:[- ](?:and[ ])?(?:{_NUMBER_WORD}|one))*\b){_SCALE}?{_PERCENT}?")
"""A figure, amount or percentage, in digits or in words."""

QUOTE_DOUBLE = (r"\u201c(?:[^\u201c\u201d\u2019\n]|\u2019(?!\u2019))*(?:\u201d|\u2019\u2019|(?=\u201c)|$)"
                r"|(?<![^\W_])\"(?=\S)[^\"\n]*\"")
"""A double quotation: curly (closed by a curly mark, by two single ones, or left open until
the next opening mark or the end of the line) or straight (closed)."""
QUOTE_SINGLE = (r"(?<![^\W_])\u2018(?!s\b)(?=\S)(?:[^\u2019\n]|\u2019(?=[^\W_]))*(?:\u2019|$)"
                r"|(?<![^\W_])'(?!s\b)(?=[^\W_])(?:[^'\n]|'(?=[^\W_]))*'(?![^\W_])")
MARKER = (r"\((?:[^()\n]*[/ ])?(?:Image|Images|Photo|Photos|Picture|Pic|Credit|Video|Illustration)s?\s*:[^()\n]*\)"
          r"|\bDon[\u2019']t miss(?:\u2026|\.\.\.)?|\[[A-Z][A-Z &/-]{1,30}\]"
          r"|^(?:Source|Sources|Image source|Read more|READ MORE|Related|Advertisement|ADVERTISEMENT)\b:?"
          r"|\bYou May Also Like\b|https?://\S+")
_PLAIN = (rf"(?:(?!(?:{_NUMBER_WORD}|https?)\b)[a-z][^\W_]*(?:[\u2019'][^\W_]+)*"
          r"(?:[ \t\u00a0]+|[,;][ \t\u00a0]*(?=[a-z])))+")
"""A run of lower-case words that holds no fact: one token, so long texts lex fast."""
_SENTENCE_END = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?\u2026]+"


class ArticleLexer(RegexLexer):
    """Marks quotations, numbers, names and boilerplate markers in article text."""

    name = "Article text"
    aliases = ["article", "syndiff-article"]
    filenames: list[str] = []
    mimetypes = ["text/x-article"]

    _facts = [
        (MARKER, Comment.Special),
        (QUOTE_DOUBLE, String.Double),
        (QUOTE_SINGLE, String.Single),
        (DATE, Number.Date),
        (FIGURE, Number),
    ]
    tokens = {
        # At a sentence start only a multiword run is a name.
        "root": [
            (r"\s+", Whitespace),
            *[(regex, token, "mid") for regex, token in _facts],
            (MULTI_NAME, Name, "mid"),
            (r"[^\W_]+(?:[\u2019'][^\W_]+)*", Text, "mid"),
            (r"[^\w\s]", Punctuation),
            (r"_+", Text),
        ],
        "mid": [
            (_PLAIN, Text),
            (r"\n", Whitespace, "#pop"),
            (r"[ \t\u00a0]+", Whitespace),
            *_facts,
            (rf"({_SENTENCE_END})(\s+|$)", bygroups(Punctuation, Whitespace), "#pop"),
            (NAME, Name),
            (r"[^\W_]+(?:[\u2019'][^\W_]+)*", Text),
            (r"[^\w\s]|_+|\s", Punctuation),
        ],
    }


class ArticleStyle(Style):
    """Colours for the facts, the same as the HTML report's light scheme (AA on white)."""

    name = "syndiff-article"
    styles = {
        Token: "",
        String: "#6d28d9",
        Number: "#92400e",
        Name: "bold",
        Comment: "italic #5b6472",
    }


FACT_KINDS = {String: "quote", Number: "number", Name: "name", Comment: "marker"}
"""Token type -> the theme component the viewer colours it with."""

FACT_CLASSES = {"quote": "q", "number": "num", "name": "name", "marker": "marker"}
"""Fact kind -> CSS class in the HTML report."""

@lru_cache(maxsize=1)
def _lexer() -> ArticleLexer:
    """The one lexer, made on first use (Pygments compiles its patterns then: the reports and the
    detectors that only import this module's patterns do not pay for it)."""
    return ArticleLexer()


def _kind(ttype: Any) -> str | None:  # a Pygments token type
    while ttype is not None:
        kind = FACT_KINDS.get(ttype)
        if kind is not None:
            return kind
        ttype = ttype.parent
    return None


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    spans: list[tuple[int, int, str]] = []
    for start, ttype, value in _lexer().get_tokens_unprocessed(text):
        kind = _kind(ttype)
        if kind is not None and value:
            spans.append((start, start + len(value), kind))
    return tuple(spans)


def fact_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every fact in text: sorted, non-overlapping, cached."""
    return list(_spans(text))


def quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each quotation of text, marks left out."""
    found = []
    for start, end, kind in _spans(text):
        if kind == "quote":
            inner_start = start + 1
            inner_end = end - 1 if end - start > 1 and text[end - 1] in "\u201d\u2019\"'" else end
            found.append((inner_start, max(inner_start, inner_end)))
    return found
