"""The derivation drawn as an SVG graph, and the version-similarity matrix as a shaded table.

Graph: each version is a box with its id, label and verdict (``base``,
``wholly-derived`` ...); each derivation edge is a line with its confidence,
an arrow from source to copy where the direction is known, a dashed line
without an arrow where it is not (``Edge.directed`` False). Versions are
laid out as an indented tree, one box a line (``layout``), so ten versions
stay as readable as two; a link the tree does not show bows out on the
right. No script.

Matrix: ``Comparison.shared``: the share of the row version's word 3-grams
found in the column version, printed as a percentage (readable without
colour) on a background shaded in five steps (``s0``..``s4``).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..analysis.figures import percent
from ..analysis.provenance import Edge
from ..analysis.stats import Analysis
from ..model import Comparison
from ..safe import visible

BOX_W, BOX_H, GAP, INDENT, MARGIN = 190, 44, 14, 64, 8
"""Box size, the space between rows of boxes, the indent per level and the margin (px)."""

GRAPH_CSS = ("svg.graph rect { fill: var(--head); stroke: var(--fg); } svg.graph rect.base { stroke-width: 2.5; }"
             " svg.graph text { fill: var(--fg); font-size: 12px; } svg.graph .v { fill: var(--muted); }"
             " svg.graph path.e { fill: none; stroke: var(--fg); stroke-width: 1.5; }"
             " svg.graph path.u { stroke-dasharray: 5 4; }"
             " svg.graph .c { paint-order: stroke; stroke: var(--bg); stroke-width: 4px; font-weight: 600; }"
             " svg.graph marker path { fill: var(--fg); }")
"""The graph's rules, appended to the page's stylesheet."""


def layout(order: list[int], edges: Sequence[Edge]) -> tuple[list[tuple[int, int]], dict[int, Edge]]:
    """The graph as an indented tree: (version, depth) per line, top to bottom, and the edge
    that hangs each version under the one above it. Trees start at versions nothing points
    at (in ``order``); the edges are walked both ways, so an undirected edge links too."""
    rank = {v: k for k, v in enumerate(order)}
    into = {e.target for e in edges if e.directed}
    links: dict[int, list[tuple[int, Edge]]] = {v: [] for v in order}
    for e in edges:
        links[e.source].append((e.target, e))
        links[e.target].append((e.source, e))
    lines: list[tuple[int, int]] = []
    parent: dict[int, Edge] = {}
    seen: set[int] = set()

    def visit(v: int, depth: int) -> None:
        seen.add(v)
        lines.append((v, depth))
        for w, e in sorted(links[v], key=lambda link: rank[link[0]]):
            if w not in seen:
                parent[w] = e
                visit(w, depth + 1)

    for start in [v for v in order if v not in into] + [v for v in order if v in into]:
        if start not in seen:
            visit(start, 0)
    return lines, parent


def _short(label: str, limit: int = 22) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "\u2026"


def derivation_graph(comparison: Comparison, analysis: Analysis, order: list[int]) -> str:
    """The derivation as an inline ``<svg>``; versions in ``order`` (base first)."""
    lines, parent = layout(order, analysis.derivation)
    pos = {v: (MARGIN + depth * INDENT, MARGIN + k * (BOX_H + GAP)) for k, (v, depth) in enumerate(lines)}
    extra = [e for e in analysis.derivation if all(e is not p for p in parent.values())]
    width = max(x for x, _y in pos.values()) + BOX_W + MARGIN + (40 + 12 * len(extra) if extra else 0)
    height = MARGIN + len(lines) * (BOX_H + GAP) - GAP + MARGIN
    parts = [f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
             f'viewBox="0 0 {width:g} {height:g}" role="img" aria-label="derivation graph">'
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
             'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker></defs>']
    for child, e in parent.items():
        up = e.target if e.source == child else e.source
        parts.append(_edge(comparison, e, _elbow(pos[up], pos[child]), up))
    for k, e in enumerate(extra):
        parts.append(_edge(comparison, e, _bow(pos[e.source], pos[e.target], 40 + 12 * k), e.source))
    for v, _depth in lines:
        parts.append(_box(comparison, analysis, v, pos[v]))
    parts.append("</svg>")
    return "".join(parts)


def _elbow(top: tuple[float, float], below: tuple[float, float]) -> tuple[str, float, float]:
    """Down from the upper box, then right into the lower one: (path, label x, label y)."""
    x, y = top[0] + 20, top[1] + BOX_H
    mid = below[1] + BOX_H / 2
    return f"M{x:g} {y:g}V{mid:g}H{below[0]:g}", x + 4, mid - 5


def _bow(a: tuple[float, float], b: tuple[float, float], reach: float) -> tuple[str, float, float]:
    """A curve out of the right sides of two boxes (for a link the tree does not show)."""
    ax, ay, bx, by = a[0] + BOX_W, a[1] + BOX_H / 2, b[0] + BOX_W, b[1] + BOX_H / 2
    far = max(ax, bx) + reach
    return f"M{ax:g} {ay:g}C{far:g} {ay:g} {far:g} {by:g} {bx:g} {by:g}", far - 20, (ay + by) / 2


def _edge(comparison: Comparison, edge: Edge, drawn: tuple[str, float, float], start: int) -> str:
    """One edge along a drawn path that starts at version ``start``; the arrow points at the copy."""
    path, lx, ly = drawn
    undirected = not edge.directed
    names = [comparison.versions[v].id for v in (edge.source, edge.target)]
    say = f"{names[0]} and {names[1]} are related (direction unknown)" if undirected \
        else f"{names[1]} made from {names[0]}"
    end = "" if undirected else ' marker-end="url(#arrow)"' if edge.source == start else ' marker-start="url(#arrow)"'
    return (f"<g><title>{escape(say)}, confidence {edge.confidence:.2f}: {escape(visible(edge.evidence))}</title>"
            f'<path class="e{" u" if undirected else ""}" d="{path}"{end}/>'
            f'<text class="c" x="{lx:g}" y="{ly:g}">{edge.confidence:.2f}</text></g>')


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
    ids = [f'<abbr title="{escape(visible(comparison.versions[v].label))}">{escape(comparison.versions[v].id)}</abbr>'
           for v in order]
    head = "".join(f'<th scope="col">{i}</th>' for i in ids)
    rows = []
    for x, row_id in zip(order, ids, strict=True):
        cells = "".join("<td>\u2014</td>" if x == y
                        else f'<td class="{shade(shared[x][y])}">{percent(shared[x][y])}</td>' for y in order)
        rows.append(f'<tr><th scope="row">{row_id}</th>{cells}</tr>')
    return (f'<table class="sim"><thead><tr><th>of \u2193 in \u2192</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")
