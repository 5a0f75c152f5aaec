"""Boilerplate from a paragraph's shape and its neighbours, not from one pattern.

Each pass takes the texts of one version and the labels so far (a list of
``(class, rule)`` or None, changed in place) and labels only paragraphs that
have no label yet:

* ``repeated_captions``: a caption repeated next to itself (quote style
  ignored), or a short unfinished line repeated verbatim elsewhere;
* ``captions_by_credit``: a short descriptive line next to a photo credit
  (or prose with a picture cue such as ", left," or "pictured"), and the
  paragraph under a "Caption" label line;
* ``related_blocks``: a header ("Related", "You May Also Like" ...) and the
  headline, teaser and meta lines under it, ending at the first paragraph
  that reads like prose (``boilerplate_shape.is_prose``), unless a teaser
  trailing off with an ellipsis follows it (a sentence-like headline); a
  header with no items is labelled only after the last prose paragraph;
* ``headline_lists``: three or more headlines in a row, with no header (in
  title case or trailing off, or in any case with dates or bylines between);
* ``top_headlines``: four or more headlines in a row right above the first
  prose paragraph (all but the last, the article's own headline);
* ``list_continuation``: the short items under a tags, share or menu label;
* ``between_furniture``: a line of up to three words between two boilerplate
  paragraphs (a section name between a menu and a date, a share count), or
  a line that is not prose inside a sign-up form or a share box (between two
  newsletter, or two social, paragraphs).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .boilerplate_shape import folded, full_stop, headline_shaped, is_prose, terminated, title_case
from .rules import Rules

Labels = list[tuple[str, str] | None]


def first_prose_index(texts: list[str], labels: Labels) -> int:
    """The first unlabelled paragraph that reads like prose (``is_prose``), or ``len(texts)`` when none does."""
    return next((i for i, text in enumerate(texts) if labels[i] is None and is_prose(text)), len(texts))


def last_prose_index(texts: list[str], labels: Labels) -> int:
    """The last unlabelled paragraph that reads like prose (``is_prose``), or -1 when none does."""
    return next((i for i in range(len(texts) - 1, -1, -1) if labels[i] is None and is_prose(texts[i])), -1)


def _caption_key(text: str) -> str:
    """``squash(text)`` lower-cased, without final dots, from the ``folded`` text (cached: the rule pass folded
    it already): squash folds, composes and collapses spaces, and outer spaces make no difference to it."""
    return " ".join(unicodedata.normalize("NFC", folded(text)).split()).lower().rstrip(" .")


def repeated_captions(texts: list[str], labels: Labels) -> None:
    """Label captions repeated in consecutive paragraphs (quote style ignored), or short ones repeated anywhere."""
    keys = [_caption_key(t) for t in texts]
    for i in range(len(texts) - 1):
        if keys[i] != keys[i + 1] or not any(c.isalpha() for c in keys[i]):
            continue  # (a number repeated in a table is not a caption)
        stripped = texts[i].strip()
        if terminated(stripped) and len(stripped) > 150:
            continue  # a long article paragraph pasted twice: a duplicate, not a caption
        for j in (i, i + 1):
            if labels[j] is None:
                labels[j] = ("caption", "repeated-caption")
    counts = Counter(keys)
    for i, key in enumerate(keys):
        if labels[i] is None and counts[key] > 1 and _short_caption(texts[i], key):
            labels[i] = ("caption", "repeated-caption")


def _short_caption(text: str, key: str) -> bool:
    """Short enough and shaped like a caption (not a number, a date line or an embedded post's attribution)."""
    if len(key) > 200 or len(key.split()) > 12 or full_stop(text) or "@" in key or key[:1] in "-\u2014":
        return False
    return any(c.isalpha() for c in key) and not any(c.isdigit() for c in key)


def captions_by_credit(texts: list[str], labels: Labels) -> None:
    """A short descriptive line right before (or else right after) a photo-credit line is its caption."""
    for i, label in enumerate(labels):
        if label is not None and label[1] == "caption-word" and i + 1 < len(texts) and labels[i + 1] is None:
            if len(texts[i + 1].split()) <= 80:
                labels[i + 1] = ("caption", "caption-by-label")  # the text under a "Caption" label
            continue
        if label is None or not _photo_credit(texts[i], label):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(texts) and labels[j] is None and _caption_like(texts[j]):
                labels[j] = ("caption", "caption-by-credit")
                break
            if 0 <= j < len(texts) and labels[j] is None:
                break  # the paragraph before is article text: the credit belongs to nothing after it either


_CREDIT_LABEL = re.compile(r"(?:photo|photograph|picture|image|credit)s?\s*:", re.IGNORECASE)
_PHOTO_WORDS = ("getty", "shutterstock", "alamy", "photo", "image", "/", "|", "nasa", "(")


def _photo_credit(text: str, label: tuple[str, str]) -> bool:
    """A credit line for a picture (an agency name alone may be a byline instead)."""
    stripped = text.strip()
    if label[0] == "caption" and stripped.startswith("(") and stripped.endswith(")"):
        return True
    if label[1] == "credit-label-first" and len(stripped) <= 100 and _CREDIT_LABEL.match(stripped):
        return True  # "Photo: Jane Doe, AP": a credit line, not a caption with its own text
    if label[0] != "credit":
        return False
    return label[1] != "credit-only-line" or any(w in stripped.lower() for w in _PHOTO_WORDS)


_PICTURE_CUES = re.compile(r"\((?:left|right|centre|center|l-r|r-l|top|bottom|above|below)\)|\bfrom left\b"
                           r"|, (?:left|right|centre|center|second (?:from )?(?:left|right)|far (?:left|right)),"
                           r"|\bleft to right\b|\bpictured\b|\bfile (?:photo|picture|image)\b"
                           r"|\bartist'?s (?:impression|concept|rendering)\b"
                           r"|\bin this (?:photo|image|picture|handout)\b",
                           re.IGNORECASE)


def _caption_like(raw: str) -> bool:
    """Short and not article prose, or prose that describes a picture ("left", "pictured", "file photo" ...)."""
    text = folded(raw)
    if len(text) > 800 or not 2 <= len(text.split()) <= 60 or _quoted_speech(text):
        return False
    return not is_prose(text) or _PICTURE_CUES.search(text) is not None


def _quoted_speech(text: str) -> bool:
    return text.count('"') >= 2 and any(w in text for w in (" said", " says", " told"))


_READ_MORE = ("related-links", "read-more-line")
"""A "Read more:" line the pattern rules labelled: when it is only a header, its items follow."""


def related_blocks(texts: list[str], labels: Labels, rules: Rules) -> None:
    """Label a related-links header and the headline/teaser lines under it.

    A header with no items is labelled only when no article prose follows it (it closes the page)."""
    n = len(texts)
    i = 0
    last_prose: int | None = None  # (found on the first header: most versions have none)
    while i < n:
        header = folded(texts[i])
        if labels[i] not in (None, _READ_MORE) or len(header) > 60 or not rules.is_header(header):
            i += 1
            continue
        if last_prose is None:
            last_prose = last_prose_index(texts, labels)
        items = _block_items(texts, i + 1, rules, labels)
        if items or all(label is not None for label in labels[i + 1:]) or i > last_prose:
            labels[i] = labels[i] or ("related-links", "related-header")
            for j in items:
                if labels[j] is None:
                    labels[j] = ("related-links", "related-item")
            i = items[-1] + 1 if items else i + 1
        else:
            i += 1


def _block_items(texts: list[str], start: int, rules: Rules, labels: Labels) -> list[int]:
    """The paragraphs after a header that look like links; [] if none do.

    Items are headlines, teasers and their meta lines (authors, dates,
    numbers; paragraphs already labelled are passed over). The block ends at
    the first paragraph that reads like prose or is longer than
    ``item_max_chars``. In a block that closes the page
    (every paragraph to the end is short) and is mostly headlines and
    teasers, it may run to the end; otherwise it has at most ``max_items``.
    """
    remaining = len(texts) - start
    closing = 0 < remaining <= 4 * rules.max_items
    rest = [t.strip() for t in texts[start:start + (remaining if closing else rules.max_items)]]
    closing = closing and all(len(t) <= rules.item_max_chars for t in rest)
    closing = closing and sum(map(_link_like, rest)) > 0.6 * len(rest)
    items = []
    for offset, text in enumerate(rest):
        after = rest[offset + 1] if offset + 1 < len(rest) else ""
        if labels[start + offset] is not None:
            items.append(start + offset)
            continue
        if len(text) > rules.item_max_chars or not (closing or _link_like(text)):
            break
        if is_prose(text) and not (len(text.split()) <= 40 and _teaser(after)):
            break  # article prose ends the block, unless it is a headline with its teaser under it
        items.append(start + offset)
    return items


def _teaser(text: str) -> bool:
    """A link's teaser: a short text trailing off with an ellipsis."""
    stripped = text.rstrip()
    return stripped.endswith(("...", "\u2026")) and len(stripped) <= 500 and len(stripped.split()) <= 40


def _link_like(text: str) -> bool:
    """A headline, a teaser or a short line under one, rather than a sentence of the article."""
    return headline_shaped(text) or not terminated(text) or (len(text) <= 80 and len(text.split()) <= 4)


def headline_lists(texts: list[str], labels: Labels) -> None:
    """Three or more headlines in a row, no header: title case or teasers, or any case when two or more
    date or byline lines sit between them (a link list with its meta lines)."""
    first_prose = first_prose_index(texts, labels)
    i, n = 0, len(texts)
    while i < n:
        j, found, meta = i, [], 0
        while j < n and (_class_of(labels[j]) in _META or
                         labels[j] is None and _loose_headline(texts[j])):
            if labels[j] is None:
                found.append(j)
            elif _class_of(labels[j]) in _BYLINES and j < first_prose and found and found[-1] == j - 1:
                found.pop()  # the headline right above a byline, before any prose, is the article's own
            elif _class_of(labels[j]) in _BYLINES:
                meta += 1
            j += 1
        chosen = found if meta >= 2 and len(found) >= 3 else _strict_runs(texts, found)
        for k in chosen:
            labels[k] = ("related-links", "headline-list")
        i = max(j, i + 1)


_MIN_TOP_RUN = 4


def top_headlines(texts: list[str], labels: Labels) -> None:
    """Four or more headline-shaped lines in a row right above the first prose paragraph: all but the last
    (the article's own headline) are links. Key points under a headline have a byline or a date between
    them and the prose, so they are never such a run."""
    first_prose = first_prose_index(texts, labels)
    if first_prose == len(texts):
        return
    start = first_prose
    while start > 0 and labels[start - 1] is None and _loose_headline(texts[start - 1]):
        start -= 1
    if first_prose - start >= _MIN_TOP_RUN:
        for k in range(start, first_prose - 1):
            labels[k] = ("related-links", "headlines-above-article")


def _class_of(label: tuple[str, str] | None) -> str | None:
    return label[0] if label is not None else None


def _strict_runs(texts: list[str], found: list[int]) -> list[int]:
    """The items of runs of three or more title-case headlines or teasers with no other paragraph between."""
    if len(found) < 3:
        return []  # (no run of three: no need to look at them)
    chosen: list[int] = []
    run: list[int] = []
    members = set(found)  # a list's membership test made this quadratic in a long story
    for k in found + [-1]:
        listed = k >= 0 and _listed_headline(texts[k])
        if listed and (not run or all(m not in members for m in range(run[-1] + 1, k))):
            run.append(k)
            continue
        chosen.extend(run if len(run) >= 3 else [])
        run = [k] if listed else []
    return chosen


_BYLINES = ("byline", "timestamp")
_META = ("byline", "timestamp", "page-tools", "related-links")


def _loose_headline(raw: str) -> bool:
    """Headline-shaped in any case (counts in a list only with dates or bylines between the items)."""
    return headline_shaped(raw) and not is_prose(raw)


def _listed_headline(raw: str) -> bool:
    text = folded(raw)
    if is_prose(text) or not headline_shaped(text):
        return False
    return title_case(text) or raw.rstrip().endswith(("..", "\u2026"))


_LIST_CLASSES = ("navigation", "social")


def list_continuation(texts: list[str], labels: Labels) -> None:
    """The one-to-four-word items under a navigation or social label ending in ':' ("Tags:", "Share this:")."""
    for i in range(1, len(texts)):
        before = labels[i - 1]
        if labels[i] is not None or before is None or before[0] not in _LIST_CLASSES:
            continue
        if before[1] != "list-item" and not before[1].endswith("-header") and not texts[i - 1].rstrip().endswith(":"):
            continue
        text = folded(texts[i])
        first = next((c for c in text if c.isalnum()), "a")
        if len(text) <= 40 and 1 <= len(text.split()) <= 4 and not full_stop(text) and not first.islower():
            labels[i] = (before[0], "list-item")


_FORM_CLASSES = ("newsletter", "social")


def between_furniture(texts: list[str], labels: Labels) -> None:
    """A line of one to three words between two boilerplate paragraphs takes the class of the one before;
    so does a longer line that is not prose between two newsletter (or two social) paragraphs."""
    for i in range(1, len(texts) - 1):
        before, after = labels[i - 1], labels[i + 1]
        if labels[i] is not None or before is None or after is None or before[0] == "caption":
            continue
        text = texts[i].strip()
        if len(text) <= 30 and 1 <= len(text.split()) <= 3 and not full_stop(text):
            labels[i] = (before[0], "between-furniture")
        elif before[0] == after[0] in _FORM_CLASSES and len(text) <= 300 and not is_prose(text):
            labels[i] = (before[0], "between-furniture")  # a line of a sign-up form or a share box
