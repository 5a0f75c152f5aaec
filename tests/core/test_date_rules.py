"""The two date rules write each date once (conditional groups); they match what the written-out form matched.

``timestamp-line`` and ``byline-with-date`` used to spell the date out four and
eight times (a day-month and a month-day form, before and after a time); the
rules file now writes it once, with ``(?P<time>...)...(?(time)|...)`` and
``(?P<day>...)...(?(day)...|...)``, so it compiles in half the time at every
start. Here the written-out form is rebuilt from the same pieces, and both are
run on generated date lines (each also lower- and upper-cased), with random
edits so that near misses are covered too: they must agree on every line.
"""

from __future__ import annotations

import random
import re

import pytest

from tui.core.input.rules import default_rules

WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?"
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
NTH = r"(?:st|nd|rd|th)?"
DATE = (r"(?:\d{1,2}" + NTH + " " + MONTH + r"\.?,? \d{4}|" + MONTH + r"\.? \d{1,2}" + NTH + r"(?:,? \d{4})?|"
        r"\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})")
JOIN = r"(?:,? | ?[-/|,\u2022\u00b7] |,? at )"
TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})? ?(?:[ap]\.?m\.?)?(?: [a-z]{2,4})?"
STAMP = WEEKDAY + "(?:" + DATE + "(?:" + JOIN + TIME + ")?|" + TIME + JOIN + WEEKDAY + DATE + ")"
"""A date, maybe with a time after it, or a time then a date: the date written out twice (its month four times)."""

LABEL = (r"(?:(?:posted|published|updated|last updated|last modified|first published|modified|date|created|submitted)"
         r"(?: by [\w.\x27-]+(?: [\w.\x27-]+){0,3})?(?: on| at)? ?:? ?|[^\W\d_]{2,12} ?: ?\[? ?)?")
STAMP_END = r"(?: ?[|/;] ?[\w .]{0,30}| (?:updated|modified|edited) ?:? [\w .,:]{1,40})?[;,.|]? ?\]?$"
AGO = r"|^\d{1,3} ?(?:m|h|d|mins?|minutes?|hours?|hrs?|days?|weeks?) ago\b.{0,24}$"
CAPITALS = r"[A-Z@][\w.\x27@]*(?: [A-Z@][\w.\x27@]*){0,4}"
NAME = r"(?:(?i:by) [\w.\x27@]+(?: [\w.\x27@]+){0,4}|" + CAPITALS + ")"
NAME_JOIN = r"(?: ?[-|,/] ?| |(?<=[a-z])(?=[A-Z]))"
BYLINE_END = r"(?: ?[|/;] ?[\w .]{0,30})?[;,.|]? ?\]?"

WRITTEN_OUT = {
    "timestamp-line": ("^" + LABEL + STAMP + STAMP_END + AGO, re.IGNORECASE),
    "byline-with-date": ("^" + NAME + NAME_JOIN + "(?i:" + STAMP + BYLINE_END + ")$|^(?i:" + STAMP + ") (?:(?i:by) )?"
                         + CAPITALS + "$", 0),
}

WEEKDAYS = ["", "mon ", "Monday, ", "tue. ", "Wed ", "thursday ", "Fri, ", "sat. ", "SUNDAY, "]
MONTHS = ["jan", "January", "feb", "Feb.", "march", "Apr", "may", "June", "jun", "July", "aug", "Sept",
          "september", "oct", "November", "dec", "Marc", "junee"]


def _day(rnd: random.Random) -> str:
    return str(rnd.randint(0, 39)) + rnd.choice(["", "st", "nd", "rd", "th", "TH"])


def _date(rnd: random.Random) -> str:
    year = rnd.choice(["2025", "1999", "25", "20255", ""])
    kind = rnd.randrange(5)
    if kind == 0:
        return _day(rnd) + " " + rnd.choice(MONTHS) + rnd.choice(["", ".", ",", ".,"]) + " " + year
    if kind == 1:
        return rnd.choice(MONTHS) + rnd.choice(["", "."]) + " " + _day(rnd) + rnd.choice(["", ", " + year, " " + year])
    if kind == 2:
        return f"2025-03-0{rnd.randint(1, 9)}" + rnd.choice(["", "T10:04", "t10:04:33", "T10:04Z", "t10:04+01:00"])
    if kind == 3:
        day, month, mark = rnd.randint(1, 31), rnd.randint(1, 12), rnd.choice("/.")
        return f"{day}{mark}{month}{rnd.choice('/.')}{rnd.choice(['25', '2025', '5'])}"
    return rnd.choice(["", "yesterday", "3 March"])


