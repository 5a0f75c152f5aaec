"""The HTML report as a reader forwards it: headline and date, base first, linked findings, empty cells, facts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, datetime, timezone
from html.parser import HTMLParser

import pytest

from tests.conftest import SAMPLE, SPUN, make_versions
from tui.cli import main
from tui.core import CellDiffs, analyse, compare
from tui.core.report.report_html import render_html, report_day, story_headline

DAY = date(2025, 3, 6)


class _Page(HTMLParser):
    """Every element's tag, attributes and text, in document order."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: dict[int, str] = {}
        self._open: list[int] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in ("br", "meta", "input", "use", "rect", "path", "circle"):
            self._open.append(len(self.elements) - 1)

    def handle_endtag(self, tag):
        while self._open:
            k = self._open.pop()
            if self.elements[k][0] == tag:
                break

    def handle_data(self, data):
        for k in self._open:
            self.text[k] = self.text.get(k, "") + data

    def find(self, tag: str, **attrs: str) -> list[int]:
        return [k for k, (t, a) in enumerate(self.elements)
                if t == tag and all(a.get(key) == value for key, value in attrs.items())]


@pytest.fixture(scope="module")
def report(sample_comparison):
    analysis = analyse(sample_comparison)
    html = render_html(sample_comparison, analysis, generator="syndiff 9.9", day=DAY)
    return sample_comparison, analysis, html, _Page(html)


def test_title_and_heading_carry_the_headline_the_date_and_the_generator(report):
    comparison, _analysis, html, page = report
    headline = story_headline(comparison)
    assert headline.startswith("Keir Starmer\u2019s \u2018coalition of the willing\u2019")
    title = page.text[page.find("title")[0]]
    assert headline in title and "6 March 2025" in title
    assert page.text[page.find("h1")[0]] == headline
    assert '<meta name="generator" content="syndiff 9.9">' in html
    assert "6 March 2025 by syndiff 9.9" in " ".join(page.text[page.find("p", **{"class": "meta"})[0]].split())


@pytest.mark.parametrize("limit", [40, 140], ids=["short limit", "report limit"])
def test_a_long_headline_is_cut_at_a_word(sample_comparison, limit):
    headline = story_headline(sample_comparison, limit)
    first = sample_comparison.base_version.article()[0].text
    assert len(headline) <= limit + 1 and headline.endswith("\u2026")
    assert first.startswith(headline[:-1]) and first[len(headline) - 1] == " "


def test_the_base_is_the_first_column(sample_versions):
    base = next(n for n, v in enumerate(sample_versions) if v.label == SPUN)
    comparison = compare(sample_versions, base)
    assert base != 0
    html = render_html(comparison, analyse(comparison), day=DAY)
    table = html[html.index('<table class="rows">'):]
    assert re.search(r'<th>row</th><th>([^<]*)</th>', table).group(1) == f"C \u00b7 {SPUN} (base)"
    first_cells = re.findall(r'<th id="r\d+">.*?</th>(<td[^>]*>[^<]*)', table)
    base_empty = [n for n, row in enumerate(comparison.rows) if not row.cells[base]]
    assert [n for n, cell in enumerate(first_cells) if cell.startswith('<td class="empty">')] == base_empty
    assert all(cell == f'<td class="empty">not in {SPUN}' for n, cell in enumerate(first_cells)
               if n in base_empty)


def test_every_link_lands_and_findings_and_rows_link_both_ways(report):
    comparison, analysis, _html, page = report
    ids = {attrs["id"] for _tag, attrs in page.elements if "id" in attrs}
    hrefs = [attrs["href"] for _tag, attrs in page.elements if attrs.get("href", "").startswith("#")]
    assert hrefs and all(h[1:] in ids for h in hrefs)
    items = page.find("li")
    findings = [k for k in items if page.elements[k][1].get("id", "").startswith("f")]
    assert len(findings) == len(analysis.findings) == 46
    where = comparison.row_of_paragraph
    rows_of = {}
    for k in findings:
        link = page.elements[k + 1]
        assert link[0] == "a"
        rows_of[page.elements[k][1]["id"]] = link[1]["href"][1:]
    # each row links back to exactly the findings that link to it
    back: dict[str, set[str]] = {}
    current = None
    for tag, attrs in page.elements:
        if tag == "th" and attrs.get("id", "").startswith("r"):
            current = attrs["id"]
        elif tag == "td":
            current = None if attrs else current
        elif tag == "a" and current and attrs.get("href", "").startswith("#f"):
            back.setdefault(current, set()).add(attrs["href"][1:])
    forward: dict[str, set[str]] = {}
    for finding, row in rows_of.items():
        forward.setdefault(row, set()).add(finding)
    assert back == forward
    expected_rows = {f"r{where[(f.version, f.paragraph)] + 1}" for f in analysis.findings}
    assert set(forward) == expected_rows


