"""The main screen: headers, the aligned grid, search bar, status line, key bar.

``ViewerScreen`` owns the keys of the viewer (see ``BINDINGS``) and turns them
into calls on the grid, into dialogs, or into requests to the app, which travel
as messages (``RealignWanted``, ``ExportWanted``; the grid's ``DiffsWanted``
bubbles up to the app on its own), except the start: ``started``, the app's
callback, runs as the screen mounts, so a result ready by then is in the
screen's first frame (a message would arrive after that frame was drawn). It shows a progress line while the
app's worker aligns the versions; ``show_comparison`` / ``show_analysis`` are
called by the app when results arrive. State: ``options`` (a frozen
``ViewOptions``: every toggle the user made, in one place; the grid and the
change map follow it), ``facts_source`` (cached fact spans, or None when the
lexer is unavailable), ``analysis`` (the scores of the comparison shown); the
columns, cursor, folds and search live in the grid, and so does the comparison
shown (``comparison`` reads it: the app hands it down and keeps no copy).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from tui.core.safe import visible
from tui.screens.reviewing import ReviewKeys
from tui.widgets.cells import TrackedDiffs
from tui.widgets.facts import FactSpans
from tui.widgets.grid import DiffGrid
from tui.widgets.gridmodel import capacity
from tui.widgets.headers import ColumnHeaders
from tui.widgets.keybar import KeyBar
from tui.widgets.layout import UNCHANGED_FOLD
from tui.widgets.plain import plain
from tui.widgets.progress import ProgressLine
from tui.widgets.status import StatusBar
from tui.widgets.viewoptions import ViewOptions

if TYPE_CHECKING:
    from textual import events
    from textual.widgets import Input

    from tui.core import Analysis, Comparison
    from tui.screens.help import Sections
    from tui.widgets.changemap import ChangeMap

MAP_MIN_WIDTH = 60
"""Below this many terminal columns the change map is hidden (the text needs the room)."""

B = Binding
BINDINGS = [
    B("question_mark", "help", "Help", tooltip="Every key and what the marks mean", id="help"),
    B("slash", "search", "Search", tooltip="Find text in every version (a hidden one is brought on screen)",
      id="search"),
    B("n", "next_match", "Next match", tooltip="While searching: next match", id="next_match"),
    B("N", "prev_match", "Prev match", tooltip="While searching: previous match", id="prev_match"),
    B("n", "next_change", "Next change", tooltip="Next row where a shown version differs from the base",
      id="next_change"),
    B("p", "prev_change", "Prev change", show=False, tooltip="Previous row where a shown version differs",
      id="prev_change"),
    B("b", "toggle_boilerplate", "Boilerplate", tooltip="Hide or show captions, promos, links", id="boilerplate"),
    B("t", "toggle_typography", "Typography", tooltip="Mark or ignore quote/dash/space changes", id="typography"),
    B("d", "toggle_deletions", "Deleted words", show=False,
      tooltip="Show or hide the base's dropped words inline (easier reading of heavy rewrites)", id="deletions"),
    B("u", "toggle_unchanged", "Fold same", tooltip="Fold rows no version changed", id="unchanged"),
    B("f", "toggle_facts", "Facts", tooltip="Highlight quotes, numbers and names", id="facts"),
    B("B", "choose_base", "Base", tooltip="Compare against another version", id="base"),
    B("v", "choose_versions", "Versions", tooltip="Choose the versions shown", id="versions"),
    B("tab", "cycle_versions", "More versions", show=False, tooltip="Show the next versions", id="cycle"),
    B("a", "accept", "Accept", tooltip="Accept the row's changes (again: undo); saved at once", id="accept"),
    B("x", "flag", "Flag", tooltip="Flag the row for follow-up (again: undo); saved at once", id="flag"),
    B("c", "note", "Note", show=False, tooltip="Write a note on the row (enter saves, esc cancels)", id="note"),
    B("R", "review_panel", "Review", tooltip="Every accepted, flagged or noted row, with counts; enter jumps",
      id="review"),
    B("A", "toggle_skip_accepted", "Skip accepted", show=False, tooltip="n/p skip accepted rows, or stop skipping",
      id="skip_accepted"),
    B("e", "export", "Export", tooltip="Write a report (HTML, Markdown, JSON, text)", id="export"),
    B("s", "summary", "Summary", tooltip="Scorecard and who copied whom", id="summary"),
    B("F", "findings", "Findings", tooltip="Things an editor should check", id="findings"),
    B("m", "toggle_map", "Map", show=False, tooltip="Show or hide the change map (the whole story at a glance)",
      id="map"),
    B("escape", "clear_search", "Clear search", show=False, tooltip="Clear the search", id="clear_search"),
    B("q", "app.quit", "Quit", tooltip="Leave syndiff", id="quit"),
]
KEY_NAMES = {"down": "\u2193", "up": "\u2191", "pagedown": "PgDn", "pageup": "PgUp", "enter": "Enter",
             "escape": "Esc", "tab": "Tab", "space": "Space", "home": "Home", "end": "End", "question_mark": "?",
             "slash": "/"}
"""How the help screen writes key names."""
NEEDS_DATA = {"search", "next_change", "prev_change", "toggle_boilerplate", "toggle_typography", "toggle_deletions",
              "toggle_unchanged", "toggle_facts", "choose_base", "choose_versions", "cycle_versions",
              "export", "summary", "findings", "next_match", "prev_match", "toggle_map",
              "accept", "flag", "note", "review_panel", "toggle_skip_accepted"}


class ViewerScreen(ReviewKeys, Screen[None]):
    """The side-by-side viewer."""

    BINDINGS: ClassVar[list[BindingType]] = [*BINDINGS]

    @dataclass
    class RealignWanted(Message):
        """The user chose another base: align again, keeping the cursor on paragraph keep=(version, index)."""

        base: int
        keep: tuple[int, int] | None

    class ExportWanted(Message):
        """The user asked to write a report."""

    def __init__(self, started: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._started = started
        """Called once the screen is mounted, before its first frame: the app starts its work."""
        self._resumed = False
        """Whether the screen has been shown once (``_on_screen_resume``)."""
        self._grid: DiffGrid | None = None
        self.options = ViewOptions()
        """The user's toggles; change them with ``set_options``."""
        self.facts_source: FactSpans | None = None
        self.analysis: Analysis | None = None
        """The scores of the comparison shown (None until the analysis is in)."""
        self._key_state = (False, False)
        self.analysis_failed = False
        """True when the analysis of the current comparison failed (the headers say so)."""
        self.map_due = False
        """The change map joins the screen once the first analysis is in (it stays out of the first frame)."""
        self._change_map: ChangeMap | None = None
        """The change map, once mounted (the first time it is shown)."""

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        yield ColumnHeaders(id="headers")
        self._grid = DiffGrid(id="grid")
        with Horizontal(id="body"):
            yield self._grid  # the change map joins it when it is first shown (``_follow_map``)
        yield ProgressLine(id="progress")
        yield StatusBar(id="status")
        yield KeyBar(id="keys")

    @property
    def grid(self) -> DiffGrid:
        """The aligned grid."""
        assert self._grid is not None, "the viewer is not composed yet"
        return self._grid

    @property
    def comparison(self) -> Comparison | None:
        """The comparison on screen (the grid's; None before the first alignment)."""
        return self._grid.model.comparison if self._grid is not None else None

    @property
    def data(self) -> Comparison:
        """The comparison, for the actions that need one (``check_action`` keeps them off until it is in)."""
        comparison = self.comparison
        assert comparison is not None, "no comparison yet"
        return comparison

    @property
    def diffs(self) -> TrackedDiffs | None:
        """The word-diff cache of the comparison on screen."""
        ctx = self._grid.cells.ctx if self._grid is not None else None
        return ctx.diffs if ctx is not None else None

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first time the viewer is shown, Textual's own handler (run after this one) keeps its styles.

        Textual 8.2.8 restyles every widget of a screen as it is shown, in case the CSS changed while it was
        hidden; the viewer is first shown just after it was mounted and styled with the same stylesheet (a
        theme or CSS change restyles every screen itself, through ``App.refresh_css``), so that restyle
        repeated the mount's (about 5 ms: the grid's and the headers' component classes). Later resumes
        (after a dialog) restyle as usual.
        """
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        """Focus the grid (the search bar is mounted on the first /), then let the app start its work."""
        self.grid.focus()
        self.watch(self.grid, "scroll_y", self._grid_scrolled, init=False)
        if self._started is not None:
            self._started()

    # ---- results from the app -------------------------------------------

    def set_progress(self, text: str, fraction: float) -> None:
        """Show the engine's progress."""
        progress = self.query_one(ProgressLine)
        progress.display = True
        progress.show(visible(text), fraction)

    def show_comparison(self, comparison: Comparison, diffs: TrackedDiffs, keep: tuple[int, int] | None) -> None:
        """Show a fresh alignment."""
        self.analysis, self.analysis_failed = None, False
        self.query_one("#progress").display = False
        if self.options.facts:
            self.facts_source = FactSpans.load(comparison)
        self.grid.load(comparison, diffs, keep)
        self.show_review()
        if self.options.facts and self.facts_source:
            self.grid.set_facts(self.facts_source)
        self.refresh_chrome()

    def show_title(self, text: str) -> None:
        """The line at the top (the app writes it: the story, the versions, the base)."""
        self.query_one("#title", Static).update(plain(text))

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill the scorecards in."""
        self.analysis = analysis
        self.map_due = True
        self.refresh_chrome()

    def show_analysis_failed(self) -> None:
        """No scores will come for this comparison."""
        self.analysis_failed = True
        self.map_due = True
        self.refresh_chrome()

    def show_error(self, text: str) -> None:
        """Put an error where the progress was."""
        progress = self.query_one(ProgressLine)
        progress.display = True
        progress.fail(visible(text))

    def refresh_chrome(self) -> None:
        """Headers, status line and the key bar from the grid's current state."""
        grid = self.grid
        key_state = (self.comparison is not None, bool(grid.model.search_text))
        if key_state != self._key_state:
            self._key_state = key_state
            self.refresh_bindings()
        self.query_one(ColumnHeaders).show(self.comparison, self.analysis, grid.model.shown, grid.geometry(),
                                           self.analysis_failed)
        self.query_one(StatusBar).show(self.comparison, grid.model.cursor_row, grid.model.shown, self._modes(),
                                       self.options.typography)
        self._follow_map()

    def _follow_map(self) -> None:
        shown = (self.options.change_map and self.map_due and self.comparison is not None
                 and self.size.width >= MAP_MIN_WIDTH)
        change_map = self._change_map
        if change_map is None:  # mounted the first time it is shown: the first frame neither styles nor lays it out
            if not shown:
                return
            from tui.widgets.changemap import ChangeMap  # nor imports it

            change_map = self._change_map = ChangeMap(id="map")
            self.query_one("#body").mount(change_map)
        change_map.display = shown
        if shown:
            change_map.follow(self.grid)

    def _grid_scrolled(self, _value: float) -> None:
        change_map = self._change_map
        if change_map is not None and change_map.display:
            change_map.scrolled()

    def on_resize(self) -> None:
        """The map hides itself on narrow terminals."""
        self._follow_map()

    def action_toggle_map(self) -> None:
        """Show or hide the change map."""
        self.set_options(change_map=not self.options.change_map)
        self._follow_map()

    def _modes(self) -> str:
        grid = self.grid
        modes = [self.review_status()] if self.comparison is not None else []
        model = grid.model
        if model.search_text:
            where = f"{model.match_index + 1}/" if model.match_index is not None else ""
            modes.append(f"\u201c{model.search_text}\u201d {where}{len(model.matches)} matches (n/N, esc clears)")
        options = self.options
        if options.hide_boilerplate:
            modes.append("boilerplate hidden")
        if options.fold_unchanged:
            modes.append(f"{self._folded_rows()} same rows folded")
        if not options.typography:
            modes.append("typography ignored")
        if not options.deletions:
            modes.append("dropped words hidden (d)")
        if options.facts:
            modes.append("facts")
        if self.comparison is not None and len(grid.model.shown) < len(self.comparison.versions):
            modes.append(f"{len(grid.model.shown)}/{len(self.comparison.versions)} versions (v, tab)")
        return " \u00b7 ".join(visible(m) for m in modes if m)

    def on_diff_grid_cursor_moved(self, event: DiffGrid.CursorMoved) -> None:
        """Keep the status line on the cursor's row."""
        self.refresh_chrome()

    def on_diff_grid_layout_changed(self, event: DiffGrid.LayoutChanged) -> None:
        """Columns changed: headers follow."""
        self.refresh_chrome()

    def on_diff_grid_options_changed(self, event: DiffGrid.OptionsChanged) -> None:
        """The grid showed boilerplate to reach a row: the options say so."""
        self.options = event.options
        self.refresh_chrome()

    def set_options(self, **changes: bool) -> None:
        """Change some options (``ViewOptions`` field names) and have the grid follow."""
        self.options = replace(self.options, **changes)
        self.grid.apply(self.options)

    # ---- actions -----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n means next match while a search is on, next change otherwise."""
        searching = bool(self.comparison is not None and self.grid.model.search_text)
        if action in ("next_match", "prev_match"):
            return searching
        if action in NEEDS_DATA and self.comparison is None:
            return None
        return True

    def help_sections(self) -> Sections:
        """Keys for the help screen, from the bindings themselves."""
        def rows(bindings: list[BindingType]) -> list[tuple[str, str]]:
            return [(", ".join(KEY_NAMES.get(k, k) for k in b.key.split(",")), b.tooltip or b.description)
                    for b in bindings if isinstance(b, Binding)]
        return [("Moving around", rows(DiffGrid.BINDINGS)), ("Viewing", rows(self.BINDINGS)),
                ("Anywhere", [("ctrl+p", "command palette: every action by name"),
                              ("mouse", "click a row to select it (a selected fold opens); the wheel scrolls")])]

    def action_help(self) -> None:
        """Show every key."""
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.help_sections()))

    def action_search(self) -> None:
        """Open the search bar."""
        bar = self._search_bar()
        if bar is None:
            from textual.widgets import Input

            bar = Input(placeholder="search every version (enter: go, esc: cancel)", id="search")
            self.mount(bar, before=self.query_one(StatusBar))
        bar.display = True
        bar.value = self.grid.model.search_text
        bar.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as the user types."""
        if event.input.id == "search" and self.comparison is not None:
            self.grid.search(event.value)
            self.refresh_chrome()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter: close the bar and go to the first match after the cursor."""
        if event.input.id != "search":
            return
        self._close_search()
        if self.grid.model.search_text:
            self._match(1)
        self.refresh_chrome()

    def _close_search(self) -> None:
        bar = self._search_bar()
        if bar is not None:
            bar.display = False
        self.grid.focus()

    async def on_key(self, event: events.Key) -> None:
        """`/` opens the search bar; while it is open, escape cancels it and keys typed with `/` go into it."""
        if event.key == "slash" and self.check_action("search", ()):  # here, not by the binding: see _type_into
            event.stop()
            event.prevent_default()
            self.action_search()
            return
        bar = self._search_bar()
        if bar is None or not bar.display:
            return
        if event.key == "escape" and self.focused is bar:
            event.stop()
            self._close_search()
            if not bar.value.strip():
                self.action_clear_search()
        elif await self._type_into(bar, event):
            event.stop()
            event.prevent_default()

    async def _type_into(self, bar: Input, event: events.Key) -> bool:
        """Type a key that reached the screen while the search bar is open into the bar.

        Textual hands every waiting key to the widget focused when it arrives, so keys typed
        in the same instant as `/` (a paste, `tmux send-keys`) sit in the grid's queue while
        the bar opens, and the app would read them as commands. So `/` opens the bar as it
        passes the screen, before the keys behind it, and each of them is typed here, in
        order. A printable key the focused bar typed itself never gets here (the bar stops
        it); its backspace and enter do, and are done here too, so that the order holds.
        """
        if event.is_printable and event.character:
            bar.insert_text_at_cursor(event.character)
        elif event.key == "backspace":
            bar.action_delete_left()
        elif event.key == "enter":
            await bar.action_submit()
        else:
            return False
        return True

    def _search_bar(self) -> Input | None:
        bars = self.query("#search")
        return cast("Input", bars.first()) if bars else None

    def action_clear_search(self) -> None:
        """Forget the search."""
        if self.comparison is not None and self.grid.model.search_text:
            self.grid.search("")
            self.refresh_chrome()

    def action_next_match(self) -> None:
        """Next search match."""
        self._match(1)

    def action_prev_match(self) -> None:
        """Previous search match."""
        self._match(-1)

    def _match(self, direction: int) -> None:
        shown = self.grid.model.shown
        match = self.grid.next_match(direction)
        if match is None:
            self.notify(f"No match for \u201c{visible(self.grid.model.search_text)}\u201d in any version.",
                        severity="warning")
        elif match.version not in shown:
            label = self.data.versions[match.version].id
            self.notify(f"This match is in {label}: now shown in the last column.", timeout=3)
        self.refresh_chrome()

    def action_next_change(self) -> None:
        """Next row where a shown version differs from the base."""
        if not self.grid.next_change(1):
            self.notify("No more changes below.", timeout=2)

    def action_prev_change(self) -> None:
        """Previous row where a shown version differs from the base."""
        if not self.grid.next_change(-1):
            self.notify("No more changes above.", timeout=2)

    def action_toggle_boilerplate(self) -> None:
        """Hide or show boilerplate rows."""
        self.set_options(hide_boilerplate=not self.options.hide_boilerplate)
        self._research()

    def action_toggle_unchanged(self) -> None:
        """Fold or unfold unchanged rows (and say when there is nothing to fold)."""
        self.set_options(fold_unchanged=not self.options.fold_unchanged)
        if self.options.fold_unchanged and not self._folded_rows():
            self.notify("No run of unchanged rows to fold in the versions shown.", timeout=3)
        self._research()

    def _folded_rows(self) -> int:
        return sum(len(item.rows) for item in self.grid.model.items if item.kind == UNCHANGED_FOLD)

    def _research(self) -> None:
        if self.grid.model.search_text:
            self.grid.search(self.grid.model.search_text)
        self.refresh_chrome()

    def action_toggle_typography(self) -> None:
        """Mark or ignore typography-only changes."""
        self.set_options(typography=not self.options.typography)
        self.refresh_chrome()

    def action_toggle_deletions(self) -> None:
        """Show or hide the base's dropped words inside the versions' text."""
        self.set_options(deletions=not self.options.deletions)
        self.refresh_chrome()

    def action_toggle_facts(self) -> None:
        """Highlight quotes, numbers and names, or stop."""
        if not self.options.facts:
            self.facts_source = self.facts_source or FactSpans.load(self.data)
            if self.facts_source is None:
                self.notify("Facts highlighting unavailable (the lexer is not installed).", severity="warning")
                return
        self.set_options(facts=not self.options.facts)
        self.grid.set_facts(self.facts_source if self.options.facts else None)
        self.refresh_chrome()

    def action_cycle_versions(self) -> None:
        """Show the next versions beside the base."""
        self.grid.cycle_versions()
        self._research()

    def action_choose_versions(self) -> None:
        """Pick the versions to show."""
        from tui.screens.pickers import VersionsScreen

        fit = capacity(self.grid.scrollable_content_region.width, len(self.data.rows))

        def chosen(result: list[int] | None) -> None:
            if result:
                self.grid.set_shown(result)
                if len(result) > fit - 1:
                    self.notify(f"{fit - 1} fit beside the base at this width; tab shows the others.")
                self._research()

        self.app.push_screen(VersionsScreen(self.data, self.grid.model.shown, fit), chosen)

    def action_choose_base(self) -> None:
        """Pick another base version and align again."""
        from tui.screens.pickers import BaseScreen

        def chosen(result: int | None) -> None:
            if result is not None and result != self.data.base:
                self.post_message(self.RealignWanted(result, self._cursor_paragraph()))

        self.app.push_screen(BaseScreen(self.data), chosen)

    def _cursor_paragraph(self) -> tuple[int, int] | None:
        comparison, cursor_row = self.data, self.grid.model.cursor_row
        if cursor_row is None:
            return None
        row = comparison.rows[cursor_row]
        for v in (comparison.base, *self.grid.model.shown, *range(len(row.cells))):
            if row.cells[v]:
                return (v, row.cells[v][0])
        return None

    def action_export(self) -> None:
        """Write a report to a file."""
        self.post_message(self.ExportWanted())

    def _need_analysis(self) -> Analysis | None:
        if self.analysis is None:
            self.notify("Still analysing the versions; try again in a moment.", timeout=3)
        return self.analysis

    def action_summary(self) -> None:
        """Scorecard and derivation tree."""
        from tui.screens.summary import SummaryScreen

        analysis = self._need_analysis()
        if analysis is not None:
            self.app.push_screen(SummaryScreen(self.data, analysis))

    def action_findings(self) -> None:
        """List findings; choosing one jumps to it."""
        from tui.screens.findings import FindingsScreen

        analysis = self._need_analysis()
        if analysis is not None:
            self.app.push_screen(FindingsScreen(self.data, analysis), self.jump_to)

    def jump_to(self, where: tuple[int, int] | None) -> None:
        """Move the cursor to paragraph where=(version, index), showing that version if needed."""
        if where is None:
            return
        v, paragraph = where
        row = self.grid.model.row_of(v, paragraph)
        if row is None:
            return
        self.grid.show_version(v)
        if not self.grid.go_to_row(row):
            self.notify("That paragraph is not on screen.", severity="warning")
        else:
            self.grid.scroll_item_to_top()
        self.refresh_chrome()
