"""Pilot tests: base and version choosers, export, summary, findings, facts, errors."""

from __future__ import annotations

import sys

from textual.widgets import Input, OptionList, SelectionList, Static
from uihelp import SIZE, grid_of, settle

from tui import __version__
from tui.app import make_app
from tui.core import BaseChoice
from tui.screens.export import ExportScreen
from tui.screens.findings import FindingsScreen
from tui.screens.pickers import BaseScreen, VersionsScreen
from tui.screens.summary import SummaryScreen, derivation_tree
from tui.widgets.headers import header_lines


def _base_header(app):
    """The second line of the base's column header."""
    _, second = header_lines(app.comparison, app.analysis, app.comparison.base, 60)
    return "".join(text for text, _ in second)


async def test_B_chooses_another_base_and_realigns(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("n", "n")
        row = app.comparison.rows[grid.model.cursor_row]
        kept = (2, row.cells[2][0]) if row.cells[2] else None
        assert app.comparison.base_choice is BaseChoice.MOST_SHARED
        assert "(most shared wording; press B to change)" in app.title_text()
        assert _base_header(app) == "base: shares most wording"
        await pilot.press("B")
        assert isinstance(app.screen, BaseScreen)
        await pilot.press("down")  # from B (the current base) to C
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.comparison.base == 2
        assert app.comparison.base_choice is BaseChoice.USER
        assert "(your choice; press B to change)" in app.title_text()
        assert _base_header(app) == "base: chosen by you"
        assert grid.model.shown[0] == 2 and set(grid.model.shown) == {0, 1, 2, 3}
        assert app.analysis is not None and 1 in app.analysis.stats
        if kept:
            assert kept[1] in app.comparison.rows[grid.model.cursor_row].cells[2]


async def test_v_chooses_the_versions_shown(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("v")
        assert isinstance(app.screen, VersionsScreen)
        selection = app.screen.query_one(SelectionList)
        assert set(selection.selected) == {0, 2, 3}
        await pilot.press("space")  # untick A (the first line)
        await pilot.press("enter")
        await pilot.pause()
        assert grid.model.shown == (1, 2, 3)


async def test_v_will_not_show_the_base_alone(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        app.screen.query_one(SelectionList).deselect_all()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, VersionsScreen)
        assert any("Tick at least one" in n.message for n in app._notifications)
        await pilot.press("escape")
        assert grid_of(app).model.shown == (1, 0, 2, 3)


async def test_tab_cycles_versions_when_not_all_fit(app):
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        assert grid.model.shown == (1, 0)
        await pilot.press("tab")
        assert grid.model.shown == (1, 2)
        await pilot.press("tab", "tab")
        assert grid.model.shown == (1, 0)


async def test_e_exports_a_markdown_report(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        path = app.screen.query_one("#path", Input)
        assert path.value == "syndiff-report.html"
        await pilot.press("down", "down", "enter")  # json, html, markdown: select markdown
        assert path.value == "syndiff-report.md"
        await pilot.click("#export")
        await settle(app, pilot)
        report = tmp_path / "syndiff-report.md"
        assert report.exists()
        text = report.read_text(encoding="utf-8")
        assert text.startswith("# syndiff report") and "7127cefea14eb991" in text
        assert any("syndiff-report.md" in n.message for n in app._notifications)


async def test_export_refuses_to_overwrite_an_input_file(tmp_path, versions):
    original = tmp_path / "a.txt"
    original.write_text("Some text of the story.\n\nAnother paragraph here.\n", encoding="utf-8")
    from tui.core import load_inputs

    app = make_app(load_inputs([str(original)]) + list(versions[:1]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        path = app.screen.query_one("#path", Input)
        path.value = str(original)
        await pilot.click("#path")
        await pilot.press("enter", "enter")  # the dialog refuses an input at once, however often asked
        await settle(app, pilot)
        assert original.read_text(encoding="utf-8").startswith("Some text")
        assert "input files" in str(app.screen.query_one("#overwrite", Static).render())
        assert app.is_running


async def test_export_asks_before_replacing_an_existing_file(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    existing = tmp_path / "syndiff-report.html"
    existing.write_text("an older report", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        folder = str(app.screen.query_one("#folder", Static).render())
        assert str(tmp_path) in folder
        await pilot.click("#export")
        assert isinstance(app.screen, ExportScreen)
        assert "exists" in str(app.screen.query_one("#overwrite", Static).render())
        assert existing.read_text(encoding="utf-8") == "an older report"
        await pilot.click("#path")
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, ExportScreen)
        html = existing.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>")
        assert f'<meta name="generator" content="syndiff {__version__}">' in html  # as the CLI's reports


async def test_s_shows_the_summary_with_the_derivation_tree(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        lines = derivation_tree(app.comparison, app.analysis)
        assert lines[0].startswith("B 001_7127cefea14eb991")
        assert any("\u2500\u25b6 C 002_6435e95dbd776681" in line for line in lines)
        await pilot.press("escape")
        assert not isinstance(app.screen, SummaryScreen)


async def test_F_lists_findings_and_jumps_to_one(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        findings = app.analysis.findings
        assert findings
        await pilot.press("F")
        assert isinstance(app.screen, FindingsScreen)
        options = app.screen.query_one(OptionList)
        options.highlighted = len(findings) - 1
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FindingsScreen)
        target = findings[-1]
        grid = grid_of(app)
        assert target.version in grid.model.shown
        assert target.paragraph in app.comparison.rows[grid.model.cursor_row].cells[target.version]
        top = round(grid.scroll_y)
        start = grid.model.index.starts[grid.model.cursor]
        assert top <= start <= top + 2 or top == grid.max_scroll_y  # read from the top


async def test_f_highlights_facts(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("f")
        assert grid.cells.ctx.facts is not None
        classes = {cls for r in range(len(app.comparison.rows)) for line in grid.cell_lines(r, 1, 40)[0]
                   for _, piece in line for cls in piece}
        assert {"fact-name", "fact-number"} <= classes
        await pilot.press("f")
        assert grid.cells.ctx.facts is None


async def test_f_without_the_lexer_says_unavailable(app, monkeypatch):
    monkeypatch.setitem(sys.modules, "tui.core.analysis.lexer", None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        assert grid_of(app).cells.ctx.facts is None
        assert any("unavailable" in n.message for n in app._notifications)


async def test_an_engine_error_is_shown_not_raised(versions, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr("tui.app.compare", broken)
    app = make_app(versions)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.is_running and app.comparison is None
        assert any("engine exploded" in n.message for n in app._notifications)
        await pilot.press("n", "b", "s", "j")  # keys without data do nothing harmful
        assert app.is_running


async def test_slash_opens_no_search_bar_without_data(versions, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr("tui.app.compare", broken)
    app = make_app(versions)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.comparison is None
        await pilot.press("slash")  # search needs data, as its binding says (check_action)
        assert not app.viewer.query("#search")


async def test_an_analysis_error_leaves_the_grid_usable(versions, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("no scores today")

    monkeypatch.setattr("tui.core.analyse", broken)
    app = make_app(versions)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.comparison is not None and app.analysis is None
        assert app.viewer.analysis_failed
        assert any("no scores today" in n.message for n in app._notifications)
        await pilot.press("n", "s")
        assert grid_of(app).model.cursor_row > 0 and app.is_running


async def test_the_command_palette_offers_the_viewer_actions(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Summary", "Findings", "Export", "Boilerplate", "Search", "Next change"} <= titles


async def test_light_theme_paints_the_grid_in_other_colours_than_dark(versions):
    looks = {}
    for theme in ("dark", "light"):
        app = make_app(versions, theme=theme)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            assert app.theme == f"textual-{theme}"
            painter = grid_of(app).painter
            looks[theme] = {kind: painter.style((kind,)) for kind in ("inserted", "deleted", "cursor")}
    for kind in ("inserted", "deleted", "cursor"):
        dark, light = looks["dark"][kind], looks["light"][kind]
        assert (dark.color, dark.bgcolor) != (light.color, light.bgcolor), kind