def test_findings_are_grouped_by_version_then_kind(report):
    comparison, analysis, html, _page = report
    section = html[html.index('<div class="findings">'):]
    section = section[:section.index("</div>")]
    groups = re.findall(r"<h3>(\w+) \u00b7|<h4>([\w-]+) \((\d+)\)</h4>", section)
    seen, version = [], None
    for v, kind, count in groups:
        if v:
            version = v
            continue
        seen.append((version, kind))
        ids = [comparison.versions[f.version].id for f in analysis.findings if f.kind == kind]
        assert ids.count(version) == int(count)
    assert len(seen) == len(set(seen)) == len({(f.version, f.kind) for f in analysis.findings})
    assert [v for v, _k in seen][0] == comparison.base_version.id


def test_empty_cells_say_which_version_has_nothing(report):
    comparison, _analysis, html, _page = report
    for v, version in enumerate(comparison.versions):
        empty = sum(1 for row in comparison.rows if not row.cells[v])
        dropped = sum(1 for row in comparison.rows if row.info[v].relation == "dropped")
        cells = re.findall(rf'<td class="empty">(<span class="tag">dropped</span>)?not in {version.label}</td>', html)
        assert len(cells) == empty > 0
        assert sum(1 for tag in cells if tag) == dropped


# (id, facts on, fact classes expected in the aligned paragraphs)
FACTS = [("facts on", True, True), ("facts off", False, False)]


@pytest.mark.parametrize("facts, expected", [f[1:] for f in FACTS], ids=[f[0] for f in FACTS])
def test_fact_highlighting_can_be_left_off(sample_comparison, facts, expected):
    html = render_html(sample_comparison, analyse(sample_comparison), facts=facts, day=DAY)
    table = html[html.index('<table class="rows">'):]
    assert all((f'<span class="{c}">' in table) is expected for c in ("q", "num", "name"))
    assert ('id="printfacts"' in html) is expected


def test_print_leaves_facts_off_unless_asked_and_keeps_rows_whole(report):
    html = report[2]
    style = html[html.index("<style>"):html.index("</style>")]
    printed = style[style.index("@media print"):]
    assert "table-layout: fixed" in printed and "break-inside: avoid" in printed
    assert "overflow-wrap: anywhere" in printed
    assert re.search(r"body:not\(:has\(#printfacts:checked\)\) :is\(\.q, \.num, \.marker\) \{ color: inherit", printed)


def test_the_page_is_self_contained(report):
    html = report[2]
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\((?!#)|src=", html, re.I)


def test_article_text_and_labels_are_escaped():
    evil = '<script>alert(1)</script> & "quoted" </style>'
    versions = make_versions(f"The council met. {evil}\nThe mayor spoke.", "The council met.\nThe mayor spoke twice.")
    versions[0] = versions[0].__class__(**{**versions[0].__dict__, "label": "<b>v0</b> & ]]> \x01"})
    comparison = compare(versions, 0)
    html = render_html(comparison, analyse(comparison), CellDiffs(comparison), day=DAY)
    assert "<script>" not in html and "<b>v0</b>" not in html and html.count("</style>") == 1
    assert "&lt;script&gt;" in html and "&lt;b&gt;v0&lt;/b&gt; &amp; ]]&gt; \\x01" in html
    pictures = re.findall(r"<svg class=\"(?:map|graph)\".*?</svg>", html, re.S)
    assert len(pictures) == 2
    assert "<b>v0</b> & ]]>" in "".join(ET.fromstring(pictures[1]).itertext())  # well-formed, the label as text


# (id, extra arguments, fact spans expected in the written report)
CLI_FACTS = [("default", [], True), ("--no-facts", ["--no-facts"], False)]


@pytest.mark.parametrize("extra, expected", [c[1:] for c in CLI_FACTS], ids=[c[0] for c in CLI_FACTS])
def test_syndiff_report_no_facts(tmp_path, extra, expected):
    out = tmp_path / "report.html"
    assert main(["report", str(SAMPLE), "-f", "html", "-o", str(out), *extra]) == 0
    html = out.read_text(encoding="utf-8")
    assert ('<span class="num">' in html) is expected
    assert re.search(r'<meta name="generator" content="syndiff \d', html)


def test_a_report_made_without_naming_the_generator_still_gives_the_version(sample_comparison):
    from tui import __version__
    from tui.core import render

    html = render(sample_comparison, analyse(sample_comparison), "html")
    assert f'<meta name="generator" content="syndiff {__version__}">' in html


# (id, SOURCE_DATE_EPOCH, the day the report gives, or None for today)
EPOCHS = [("set", "1741219200", "6 March 2025"), ("not a number", "soon", None), ("unset", None, None)]


@pytest.mark.parametrize("epoch, expected", [e[1:] for e in EPOCHS], ids=[e[0] for e in EPOCHS])
def test_source_date_epoch_fixes_the_reports_date(monkeypatch, epoch, expected):
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    day = report_day()
    assert day == (date(2025, 3, 6) if expected else datetime.now(timezone.utc).date())


def test_what_the_loader_noticed_is_in_the_report():
    versions = make_versions("The council met.\nThe mayor spoke.", "The council met.\nThe mayor spoke twice.")
    note = "v1.html: line numbers count the lines of its extracted text <b>"
    versions[1] = replace(versions[1], notes=(note,))
    comparison = compare(versions, 0)
    html = render_html(comparison, analyse(comparison), day=DAY)
    assert "<li><b>B</b>: v1.html: line numbers count the lines of its extracted text &lt;b&gt;</li>" in html
