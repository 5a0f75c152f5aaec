"""The HTML report's stylesheet: colours for the light and dark schemes, layout, print.

Every colour is a CSS variable defined once per scheme in ``PALETTE`` and
written into ``:root`` blocks (light, then dark on a screen that
``prefers-color-scheme: dark``: print is always light). Text colours (``fg``, ``muted``, ``q`` for
quotations, ``num`` for numbers) are chosen to pass WCAG AA (4.5:1) on every
background text sits on: the page, insertions, deletions, moved cells, table
heads and the shaded similarity cells (``s1``..``s4``); a test checks it from
the emitted CSS. ``m-*`` are the change map's fills; each relation also has a
pattern (see ``report_html_map``), so the map reads without colour.

In print the page is light, the change map is scaled to 100 mm tall (it fits
beside the graph on the first page), the table has a fixed layout with wrapped words
(no clipped column), a row is not split across pages, and fact colours are
off unless the reader ticks "print fact colours" (a checkbox read by CSS
``:has()``, no script).
"""

from __future__ import annotations

PALETTE = {
    "light": {
        "fg": "#1d1f21", "bg": "#ffffff", "muted": "#5b6472", "line": "#d1d5db", "head": "#f3f4f6",
        "ins": "#d1fadf", "del": "#fde2e1", "moved": "#fff4ce", "typo": "#9ca3af",
        "q": "#6d28d9", "num": "#92400e",
        "s1": "#e0ecff", "s2": "#bfd7ff", "s3": "#93bbfb", "s4": "#6fa0f7",
        "m-base": "#cbd5e1", "m-same": "#e5e7eb", "m-typography": "#d1d5db", "m-edited": "#86efac",
        "m-paraphrase": "#fdba74", "m-moved": "#fde047", "m-split": "#67e8f9", "m-merged": "#67e8f9",
        "m-added": "#93c5fd", "m-dropped": "#f87171", "m-boilerplate": "#f3f4f6",
    },
    "dark": {
        "fg": "#e5e7eb", "bg": "#111827", "muted": "#a3acb9", "line": "#374151", "head": "#1f2937",
        "ins": "#0f3d24", "del": "#5c1a1a", "moved": "#3d3100", "typo": "#6b7280",
        "q": "#d8b4fe", "num": "#fcd34d",
        "s1": "#172554", "s2": "#1e3a8a", "s3": "#1e40af", "s4": "#1d4ed8",
        "m-base": "#475569", "m-same": "#374151", "m-typography": "#4b5563", "m-edited": "#15803d",
        "m-paraphrase": "#c2410c", "m-moved": "#a16207", "m-split": "#0e7490", "m-merged": "#0e7490",
        "m-added": "#1d4ed8", "m-dropped": "#b91c1c", "m-boilerplate": "#1f2937",
    },
}
"""Colours per scheme, as CSS variables (``--fg`` ...)."""


def _root(scheme: str) -> str:
    return ":root { " + " ".join(f"--{k}:{v};" for k, v in PALETTE[scheme].items()) + " }"


_LAYOUT = """
body { font: 15px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 1.5rem; }
a { color: inherit; }
h1 { font-size: 1.45rem; margin-bottom: .3rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; } h4 { font-size: .9rem; margin: .6rem 0 .2rem; }
.meta, .note { color: var(--muted); font-size: .9em; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--head); position: sticky; top: 0; }
.rows th:first-child { white-space: nowrap; color: var(--muted); font-size: .85em; font-weight: normal; }
.rows tbody th::first-line { color: var(--fg); font-weight: 600; }
.fl { display: block; font-size: .9em; }
td.empty { color: var(--muted); font-style: italic; font-size: .85em; }
.bp td { color: var(--muted); font-size: .9em; }
.tag { display: inline-block; font-size: .75em; padding: 0 .35em; border: 1px solid var(--line);
       border-radius: .3em; color: var(--muted); margin-right: .3em; }
.lines { color: var(--muted); font-size: .75em; }
ins { background: var(--ins); text-decoration: underline; }
del { background: var(--del); text-decoration: line-through; }
ins::before { content: "+"; font-size: .7em; vertical-align: super; }
del::before { content: "\\2212"; font-size: .7em; vertical-align: super; }
.typo { text-decoration: underline dotted var(--typo); }
td.moved { background: var(--moved); }
.legend span { margin-right: 1em; }
.q { color: var(--q); } .num { color: var(--num); } .name { font-weight: 600; }
.marker { color: var(--muted); font-style: italic; }
:target { outline: 2px solid var(--fg); } tr:has(> th:target) > * { box-shadow: inset 0 3px 0 var(--fg); }
.rows th { scroll-margin-top: 5rem; }
.glance { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
.glance figure { margin: 0; } .glance > div { flex: 1 1 26rem; min-width: 0; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: .4rem; }
.sim { width: auto; } .sim td { text-align: right; min-width: 3.5em; }
.sim th { white-space: nowrap; } .sim abbr { text-decoration: none; }
.s1 { background: var(--s1); } .s2 { background: var(--s2); } .s3 { background: var(--s3); }
.s4 { background: var(--s4); font-weight: 600; }
.findings ol { margin: .2rem 0; }
.printopt { font-size: .85em; color: var(--muted); }
"""

_PRINT = """
@page { size: landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 10pt; }
  .printopt, nav { display: none; }
  thead th { position: static; }
  table.rows { table-layout: fixed; }
  .rows th:first-child { width: 5.5em; white-space: normal; }
  td, th { overflow-wrap: anywhere; }
  tr, figure, .sim { break-inside: avoid; page-break-inside: avoid; }
  figure svg.map { height: 100mm; width: auto; } .glance { gap: 1.2rem; } .glance h2 { margin-top: 1rem; }
  .sim td, .sim th { padding: .1rem .4rem; } .glance ul { margin: .2rem 0; }
  h2, h3 { break-after: avoid; }
  ins, del, td.moved, .sim td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body:not(:has(#printfacts:checked)) :is(.q, .num, .marker) { color: inherit; font-style: inherit; }
  body:not(:has(#printfacts:checked)) .name { font-weight: inherit; }
}
"""

CSS = _root("light") + "\n@media screen and (prefers-color-scheme: dark) { " + _root("dark") + " }\n" + _LAYOUT + _PRINT
"""The whole stylesheet, written inline into the report."""
