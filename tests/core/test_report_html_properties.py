"""The HTML report on generated messy stories: its pictures parse, every link lands, every cell is accounted for."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from hypothesis import given

from tests.conftest import make_versions
from tests.gen.stories import stories
from tui.core import CellDiffs, analyse, compare
from tui.core.report.report_html import render_html
from tui.core.report.report_html_map import MAP_RELATIONS

SVG = "{http://www.w3.org/2000/svg}"


def _check_map(comparison, html: str) -> None:
    root = ET.fromstring(re.search(r'<svg class="map(?: dense)?".*?</svg>', html, re.S).group())
    bands = list(root.iter(f"{SVG}a"))
    assert [a.get("href") for a in bands] == [f"#r{n + 1}" for n in range(len(comparison.rows))]
    for row, band in zip(comparison.rows, bands, strict=True):
        classes = [u.get("class") for u in band.iter(f"{SVG}use")]
        assert set(classes) <= set(MAP_RELATIONS)
        assert classes.count("dropped") == sum(1 for info in row.info if info.relation == "dropped")
        assert len(classes) == sum(1 for v, cell in enumerate(row.cells)
                                   if cell or row.info[v].relation == "dropped"
                                   or (row.continues(v) and (v == comparison.base or row.info[v].relation)))


def _check_links_and_cells(comparison, analysis, html: str) -> None:
    ids = set(re.findall(r' id="([^"]+)"', html))
    assert all(target in ids for target in re.findall(r'href="#([^"]+)"', html))
    assert len(re.findall(r'<li id="f\d+">', html)) == len(analysis.findings)
    empty = sum(1 for row in comparison.rows for v, cell in enumerate(row.cells) if not cell and not row.continues(v))
    assert len(re.findall(r'<td class="empty">(?:<span class="tag">dropped</span>)?not in ', html)) == empty
    continued = sum(1 for row in comparison.rows for v in range(len(row.cells)) if row.continues(v))
    marker = r"<td class=\"empty\"><span class=\"tag\">\w+</span>[^<]*: in its paragraph of "
    assert len(re.findall(marker, html)) == continued


@given(stories())
def test_generated_stories_give_a_whole_html_report(texts):
    comparison = compare(make_versions(*texts))
    diffs = CellDiffs(comparison)
    analysis = analyse(comparison, diffs)
    html = render_html(comparison, analysis, diffs)
    _check_map(comparison, html)
    graph = ET.fromstring(re.search(r'<svg class="graph".*?</svg>', html, re.S).group())
    assert len(list(graph.iter(f"{SVG}rect"))) == len(comparison.versions)
    _check_links_and_cells(comparison, analysis, html)
