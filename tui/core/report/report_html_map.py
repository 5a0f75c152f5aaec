"""The change map: the whole story as one inline SVG picture.

One column per version (base first), one band per aligned row, top to bottom
in row order. Each band is a link to its row's anchor (``#r{n}``) with a
``<title>`` such as "row 14: C paraphrased, D dropped"; each cell of a band is
a ``<use>`` of its column's band-sized ``<rect>``, whose class is that version's relation to the base in that row
(the core's ``CellInfo.relation``, see ``cell_relation``) and whose fill is the relation's colour and pattern, so
the map reads without colour too. Cells empty in the version and the base
draw nothing. The legend is HTML with the same swatches.
"""

from __future__ import annotations

from html import escape

from ..model import Comparison
from ..safe import visible

MAP_RELATIONS = ("base", "same", "typography", "edited", "paraphrase", "moved", "split", "merged",
                 "added", "dropped", "boilerplate")
"""Everything a map cell can show, in legend order."""

WORDS = {"typography": "typography only", "paraphrase": "paraphrased", "base": "base text"}
"""How a band's title says a relation (the others read as they are)."""

_PATTERNS = {  # relation -> the lines drawn over its colour in a 6 x 6 tile
    "typography": '<circle cx="3" cy="3" r=".8"/>',
    "edited": '<path d="M0 6L6 0"/>',
    "paraphrase": '<path d="M0 6L6 0M0 0L6 6"/>',
    "moved": '<path d="M1.5 1L4.5 3L1.5 5" fill="none"/>',
    "split": '<path d="M3 0V6"/>',
    "merged": '<path d="M3 0V6"/>',
    "added": '<path d="M0 4L1.5 2L3 4L4.5 2L6 4"/>',
    "dropped": '<path d="M0 3H6M3 0V6"/>',
    "boilerplate": '<path d="M0 0h3v3H0z"/>',
}

MAP_CSS = ("svg.map text { fill: var(--fg); font-size: 11px; } .dense .pl { display: none; }"
           " .dense use { shape-rendering: crispEdges; }"
           " svg.map a:hover use { stroke: var(--fg); }"
           " svg .pl { stroke: var(--fg); fill: var(--fg); stroke-opacity: .6; fill-opacity: .6; stroke-width: .9; }"
           + "".join(f" .c-{r} {{ fill: var(--m-{r}); }}" for r in _PATTERNS)
           + "".join(f" .map .{r} {{ fill: url(#p-{r}); }}" for r in _PATTERNS)
           + "".join(f" .map .{r} {{ fill: var(--m-{r}); }}" for r in MAP_RELATIONS if r not in _PATTERNS)
           + " .sw { vertical-align: middle; margin-right: .3em; } .maplegend span { margin-right: .8em;"
           " white-space: nowrap; font-size: .85em; }")
"""The map's rules, appended to the page's stylesheet."""

COLUMN, GAP, TOP = 56, 6, 18
"""Column width, space between columns, room for version ids above the bands (px)."""


def cell_relation(comparison: Comparison, n: int, v: int) -> str | None:
    """What version v's cell in row n shows: the core's relation to the base
    (``CellInfo.relation``), ``base`` (or ``boilerplate``) for the base's own text,
    None where there is nothing to draw. A cell continued from the row above (``Row.continued``) is
    drawn as what it is there: ``base``, or the version's relation (``merged``)."""
    row = comparison.rows[n]
    if v == comparison.base:
        if not row.cells[v]:
            return "base" if row.continues(v) else None
        return "boilerplate" if row.relation == "boilerplate" else "base"
    return row.info[v].relation or None


def band_title(comparison: Comparison, n: int, relations: dict[int, str]) -> str:
    """'row 14: C paraphrased, D dropped' (versions the same as the base are left out)."""
    ids = [(comparison.versions[v].id, r) for v, r in relations.items() if r not in ("same", "base")]
    if not ids:
        return f"row {n + 1}: the same in every version" if relations else f"row {n + 1}"
    if all(r == "boilerplate" for _i, r in ids):
        return f"row {n + 1}: boilerplate in {', '.join(i for i, _r in ids)}"
    return f"row {n + 1}: " + ", ".join(f"{i} {WORDS.get(r, r)}" for i, r in ids)


def band_height(rows: int) -> float:
    """Band height in px: 10 px for a short story, less for a long one, so the map stays
    within about 800 px (bands thinner than a pixel still shade the column, down to 0.4 px)."""
    return max(0.4, min(10.0, 800 / max(rows, 1)))


def tick_step(height: float) -> int:
    """Rows between two row numbers on the map's left: the first of 10, 20, 50, 100 ... with
    at least 40 px between numbers."""
    step = 10
    while step * height < 40:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    return step


def change_map(comparison: Comparison, order: list[int]) -> str:
    """The change map as an inline ``<svg>`` (order: version positions, base first).

    Bands of 4 px or more leave a 1 px gap below, so neighbouring rows stay apart;
    bands under 3 px are too thin for the patterns: the map is then ``dense`` and
    the bands are plain colour (the titles still name each relation)."""
    rows = len(comparison.rows)
    h = band_height(rows)
    left = 8 + 7 * len(str(rows))
    x = [left + k * (COLUMN + GAP) for k in range(len(order))]
    width, height = x[-1] + COLUMN, TOP + h * rows
    parts = [f'<svg class="map{" dense" if h < 3 else ""}" xmlns="http://www.w3.org/2000/svg" width="{width}" '
             f'height="{height:g}" viewBox="0 0 {width} {height:g}" '
             'aria-label="change map: one band per row, each a link to its row">',
             _patterns("".join(f'<rect id="c{k}" x="{x[k]}" width="{COLUMN}" height="{h - 1 if h >= 4 else h:g}"/>'
                               for k in range(len(order))))]
    versions = comparison.versions
    parts += [f'<text x="{x[k] + COLUMN / 2:g}" y="12" text-anchor="middle"><title>{escape(visible(versions[v].label))}'
              f"</title>{escape(versions[v].id)}</text>" for k, v in enumerate(order)]
    step = tick_step(h)
    parts += [f'<text x="{left - 4}" y="{TOP + h * (n + 1):g}" text-anchor="end">{n + 1}</text>'
              for n in range(step - 1, rows, step)]
    for n in range(rows):
        relations = {v: r for v in order if (r := cell_relation(comparison, n, v)) is not None}
        cells = "".join(f'<use href="#c{k}" class="{relations[v]}"/>' for k, v in enumerate(order) if v in relations)
        parts.append(f'<a href="#r{n + 1}" transform="translate(0,{TOP + h * n:g})">'
                     f"<title>{escape(band_title(comparison, n, relations))}</title>{cells}</a>")
    parts.append("</svg>")
    return "".join(parts)


def _patterns(band: str) -> str:
    tiles = "".join(f'<pattern id="p-{r}" width="6" height="6" patternUnits="userSpaceOnUse">'
                    f'<rect width="6" height="6" class="c-{r}"/><g class="pl">{shape}</g></pattern>'
                    for r, shape in _PATTERNS.items())
    return f"<defs>{band}{tiles}</defs>"


def map_legend() -> str:
    """Swatches with words, the same fills as the map."""
    items = "".join(f'<span><svg class="map sw" width="18" height="12"><rect width="18" height="12" class="{r}"/>'
                    f"</svg>{WORDS.get(r, r)}</span>" for r in MAP_RELATIONS if r != "merged")
    return f'<p class="maplegend">{items.replace(">split<", ">split or merged<")}</p>'
