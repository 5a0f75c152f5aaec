"""Text in the HTML report passes WCAG AA (4.5:1) in both colour schemes, on every background it sits on.

The colours are read back from the stylesheet the report emits: the ``:root``
blocks (light; dark under ``prefers-color-scheme: dark``) and the rules that
colour facts, muted text and shaded cells, so a hard-coded colour in a rule
is checked too.
"""

from __future__ import annotations

import re

import pytest
from pygments.token import Comment, Number, String

from tui.core import analyse
from tui.core.analysis.lexer import ArticleStyle
from tui.core.report.report_html import render_html
from tui.core.report.report_html_css import PALETTE

# Text (name: the rule that colours it) and backgrounds (name: the rule or variable that paints it).
TEXT = {"body text": ".body", "muted": ".marker", "quotation": ".q", "number": ".num"}
ARTICLE = {"page": "--bg", "insertion": "ins", "deletion": "del", "moved cell": "td.moved", "table head": "thead th"}
SHADES = {f"similarity {k}": f".s{k}" for k in range(1, 5)}
BACKGROUNDS = {**ARTICLE, **SHADES}
# Every pairing the report draws: any text on the article backgrounds, body text on the shaded cells.
PAIRS = [(t, b) for t in TEXT for b in ARTICLE] + [("body text", b) for b in SHADES]


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(scope="module")
def style(sample_comparison) -> str:
    html = render_html(sample_comparison, analyse(sample_comparison))
    return html[html.index("<style>"):html.index("</style>")]


def _variables(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block))


def schemes(style: str) -> dict[str, dict[str, str]]:
    light = _variables(re.match(r"<style>:root \{([^}]*)\}", style).group(1))
    dark = re.search(r"@media screen and \(prefers-color-scheme: dark\) \{ :root \{([^}]*)\}", style).group(1)
    return {"light": light, "dark": {**light, **_variables(dark)}}


def _rule_value(style: str, selector: str, prop: str, variables: dict[str, str]) -> str:
    if selector.startswith("--"):
        return variables[selector[2:]]
    if selector == ".body":
        selector = "body"
    found = re.search(rf"(?:^|[}}\s]){re.escape(selector)} \{{[^}}]*?(?<![-\w]){prop}: ([^;]+);", style)
    assert found, f"no {prop} for {selector}"
    value = found.group(1).strip()
    var = re.fullmatch(r"var\(--([\w-]+)\)", value)
    return variables[var.group(1)] if var else value


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("text, background", PAIRS, ids=[f"{t} on {b}" for t, b in PAIRS])
def test_text_passes_wcag_aa(style, scheme, text, background):
    variables = schemes(style)[scheme]
    fg = _rule_value(style, TEXT[text], "color", variables)
    bg = _rule_value(style, BACKGROUNDS[background], "background", variables)
    assert contrast(fg, bg) >= 4.5, f"{text} on {background} in {scheme}: {contrast(fg, bg):.2f}:1"


def test_the_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_the_lexers_pygments_style_uses_the_reports_light_colours():
    light = PALETTE["light"]
    colours = {kind: "#" + ArticleStyle.style_for_token(token)["color"] for kind, token in
               (("q", String), ("num", Number), ("muted", Comment))}
    assert colours == {kind: light[kind] for kind in colours}
