"""The derivation drawn as an SVG graph, and the version-similarity matrix as a shaded table.

Graph: each version is a box with its id, label and verdict (``base``,
``wholly-derived`` ...); each derivation edge is a line with its confidence,
an arrow from source to copy where the direction is known, a dashed line
without an arrow where it is not (``direction == "unknown"``). Versions are
laid out in levels: a version with no known source starts a level-0 chain,
each linked version sits one level below the version it links to. No script.

Matrix: ``Comparison.shared``: the share of the row version's word 3-grams
found in the column version, printed as a percentage (readable without
colour) on a background shaded in five steps (``s0``..``s4``).
"""

from __future__ import annotations

from html import escape

from .analysis import Analysis
from .figures import percent
from .model import Comparison
from .safe import visible

BOX_W, BOX_H, SPACE_X, SPACE_Y = 170, 44, 30, 56
"""Box size and the space between boxes (px)."""

GRAPH_CSS = ("svg.graph rect { fill: var(--head); stroke: var(--fg); } svg.graph rect.base { stroke-width: 2.5; }"
             " svg.graph text { fill: var(--fg); font-size: 12px; } svg.graph .v { fill: var(--muted); }"
             " svg.graph line { stroke: var(--fg); stroke-width: 1.5; } svg.graph line.u { stroke-dasharray: 5 4; }"
             " svg.graph .c { paint-order: stroke; stroke: var(--bg); stroke-width: 4px; font-weight: 600; }"
             " svg.graph marker path { fill: var(--fg); }")
"""The graph's rules, appended to the page's stylesheet."""


def is_undirected(edge) -> bool:
    """True for an edge whose direction the engine could not tell."""
    return getattr(edge, "direction", None) == "unknown"


def _levels(n: int, edges) -> list[int]:
    """A level per version: 0 where nothing points at it, else one below the version it hangs from."""
    level = [-1] * n
    into = {e.target for e in edges if not is_undirected(e)}
    neighbours: dict[int, list[int]] = {v: [] for v in range(n)}
    for e in edges:
        neighbours[e.source].append(e.target)
        neighbours[e.target].append(e.source)
    starts = [v for v in range(n) if v not in into] + [v for v in range(n) if v in into]
    for start in starts:
        if level[start] >= 0:
            continue
        level[start] = 0
        queue = [start]
        for v in queue:
            for w in neighbours[v]:
                if level[w] < 0:
                    level[w] = level[v] + 1
                    queue.append(w)
    return level


def _positions(order: list[int], levels: list[int]) -> dict[int, tuple[float, float]]:
    rows: dict[int, list[int]] = {}
    for v in order:
        rows.setdefault(levels[v], []).append(v)
    width = max(len(r) for r in rows.values()) * (BOX_W + SPACE_X)
    pos = {}
    for lv, members in rows.items():
        offset = (width - len(members) * (BOX_W + SPACE_X)) / 2 + SPACE_X / 2
        for k, v in enumerate(members):
            pos[v] = (offset + k * (BOX_W + SPACE_X), 8 + lv * (BOX_H + SPACE_Y))
    return pos


def _short(label: str, limit: int = 18) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "\u2026"


def derivation_graph(comparison: Comparison, analysis: Analysis, order: list[int]) -> str:
    """The derivation as an inline ``<svg>``; versions in ``order`` (base first)."""
    versions = comparison.versions
    levels = _levels(len(versions), analysis.derivation)
    pos = _positions(order, levels)
    width = max(x for x, _y in pos.values()) + BOX_W + SPACE_X / 2
    height = max(y for _x, y in pos.values()) + BOX_H + 8
    parts = [f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
             f'viewBox="0 0 {width:g} {height:g}" role="img" aria-label="derivation graph">'
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
             'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker></defs>']
    for e in analysis.derivation:
        parts.append(_edge(comparison, e, pos))
    for v in order:
        parts.append(_box(comparison, analysis, v, pos[v]))
    parts.append("</svg>")
    return "".join(parts)


def _edge(comparison: Comparison, edge, pos: dict[int, tuple[float, float]]) -> str:
    (sx, sy), (tx, ty) = pos[edge.source], pos[edge.target]
    x1, x2 = sx + BOX_W / 2, tx + BOX_W / 2
    y1, y2 = (sy + BOX_H, ty) if ty > sy else (sy, ty + BOX_H) if ty < sy else (sy + BOX_H / 2,) * 2
    if ty == sy:
        x1, x2 = (sx + BOX_W, tx) if tx > sx else (sx, tx + BOX_W)
    undirected = is_undirected(edge)
    names = [comparison.versions[v].id for v in (edge.source, edge.target)]
    say = f"{names[0]} and {names[1]} are related (direction unknown)" if undirected \
        else f"{names[1]} made from {names[0]}"
    line = (f'<line x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}"'
            + (' class="u"/>' if undirected else ' marker-end="url(#arrow)"/>'))
    return (f"<g><title>{escape(say)}, confidence {edge.confidence:.2f}: {escape(visible(edge.evidence))}</title>"
            f'{line}<text class="c" x="{(x1 + x2) / 2 + 6:g}" y="{(y1 + y2) / 2 + 4:g}">'
            f"{edge.confidence:.2f}</text></g>")


def _box(comparison: Comparison, analysis: Analysis, v: int, at: tuple[float, float]) -> str:
    x, y = at
    version = comparison.versions[v]
    stats = analysis.stats.get(v)
    verdict = "base" if v == comparison.base else stats.derivation if stats else "cannot tell"
    cls = ' class="base"' if v == comparison.base else ""
    return (f"<g><title>{escape(version.id)} \u00b7 {escape(visible(version.label))}: {escape(verdict)}</title>"
            f'<rect{cls} x="{x:g}" y="{y:g}" width="{BOX_W}" height="{BOX_H}" rx="6"/>'
            f'<text x="{x + 8:g}" y="{y + 18:g}"><tspan font-weight="600">{escape(version.id)}</tspan> '
            f"{escape(visible(_short(version.label)))}</text>"
            f'<text class="v" x="{x + 8:g}" y="{y + 35:g}">{escape(verdict)}</text></g>')


def shade(share: float) -> str:
    """The shading class of a share: s0 under 10%, s1 under 30%, s2 under 50%, s3 under 75%, else s4."""
    return "s0" if share < 0.1 else "s1" if share < 0.3 else "s2" if share < 0.5 else "s3" if share < 0.75 else "s4"


def similarity_table(comparison: Comparison, order: list[int]) -> str:
    """The shared-3-gram matrix as a table, rows and columns in ``order``; '' without a matrix."""
    shared = comparison.shared
    if len(shared) != len(comparison.versions) or len(order) < 2:
        return ""
    ids = [escape(comparison.versions[v].id) for v in order]
    head = "".join(f'<th scope="col">{i}</th>' for i in ids)
    rows = []
    for x, row_id in zip(order, ids, strict=True):
        cells = "".join("<td>\u2014</td>" if x == y
                        else f'<td class="{shade(shared[x][y])}">{percent(shared[x][y])}</td>' for y in order)
        rows.append(f'<tr><th scope="row">{row_id}</th>{cells}</tr>')
    return (f'<table class="sim"><thead><tr><th>of \u2193 in \u2192</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")
