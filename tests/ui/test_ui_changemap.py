"""The change map: the whole story at a glance beside the grid."""

from __future__ import annotations

from textual.events import Click
from uihelp import SIZE, grid_of, settle

from tests.conftest import make_versions
from tui.app import make_app
from tui.core import compare
from tui.widgets.changemap import GLYPHS, ChangeMap, map_lines
from tui.widgets.layout import build_items

STORY = [f"Paragraph {n}: the council met on day {n} and agreed a plan costing {n} million for the harbour."
         for n in range(8)]


def _comparison():
    moved = STORY[:2] + STORY[3:6] + [STORY[2]] + STORY[6:]
    dropped = STORY[:4] + STORY[5:]
    return compare(make_versions("\n".join(STORY), "\n".join(moved), "\n".join(dropped)), base=0)


def _table(comparison, height, **options):
    items = build_items(comparison, (0, 1, 2), **options)
    starts = list(range(0, 2 * len(items), 2))
    return map_lines(comparison, items, starts, 2 * len(items), (0, 1, 2), True, height)


def test_every_map_line_holds_the_strongest_relation_of_its_rows():
    comparison = _comparison()
    full = _table(comparison, len(comparison.rows))
    assert [line[0] for line in full].count("moved") == 1
    assert [line[1] for line in full].count("dropped") == 1
    squeezed = _table(comparison, 2)
    assert len(squeezed) == 2
    assert {"moved", "dropped"} <= {relation for line in squeezed for relation in line}


def test_the_map_follows_folds():
    comparison = _comparison()
    folded = _table(comparison, 40, fold_unchanged=True)
    assert {relation for line in folded for relation in line} >= {"moved", "dropped", "same"}


def test_every_relation_has_a_visible_mark_but_nothing_and_boilerplate():
    assert all(GLYPHS[r].strip() for r in GLYPHS if r not in ("", "boilerplate"))


async def test_m_hides_and_shows_the_map_and_a_click_jumps(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        change_map = app.viewer.query_one(ChangeMap)
        grid = grid_of(app)
        assert change_map.display and len(change_map.lines) == change_map.size.height
        assert change_map.window[0] == 0
        change_map.post_message(Click(change_map, 1, change_map.size.height - 1, 0, 0, 1, False, False, False))
        await settle(app, pilot)
        assert grid.model.cursor > len(grid.model.items) // 2 and change_map.window[0] > 0
        await pilot.press("m")
        assert not change_map.display
        await pilot.press("m")
        assert change_map.display


async def test_the_map_hides_on_a_very_narrow_terminal(app):
    async with app.run_test(size=(50, 20)) as pilot:
        await settle(app, pilot)
        assert not any(change_map.display for change_map in app.viewer.query(ChangeMap))


async def test_a_shown_map_hides_when_the_terminal_narrows_and_comes_back(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        change_map = app.viewer.query_one(ChangeMap)
        assert change_map.display
        await pilot.resize_terminal(50, 20)
        await settle(app, pilot)
        assert not change_map.display
        await pilot.resize_terminal(*SIZE)
        await settle(app, pilot)
        assert change_map.display


def _moved_sample():
    """The sample with a verbatim paragraph of the spun copy (its 17th) moved to its end (the map shows a move)."""
    from tui.core import load_inputs
    from tui.core.input.loading import read_version
    from tui.core.sample import sample_dir

    versions = load_inputs([str(sample_dir())])
    spun = next(v for v in versions if v.label.startswith("002"))
    lines = [p.text for p in spun.paragraphs]
    lines.append(lines.pop(16))
    moved = read_version("\n".join(lines).encode("utf-8"), spun.id, spun.label, spun.path)
    return [moved if v is spun else v for v in versions]


def test_change_map_snapshot_wide(snap_compare):
    app = make_app(_moved_sample(), theme="dark")
    assert snap_compare(app, terminal_size=(160, 45), run_before=_ready)


def test_change_map_snapshot_80x24(snap_compare):
    """Two columns fit: tab brings the spun copy (with the move) beside the base."""
    app = make_app(_moved_sample(), theme="dark")

    async def run_before(pilot) -> None:
        await _ready(pilot)
        await pilot.press("tab")
        await _ready(pilot)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_the_moved_sample_has_a_moved_and_a_dropped_row():
    comparison = compare(_moved_sample())
    relations = {info.relation for row in comparison.rows for info in row.info}
    assert {"moved", "dropped"} <= relations


async def _ready(pilot) -> None:
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def test_the_summary_matrix_shows_every_pair_with_a_shade_and_a_figure():
    from rich.console import Console

    from tui.screens.summary import similarity_matrix

    comparison = _comparison()
    console = Console(width=120, no_color=True, record=True)
    console.print(similarity_matrix(comparison))
    text = console.export_text()
    lines = [line for line in text.splitlines() if "\u2014" in line]
    assert len(lines) == 3
    assert all(line.count("%") == 2 for line in lines)
    assert "\u2588" in text  # near-identical versions get the darkest shade
