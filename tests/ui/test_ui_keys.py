"""Pilot tests: the viewer's keys change what the grid shows."""

from __future__ import annotations

from textual.widgets import Input
from uihelp import SIZE, grid_of, item_kinds, settle

from tui.core.analysis.figures import percent
from tui.screens.help import HelpScreen
from tui.screens.viewer import BINDINGS
from tui.widgets.headers import ColumnHeaders
from tui.widgets.keybar import KeyBar
from tui.widgets.layout import BOILERPLATE_FOLD, UNCHANGED_FOLD, is_change
from tui.widgets.status import StatusBar


async def test_opens_on_the_sample_with_four_columns(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        assert app.comparison is not None and app.analysis is not None
        assert app.comparison.base == 1
        assert grid.model.shown == (1, 0, 2, 3)
        assert grid.model.cursor_row == 0
        assert app.theme == "textual-dark"
        assert not app.viewer.query_one("#progress").display
        header = app.viewer.query_one(ColumnHeaders)
        first_lines = ["".join(text for text, _ in col[2]) for col in header._columns]
        assert "BASE" in first_lines[0]
        verdicts = ("wholly-derived", "partially-derived", "non-derived")
        assert all(line.rstrip().endswith(verdicts) for line in first_lines[1:])
        second = ["".join(text for text, _ in col[3]) for col in header._columns]
        stats = app.analysis.stats[2]
        assert second[2].startswith((f"verbatim {percent(stats.verbatim)}", f"v {percent(stats.verbatim)}"))
        assert "Row 1/62" in str(app.viewer.query_one(StatusBar).render())


async def test_rows_move_with_j_k_arrows_and_g(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("j", "j", "down")
        assert grid.model.cursor == 3
        await pilot.press("k", "up")
        assert grid.model.cursor == 1
        await pilot.press("G")
        assert grid.model.cursor == len(grid.model.items) - 1
        await pilot.press("g")
        assert grid.model.cursor == 0
        await pilot.press("end", "home")
        assert grid.model.cursor == 0


async def test_page_down_and_up(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("pagedown")
        first = grid.model.cursor
        assert first > 1 and grid.scroll_y > 0
        await pilot.press("pagedown")
        assert grid.model.cursor > first
        await pilot.press("pageup", "pageup")
        assert grid.model.cursor < first


async def test_n_and_p_stop_only_at_changed_rows(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        rows = app.comparison.rows
        visited = []
        for _ in range(24):  # far enough to pass rows some version lacks
            await pilot.press("n")
            visited.append(grid.model.cursor_row)
        assert visited == sorted(visited) and len(set(visited)) == 24
        assert all(is_change(rows[r], grid.model.shown) for r in visited)
        # rows where some version lacks the base's text count as changes
        assert any(rows[r].relation == "same" for r in visited) or any(
            any(info.kind == "missing" for info in rows[r].info) for r in visited)
        await pilot.press("p")
        assert grid.model.cursor_row == visited[-2]


async def test_n_reaches_a_row_that_is_same_but_missing_somewhere(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        rows = app.comparison.rows
        seen = set()
        for _ in range(60):
            await pilot.press("n")
            seen.add(grid.model.cursor_row)
        same_but_missing = {n for n, row in enumerate(rows) if row.relation == "dropped"
                            and all(info.relation in ("", "same", "dropped") for info in row.info)}
        assert same_but_missing and same_but_missing <= seen


async def test_b_hides_and_shows_boilerplate(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        rows = app.comparison.rows
        assert BOILERPLATE_FOLD in item_kinds(grid)  # long blocks are folded by default
        await pilot.press("b")
        assert app.viewer.options.hide_boilerplate
        assert all(rows[r].relation != "boilerplate" for item in grid.model.items for r in item.rows)
        assert "boilerplate hidden" in str(app.viewer.query_one(StatusBar).render())
        await pilot.press("b")
        assert not app.viewer.options.hide_boilerplate
        assert any(rows[r].relation == "boilerplate" for item in grid.model.items for r in item.rows)


async def test_enter_opens_and_closes_a_boilerplate_fold(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        fold = item_kinds(grid).index(BOILERPLATE_FOLD)
        folded_rows = grid.model.items[fold].rows
        grid.move_to_item(fold)
        await pilot.press("enter")
        assert grid.model.items[grid.model.cursor].kind == "row"
        assert grid.model.cursor_row == folded_rows[0]
        await pilot.press("enter")
        assert grid.model.items[grid.model.cursor].kind == BOILERPLATE_FOLD


async def test_u_folds_unchanged_rows_and_enter_expands(app):
    async with app.run_test(size=(100, 40)) as pilot:  # two columns: the base B and C, its near copy
        await settle(app, pilot)
        grid = grid_of(app)
        grid.set_shown([2])
        assert grid.model.shown == (1, 2)
        before = len(grid.model.items)
        await pilot.press("u")
        assert app.viewer.options.fold_unchanged
        assert UNCHANGED_FOLD in item_kinds(grid) and len(grid.model.items) < before
        fold = item_kinds(grid).index(UNCHANGED_FOLD)
        grid.move_to_item(fold)
        count = len(grid.model.items)
        await pilot.press("enter")
        assert len(grid.model.items) > count
        await pilot.press("u")
        assert UNCHANGED_FOLD not in item_kinds(grid)


async def test_t_toggles_typography_marks(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        assert app.viewer.options.typography and grid.cells.ctx.typography
        await pilot.press("t")
        assert not app.viewer.options.typography
        assert grid.model.options is app.viewer.options and not grid.cells.ctx.typography  # the grid follows
        assert "typography ignored" in str(app.viewer.query_one(StatusBar).render())
        await pilot.press("t")
        assert app.viewer.options.typography and grid.cells.ctx.typography


async def test_search_highlights_and_n_walks_the_matches(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.press("slash")
        assert app.viewer.query_one("#search", Input).has_focus
        await pilot.press(*"troops", "enter")
        assert grid.model.search_text == "troops" and len(grid.model.matches) >= 3
        assert list(grid.query("*")) == list(grid.walk_children())  # Textual's DOMNode.query is not shadowed
        assert grid.model.match_index == 0
        first = grid.model.matches[0]
        assert grid.model.cursor_row == first.row
        cell = app.comparison.cell_text(app.comparison.rows[first.row], first.version)
        assert cell[first.start:first.end].lower() == "troops"
        await pilot.press("n")
        assert grid.model.match_index == 1
        await pilot.press("N", "N")
        assert grid.model.match_index == len(grid.model.matches) - 1
        await pilot.press("escape")
        assert grid.model.search_text == "" and grid.model.matches == []
        await pilot.press("n")  # back to next change
        assert grid.model.match_index is None


async def test_search_finds_words_in_versions_not_on_screen_and_shows_them(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        hidden = [v for v in range(len(app.comparison.versions)) if v not in grid.model.shown]
        assert hidden
        on_screen = " ".join(app.comparison.cell_text(row, v).lower() for row in app.comparison.rows
                             for v in grid.model.shown if row.cells[v])
        v = hidden[-1]
        word = next(w for row in app.comparison.rows if row.cells[v] and row.relation != "boilerplate"
                    for w in app.comparison.cell_text(row, v).split() if w.isalpha() and len(w) > 6
                    and w.lower() not in on_screen)
        await pilot.press("slash", *word, "enter")
        await pilot.pause()
        match = grid.model.matches[grid.model.match_index]
        assert match.version == v and v in grid.model.shown and grid.model.cursor_row == match.row


async def test_search_without_matches_says_so(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"zzzqqq", "enter")
        await pilot.pause()
        assert grid_of(app).model.matches == []
        assert any("No match" in n.message for n in app._notifications)


async def test_escape_in_the_search_bar_cancels(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "escape")
        bar = app.viewer.query_one("#search", Input)
        assert not bar.display
        assert grid_of(app).has_focus


async def test_help_lists_every_key(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = [key for _, rows in app.screen.sections for key, _ in rows]
        for key in ("j", "n", "N", "p", "b", "t", "u", "/", "B", "v", "e", "s", "F", "f", "q", "?", "Enter", "PgDn",
                    "PgUp", "Tab"):
            assert any(key in k.split(", ") for k in keys), key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_click_selects_a_row(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        target = 2
        line = grid.model.index.starts[target] - round(grid.scroll_y)
        await pilot.click("#grid", offset=(20, line))
        assert grid.model.cursor == target


async def test_shrinking_to_80_columns_shows_fewer_columns(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert grid.model.shown == (1, 0)
        gutter, cols = grid.geometry()
        assert cols[-1][0] + cols[-1][1] <= 80
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert grid.model.shown == (1, 0, 2, 3)


async def test_at_80_columns_the_key_bar_keeps_help_and_quit_and_counts_the_rest(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        bar = app.viewer.query_one(KeyBar)
        text = str(bar.render())
        assert len(text) <= 80
        assert text.startswith("? Help") and "q Quit" in text
        shown_keys = [b for b in BINDINGS if b.show and b.action not in ("next_match", "prev_match")]
        hidden = [b for b in shown_keys if f"{b.key if len(b.key) == 1 else ''} {b.description}" not in text]
        assert hidden and text.endswith(f"+{len(hidden)} more: ?")
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        text = str(bar.render())
        assert "more" not in text and "F Findings" in text and "e Export" in text


async def test_jumping_to_hidden_boilerplate_shows_it_and_the_options_say_so(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid, viewer = grid_of(app), app.viewer
        comparison = app.comparison
        await pilot.press("b")
        row = next(n for n, r in enumerate(comparison.rows) if r.relation == "boilerplate")
        v = next(v for v, cell in enumerate(comparison.rows[row].cells) if cell)
        viewer.jump_to((v, comparison.rows[row].cells[v][0]))
        await pilot.pause()
        assert grid.model.cursor_row == row
        assert not viewer.options.hide_boilerplate and viewer.options is grid.model.options
        assert "boilerplate hidden" not in str(viewer.query_one(StatusBar).render())


async def test_the_key_bar_shows_the_keys_that_work_and_clicks_press_them(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        bar = app.viewer.query_one(KeyBar)
        text = str(bar.render())
        assert "n Next change" in text and "Next match" not in text
        start = next(s for s, _, key in bar._spans if key == "b")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        assert app.viewer.options.hide_boilerplate
        await pilot.press("slash", *"troops", "enter")
        text = str(bar.render())
        assert "n Next match" in text and "N Prev match" in text


async def test_help_stacks_its_columns_on_a_narrow_terminal(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query_one("#help-columns").has_class("narrow")
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert not app.screen.query_one("#help-columns").has_class("narrow")


async def test_d_hides_and_shows_the_dropped_words(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)

        def deleted_pieces():
            return sum(1 for r in range(len(app.comparison.rows)) for v in grid.model.shown
                       for line in grid.cell_lines(r, v, 40)[0] for _, classes in line if "deleted" in classes)

        before = deleted_pieces()
        assert before > 0
        await pilot.press("d")
        assert deleted_pieces() == 0
        assert "dropped words hidden" in str(app.viewer.query_one(StatusBar).render())
        await pilot.press("d")
        assert deleted_pieces() == before



async def test_every_column_writes_its_shares_the_same_way(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        header = app.viewer.query_one(ColumnHeaders)
        scores = ["".join(text for text, _ in col[3]) for col in header._columns[1:]]
        assert len(scores) == 3 and len({line.split()[0] for line in scores}) == 1, scores


async def test_keys_typed_in_the_same_instant_as_slash_go_into_the_search_bar(app):
    """A paste or `tmux send-keys "/troops"` queues every key at the grid before the bar has focus."""
    from textual import events

    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        grid = grid_of(app)
        row_before, marks_before = grid.model.cursor_row, dict(grid.model.review_marks)
        for key, char in [("slash", "/"), *[(c, c) for c in "troaps"], *[("backspace", None)] * 3,
                          *[(c, c) for c in "ops"], ("enter", None)]:
            app.post_message(events.Key(key, char))  # no wait between keys: they arrive together
        await settle(app, pilot)
        assert grid.model.search_text == "troops"  # "a" (accept) and "s" (summary) were typed, not obeyed
        assert app.screen is app.viewer and grid.model.review_marks == marks_before
        assert not app.viewer.query_one("#search", Input).display and grid.has_focus
        assert grid.model.matches and grid.model.cursor_row == grid.model.matches[0].row != row_before