def _time(rnd: random.Random) -> str:
    return (f"{rnd.randint(0, 23)}{rnd.choice(':.')}{rnd.randint(0, 59):02d}" + rnd.choice(["", ":33"])
            + rnd.choice(["", " "]) + rnd.choice(["", "am", "p.m.", "PM", "a.m"])
            + rnd.choice(["", " GMT", " et", " x"]))


def _join(rnd: random.Random) -> str:
    return rnd.choice([" ", ", ", " - ", " | ", "/ ", " \u2022 ", "\u00b7 ", ", at ", " at ", "", "  "])


def _stamp(rnd: random.Random) -> str:
    kind = rnd.randrange(4)
    if kind == 0:
        return rnd.choice(WEEKDAYS) + _date(rnd)
    if kind == 1:
        return rnd.choice(WEEKDAYS) + _date(rnd) + _join(rnd) + _time(rnd)
    time_first = rnd.choice(WEEKDAYS) + _time(rnd) + _join(rnd) + rnd.choice(WEEKDAYS) + _date(rnd)
    return time_first if kind == 2 else time_first + _join(rnd) + _time(rnd)  # kind 3: times on both sides


def _line(rnd: random.Random) -> str:
    names = ["By Jane Doe", "by john smith", "Jane Doe", "JANE DOE", "Sarah O'Brien", "@handle", "AP", "jane doe",
             "Reuters Staff", "John SmithMarch"]
    kind = rnd.randrange(4)
    if kind == 0:
        label = rnd.choice(["", "Posted ", "published: ", "Updated on ", "Posted by Jo Doe on ", "Date: ", "Fecha: [ "])
        line = label + _stamp(rnd) + rnd.choice(["", " | BBC", "/ CBS News", " updated: 5 March", ".", " ]", " more"])
    elif kind == 1:
        line = rnd.choice(names) + _join(rnd) + _stamp(rnd) + rnd.choice(["", " | BBC", "."])
    elif kind == 2:
        line = _stamp(rnd) + " " + rnd.choice(["", "by ", "By "]) + rnd.choice(names)
    else:
        ago = rnd.choice(["5 hours ago", "12 mins ago, BBC", "3h ago", "1 week ago"])
        line = ago if rnd.random() < 0.3 else _stamp(rnd)
    for _ in range(rnd.choice([0, 0, 1, 2])):  # near misses: a character changed, dropped or added
        if line:
            i, c = rnd.randrange(len(line)), rnd.choice("a1 :,.-|/Mt")
            line = rnd.choice([line[:i] + c + line[i + 1:], line[:i] + line[i + 1:], line[:i] + c + line[i:]])
    return line


@pytest.mark.parametrize("name", sorted(WRITTEN_OUT))
def test_the_date_rules_match_what_the_written_out_form_matches(name):
    rule = next(r for r in default_rules().rules if r.name == name)
    pattern, flags = WRITTEN_OUT[name]
    written_out = re.compile(pattern, flags)
    assert len(rule.regex.pattern) < 0.7 * len(pattern)  # the point of the rewrite
    rnd = random.Random(9)
    matched = 0
    for _ in range(6000):
        line = _line(rnd)
        for text in (line, line.lower(), line.upper()):
            expected = written_out.search(text) is not None
            assert (rule.regex.search(text) is not None) == expected, text
            matched += expected
    assert 900 < matched < 17100  # both answers are well represented (5% of the lines or more)


def test_a_date_has_at_most_one_time_and_a_day_month_date_needs_its_year():
    timestamp = next(r for r in default_rules().rules if r.name == "timestamp-line").regex
    assert timestamp.search("10:04 am, 3 march 2025")
    assert timestamp.search("3 march 2025, 10:04 am")
    assert not timestamp.search("10:04 am, 3 march 2025, 11:00 am")
    assert timestamp.search("march 3") and not timestamp.search("3 march")
    byline = next(r for r in default_rules().rules if r.name == "byline-with-date").regex
    assert byline.search("Jane Doe - March 3, 2025") and byline.search("March 3, 2025 By Jane Doe")
    assert not byline.search("Jane Doe - March 3, 2025 Jane Doe")
