"""The HTML report's stylesheet: colours for the light and dark schemes, layout, print."""

from __future__ import annotations

CSS = """
:root { --fg:#1d1f21; --bg:#fff; --muted:#6b7280; --line:#d1d5db; --ins:#d1fadf; --del:#fde2e1;
        --typo:#9ca3af; --head:#f3f4f6; --moved:#fff4ce; }
@media (prefers-color-scheme: dark) {
  :root { --fg:#e5e7eb; --bg:#111827; --muted:#9ca3af; --line:#374151; --ins:#14532d; --del:#7f1d1d;
          --typo:#6b7280; --head:#1f2937; --moved:#4a3b00; } }
body { font: 15px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 1.5rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--head); position: sticky; top: 0; }
td.rel { white-space: nowrap; color: var(--muted); font-size: .85em; }
.bp td { color: var(--muted); font-size: .9em; }
.tag { display: inline-block; font-size: .75em; padding: 0 .35em; border: 1px solid var(--line);
       border-radius: .3em; color: var(--muted); margin-right: .3em; }
.lines { color: var(--muted); font-size: .75em; }
ins { background: var(--ins); text-decoration: underline; }
del { background: var(--del); text-decoration: line-through; }
ins::before { content: "+"; font-size: .7em; vertical-align: super; }
del::before { content: "\\2212"; font-size: .7em; vertical-align: super; }
.typo { text-decoration: underline dotted var(--typo); }
.moved { background: var(--moved); }
.legend span { margin-right: 1em; }
.q { color: #7c3aed; } .num { color: #b45309; } .name { font-weight: 600; }
.marker { color: var(--muted); font-style: italic; }
"""
