"""The HTML report's pictures, parsed as XML: the change map, the derivation graph, the similarity matrix."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from tests.conftest import make_versions
from tui.core import analyse, compare
from tui.core.analysis.figures import percent
from tui.core.analysis.provenance import Edge
from tui.core.report.report_html import render_html
from tui.core.report.report_html_css import PALETTE
from tui.core.report.report_html_graph import derivation_graph, layout, shade, similarity_table
from tui.core.report.report_html_map import MAP_CSS, MAP_RELATIONS, WORDS, band_height, change_map, tick_step

SVG = "{http://www.w3.org/2000/svg}"


def _svg(html: str, cls: str) -> ET.Element:
    found = re.search(rf'<svg class="{cls}".*?</svg>', html, re.S)
    assert found, f"no {cls} svg"
    return ET.fromstring(found.group())


def _bands(root: ET.Element) -> list[tuple[str, str, list[str]]]:
    """(href, title, relation classes left to right) per band."""
    columns = {r.get("id"): float(r.get("x")) for r in root.iter(f"{SVG}rect") if r.get("id", "").startswith("c")}
    bands = []
    for a in root.iter(f"{SVG}a"):
        uses = sorted(a.iter(f"{SVG}use"), key=lambda u: columns[u.get("href")[1:]])
        bands.append((a.get("href"), a.find(f"{SVG}title").text, [u.get("class") for u in uses]))
    return bands


@pytest.fixture(scope="module")
def sample_html(sample_comparison):
    return render_html(sample_comparison, analyse(sample_comparison))


def test_one_band_per_row_each_linked_to_its_row(sample_comparison, sample_html):
    bands = _bands(_svg(sample_html, "map"))
    assert [href for href, _t, _c in bands] == [f"#r{n + 1}" for n in range(len(sample_comparison.rows))]
    assert all(f'id="{href[1:]}"' in sample_html for href, _t, _c in bands)


def test_the_sample_bands_say_what_each_version_did(sample_comparison, sample_html):
    bands = _bands(_svg(sample_html, "map"))
    comparison = sample_comparison
    order = [comparison.base] + [v for v in range(len(comparison.versions)) if v != comparison.base]
    # the base's lede: the versions lacking it dropped it, the spun copy split it in two
    lede = next(n for n, row in enumerate(comparison.rows) if 0 in row.cells[comparison.base])
    row = comparison.rows[lede]
    expected = ["base" if v == comparison.base else "dropped" if not row.cells[v] else
                "split" if len(row.cells[v]) > 1 else row.info[v].relation for v in order]
    assert bands[lede][2] == expected and "split" in expected and "dropped" in expected
    said = [f"{comparison.versions[v].id} {WORDS.get(r, r)}" for v, r in zip(order, expected, strict=True)
            if r not in ("base", "same")]
    assert bands[lede][1] == f"row {lede + 1}: " + ", ".join(said)
    # a caption only the syndicated copy has: one boilerplate cell, the base column blank
    caption = next(n for n, row in enumerate(comparison.rows)
                   if row.relation == "boilerplate" and [bool(c) for c in row.cells] == [True, False, False, False])
    assert bands[caption][1:] == (f"row {caption + 1}: boilerplate in A", ["boilerplate"])


# (id, base text, copy text, expected (classes, title) per band: base column first, the copy second)
STORIES = [
    ("same and edited", "One two three four five.\nSix seven eight nine ten.",
     "One two three four five.\nSix seven eight nine ten eleven.",
     [(["base", "same"], "row 1: the same in every version"), (["base", "edited"], "row 2: B edited")]),
    ("typography only", "He said \u201cno\u201d today.\nThe end came.", 'He said "no" today.\nThe end came.',
     [(["base", "typography"], "row 1: B typography only"), (["base", "same"], "row 2: the same in every version")]),
    ("dropped and added", "The council approved the budget.\nThe mayor was pleased.",
     "The council approved the budget.\nA spokesman declined to comment on the plan.",
     [(["base", "same"], "row 1: the same in every version"), (["added"], "row 2: B added"),
      (["base", "dropped"], "row 3: B dropped")]),
    ("moved", "Alpha beta gamma delta epsilon zeta.\nEta theta iota kappa lambda mu.\nNu xi omicron pi rho sigma.",
     "Nu xi omicron pi rho sigma.\nAlpha beta gamma delta epsilon zeta.\nEta theta iota kappa lambda mu.",
     [(["base", "same"], "row 1: the same in every version"), (["base", "same"], "row 2: the same in every version"),
      (["base", "moved"], "row 3: B moved")]),
]


@pytest.mark.parametrize("base, copy, expected", [s[1:] for s in STORIES], ids=[s[0] for s in STORIES])
def test_band_classes_are_each_versions_relation(base, copy, expected):
    comparison = compare(make_versions(base, copy), 0)
    root = ET.fromstring(change_map(comparison, [0, 1]))
    assert [(classes, title) for _href, title, classes in _bands(root)] == expected


def test_every_relation_has_its_own_fill_and_pattern_in_both_schemes():
    fills = dict(re.findall(r"\.map \.([\w-]+) \{ fill: ([^;]+); \}", MAP_CSS))
    assert set(fills) == set(MAP_RELATIONS)
    distinct = {fill for rel, fill in fills.items() if rel != "merged"}
    assert len(distinct) == len(MAP_RELATIONS) - 1  # split and merged share one swatch, "split or merged"
    for scheme in PALETTE.values():
        assert all(f"m-{rel}" in scheme for rel in MAP_RELATIONS)
        colours = {scheme[f"m-{rel}"] for rel in MAP_RELATIONS if rel != "merged"}
        assert len(colours) == len(MAP_RELATIONS) - 1


def test_patterns_exist_for_every_patterned_fill(sample_html):
    ids = {p.get("id") for p in _svg(sample_html, "map").iter(f"{SVG}pattern")}
    wanted = set(re.findall(r"url\(#([\w-]+)\)", MAP_CSS))
    assert wanted and wanted <= ids


def _edge(source: int, target: int, confidence: float, evidence: str, direction: str = "known") -> Edge:
    return Edge(source, target, confidence, evidence, directed=direction == "known")


def test_the_graph_draws_boxes_verdicts_and_edges(sample_comparison):
    analysis = analyse(sample_comparison)
    order = [1, 0, 2, 3]
    root = ET.fromstring(derivation_graph(sample_comparison, analysis, order))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert len(list(root.iter(f"{SVG}rect"))) == len(sample_comparison.versions)
    assert all(stats.derivation in texts for stats in analysis.stats.values())
    assert "base" in texts
    lines = [p for p in root.iter(f"{SVG}path") if "e" in p.get("class", "").split()]
    assert len(lines) == len(analysis.derivation) and all(line.get("marker-end") for line in lines)
    assert {f"{e.confidence:.2f}" for e in analysis.derivation} <= set(texts)


def test_an_edge_of_unknown_direction_has_no_arrow(sample_comparison):
    analysis = analyse(sample_comparison)
    edges = (_edge(1, 2, 0.87, "shared wording", "unknown"), _edge(1, 0, 0.5, "holes"))
    root = ET.fromstring(derivation_graph(sample_comparison, replace(analysis, derivation=edges), [1, 0, 2, 3]))
    lines = [p for p in root.iter(f"{SVG}path") if "e" in p.get("class", "").split()]
    assert sorted((line.get("class"), line.get("marker-end")) for line in lines) == [
        ("e", "url(#arrow)"), ("e u", None)]
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert any("direction unknown" in t for t in titles)


# (id, edges as (source, target, direction), expected lines as (version, depth))
LAYOUTS = [
    ("no edges", [], [(1, 0), (0, 0), (2, 0)]),
    ("a star from the base", [(1, 0, "known"), (1, 2, "known")], [(1, 0), (0, 1), (2, 1)]),
    ("a chain", [(1, 0, "known"), (0, 2, "known")], [(1, 0), (0, 1), (2, 2)]),
    ("a copy of a copy first", [(2, 1, "known")], [(0, 0), (2, 0), (1, 1)]),
    ("undirected", [(2, 1, "unknown")], [(1, 0), (2, 1), (0, 0)]),
]


@pytest.mark.parametrize("edges, expected", [c[1:] for c in LAYOUTS], ids=[c[0] for c in LAYOUTS])
def test_layout_hangs_each_version_under_its_source(edges, expected):
    lines, parent = layout([1, 0, 2], [_edge(s, t, 0.5, "", d) for s, t, d in edges])
    assert lines == expected
    assert len(parent) == len(edges)


def test_the_similarity_matrix_prints_each_share_with_its_shade(sample_comparison):
    order = [1, 0, 2, 3]
    table = similarity_table(sample_comparison, order)
    cells = re.findall(r'<td class="(s\d)">(\d+)%</td>', table)
    expected = [(shade(sample_comparison.shared[x][y]), percent(sample_comparison.shared[x][y])[:-1])
                for x in order for y in order if x != y]
    assert cells == expected
    assert [c for c, _p in cells].count("s4") == 2  # the base and the spun copy share most of their wording


@pytest.mark.parametrize("share, expected", [(0.0, "s0"), (0.1, "s1"), (0.3, "s2"), (0.5, "s3"), (0.75, "s4")],
                         ids=["none", "a tenth", "under half", "half", "three quarters"])
def test_shade_steps(share, expected):
    assert shade(share) == expected


def test_the_pictures_stay_small(sample_html):
    pictures = sum(len(re.search(pattern, sample_html, re.S).group().encode()) for pattern in (
        r'<svg class="map".*?</svg>', r'<svg class="graph".*?</svg>', r'<table class="sim".*?</table>',
        r'<p class="maplegend">.*?</p>'))
    assert pictures < 20_000


# (id, rows, band height in px, rows between row numbers)
HEIGHTS = [("short story", 58, 10.0, 10), ("200 rows", 200, 4.0, 10), ("500 rows", 500, 1.6, 50),
           ("long story", 1643, 800 / 1643, 100), ("huge story", 50_000, 0.4, 100)]


@pytest.mark.parametrize("rows, height, step", [h[1:] for h in HEIGHTS], ids=[h[0] for h in HEIGHTS])
def test_the_map_stays_about_800_px_tall_with_readable_row_numbers(rows, height, step):
    assert band_height(rows) == pytest.approx(height)
    assert tick_step(band_height(rows)) == step and step * band_height(rows) >= 40


@pytest.mark.parametrize("paragraphs, dense", [(20, False), (400, True)], ids=["short: patterns", "long: plain"])
def test_a_long_map_drops_the_patterns(paragraphs, dense):
    text = "\n".join(f"Paragraph {n} tells of the {n}th council meeting about the budget." for n in range(paragraphs))
    comparison = compare(make_versions(text, text.replace("budget", "plan")), 0)
    root = ET.fromstring(change_map(comparison, [0, 1]))
    assert ("dense" in root.get("class").split()) is dense
    assert len(_bands(root)) == len(comparison.rows) == paragraphs
