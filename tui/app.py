"""The syndiff viewer application.

``make_app(versions, base=None, theme="dark")`` builds the app the CLI runs
and the tests drive. The app owns the inputs (``versions``, the review) and the
background work; each result it accepts goes down to the ``ViewerScreen``, which
is then the one place it lives (``comparison`` and its ``diffs`` cache in the
grid, ``analysis`` on the screen: the app's properties of those names read them
there, so there is never a second copy to fall out of step). The screen's
requests come up as messages (``RealignWanted``, ``ExportWanted``, the grid's
``DiffsWanted``); its start calls ``_viewer_started`` directly, as it mounts,
so a small input's grid is in the screen's first frame. The work:

* ``align(base)`` (thread worker, group "align"): ``compare`` (for a small
  input already started in a thread by ``__init__``, so it overlaps Textual's
  start-up) then
  ``analyse``, reporting through ``AlignmentProgress``, ``AlignmentReady``,
  ``AnalysisReady`` and ``WorkFailed`` messages. The grid appears as soon as
  the alignment is ready; the scorecards when the analysis is.
* ``export(...)`` (thread worker, group "export"): render and write a report,
  never over an input file.

Workers never touch widgets. Everything on screen is the ``ViewerScreen``.
"""

from __future__ import annotations

import gc
import io
import tempfile
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from textual import events, work
from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.geometry import Size
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from tui.core import compare
from tui.core.model import BaseChoice
from tui.core.review.review_session import ReviewSession
from tui.core.safe import visible
from tui.messages import (
    AlignmentProgress,
    AlignmentReady,
    AnalysisReady,
    Delivered,
    DiffsReady,
    ReportWritten,
    WorkFailed,
    handling,
)
from tui.screens.minsize import too_small
from tui.screens.viewer import BINDINGS, ViewerScreen
from tui.widgets.cells import TrackedDiffs
from tui.widgets.gridmodel import is_long
from tui.widgets.plain import plain_message

if TYPE_CHECKING:
    from tui.core import Analysis, Comparison, Version
    from tui.core.report.report_review import ReportReview
    from tui.core.report.writing import ReportGuard
    from tui.widgets.grid import DiffGrid

FIRST_PAINT_WAIT = 1.0
"""Seconds the alignment of a big input waits for the first paint, so the window appears at once."""
SMALL_INPUT = 400
"""Paragraphs (all versions) up to which aligning takes milliseconds: it starts with the app, before the
first paint (bigger inputs wait for the first paint, so the window and its progress line appear at once)."""
HEAD_START_WAIT = 0.25
"""Seconds the mount waits for a small input's alignment (it takes tens of milliseconds) to paint it at once."""
FIRST_SCREEN_ROWS = 12
"""Rows diffed before the grid is shown (about a screenful: most rows take two to four lines)."""
FIRST_SCREEN_COLUMNS = 3
"""Versions beside the base that a wide terminal shows at first."""
THEMES = {"dark": "textual-dark", "light": "textual-light"}
TITLE_REASONS = {BaseChoice.USER: "your choice", BaseChoice.MOST_SHARED: "most shared wording",
                 BaseChoice.ONLY: "the only version"}
"""Who chose the base, in the title line."""


def _prepare(comparison: Comparison) -> TrackedDiffs:
    """The diff cache of a new comparison, with the rows of the first screen already diffed.

    Runs in a thread, so the first paint does not wait for diff-match-patch.
    """
    diffs = TrackedDiffs(comparison)
    others = [v for v in range(len(comparison.versions)) if v != comparison.base][:FIRST_SCREEN_COLUMNS]
    for row in range(min(FIRST_SCREEN_ROWS, len(comparison.rows))):
        for version in others:
            if not is_long(comparison, row, version):  # the grid leaves those to a worker of their own
                diffs.diff(row, version)
    return diffs


def _start_early(versions: tuple[Version, ...], base: int | None) -> Future[tuple[Comparison, TrackedDiffs]]:
    """Align a small input in a thread of its own while Textual starts up (the result is a Future)."""
    future: Future[tuple[Comparison, TrackedDiffs]] = Future()

    def run() -> None:
        try:
            comparison = compare(versions, base)
            future.set_result((comparison, _prepare(comparison)))
        except BaseException as error:  # noqa: BLE001 - handed to the worker, which reports it
            future.set_exception(error)

    threading.Thread(target=run, name="syndiff-head-start", daemon=True).start()
    return future


class SyndiffApp(App[None]):
    """Side-by-side viewer of the versions of one story."""

    CSS_PATH = "styles/app.tcss"
    TITLE = "syndiff"

    def __init__(self, versions: Sequence[Version], base: int | None = None, theme: str = "dark",
                 review: ReviewSession | None = None) -> None:
        super().__init__()
        self.versions = tuple(versions)
        self.review = review or ReviewSession(self.versions, [v.path for v in self.versions], keep=False)
        """The editor's decisions (by default kept for this session only: the CLI passes one with a file)."""
        """The loaded versions, in input order."""
        self.requested_base = base
        """The base asked for on the command line (None: the engine chooses)."""
        self.export_format = "html"
        """The format last exported (the export dialog starts on it)."""
        self.protected: tuple[str, ...] = ()
        """Files besides the versions' that an export must never write over (the rules file)."""
        self._keep: tuple[int, int] | None = None
        self._cover: Screen[None] | None = None
        """The "too small" screen while it covers the others (``_fit`` pushes and pops it; see toosmall.py)."""
        self._painted = threading.Event()
        self._shown = threading.Event()
        self._head_start: Future[tuple[Comparison, TrackedDiffs]] | None = None
        if sum(len(v.paragraphs) for v in self.versions) <= SMALL_INPUT:
            self._head_start = _start_early(self.versions, base)
        self.theme = THEMES.get(theme, theme)
        self.crash: BaseException | None = None
        """The first unhandled error, if the app crashed (then ``return_code`` is 1)."""
        self.error_console = Console(file=io.StringIO(), width=100, markup=False, highlight=False)
        """Textual prints a crash's traceback here, not on the terminal (it holds article text: see crash_line)."""

    def _handle_exception(self, error: Exception) -> None:
        """Keep the first unhandled error for ``crash_line``; Textual then shuts down as usual."""
        if self.crash is None:
            self.crash = error
        super()._handle_exception(error)

    def crash_line(self) -> str:
        """One line for standard error after a crash; the full traceback is saved to a file it names."""
        error = self.crash
        what = f"{type(error).__name__}: {error}" if error is not None else "the viewer stopped unexpectedly"
        where = ""
        try:
            with tempfile.NamedTemporaryFile("w", prefix="syndiff-crash-", suffix=".txt", delete=False,
                                             encoding="utf-8") as log:
                file = self.error_console.file  # the StringIO made in __init__
                text = file.getvalue() if isinstance(file, io.StringIO) else ""
                log.write(visible(text))  # locals may hold article text
            where = f"; details in {log.name}"
        except OSError:
            pass
        return " ".join(visible(f"internal error: {what} (please report it{where})").split())

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Every notification is plain text: messages quote file names, paths and search text (see plain.py)."""
        super().notify(plain_message(message), title=plain_message(title), severity=severity, timeout=timeout,
                       markup=False)

    def get_default_screen(self) -> Screen[None]:
        """The viewer is the app's only full screen."""
        return ViewerScreen(started=self._viewer_started)

    @property
    def viewer(self) -> ViewerScreen:
        """The main screen (even while a dialog is open)."""
        return self.screen_stack[0]  # type: ignore[return-value]

    @property
    def comparison(self) -> Comparison | None:
        """The comparison on screen: the viewer's grid holds it (the app hands each new one down, keeping no copy)."""
        return self.viewer.comparison if self.screen_stack else None

    @property
    def diffs(self) -> TrackedDiffs | None:
        """The word-diff cache of the comparison on screen."""
        return self.viewer.diffs if self.screen_stack else None

    @property
    def analysis(self) -> Analysis | None:
        """The scores of the comparison on screen (None until its analysis is in)."""
        return self.viewer.analysis if self.screen_stack else None

    def title_text(self) -> str:
        """The line at the top: the story and the base."""
        count = len(self.versions)
        story = visible(Path(self.versions[0].path).parent.name) if self.versions else ""
        parts = ["syndiff", story, f"{count} version{'s' if count != 1 else ''}"]
        text = " \u00b7 ".join(p for p in parts if p)
        if self.comparison is not None:
            base = self.comparison.base_version
            why = TITLE_REASONS[self.comparison.base_choice]
            hint = "" if count == 1 else "; press B to change"
            text += f" \u00b7 compared against {base.id} {visible(base.label)} ({why}{hint})"
        return text

    def on_mount(self) -> None:
        """Note the first paint (the worker of a big input waits for it); start small if the terminal is."""
        self.call_after_refresh(self._painted.set)
        self._fit(self.size)

    def on_resize(self, event: events.Resize) -> None:
        """Below the minimum size, cover everything with the "too small" screen (see toosmall.py)."""
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        covered = self._cover is not None and self.screen is self._cover
        if too_small(size) and not covered:
            from tui.screens.toosmall import TooSmallScreen  # imported when the terminal is too small, not at start

            self._cover = TooSmallScreen()
            self.push_screen(self._cover)
        elif covered and not too_small(size):
            self._cover = None
            self.pop_screen()
            for screen in self.screen_stack:  # they kept their old size while covered
                screen.post_message(events.Resize(size, size))

    @property
    def _background_screens(self) -> list[Screen[object]]:
        """Screens Textual lays out and paints beneath the top one: none under the "too small" screen.

        Textual 8.2.8 resizes every see-through screen beneath the top one, so an open
        dialog would still be laid out at the tiny size (and crash) under ``TooSmallScreen``.
        """
        if self._cover is not None and self._screen_stack and self._screen_stack[-1] is self._cover:
            return []
        return super()._background_screens

    def action_command_palette(self) -> None:
        """Textual's command palette (its paging keys wait until its list is laid out: see palette.py)."""
        if not self.use_command_palette or too_small(self.size):
            return
        if not CommandPalette.is_open(self):  # type: ignore[arg-type]  # wants App[object]; App is invariant
            from tui.screens.palette import Palette  # not needed for the first paint

            self.push_screen(Palette(id="--command-palette"))

    def _viewer_started(self) -> None:
        """The viewer is mounted (its first frame is not drawn yet): title it and start the work."""
        self.viewer.show_title(self.title_text())
        self.begin()

    def begin(self) -> None:
        """Start the work (once the viewer is mounted).

        A small input has been aligning since ``__init__``: its grid is shown
        at once, so the first paint already has the text (no empty flash).
        A big input is aligned by the worker after the first paint.
        """
        head_start = self._head_start
        try:
            comparison, diffs = head_start.result(HEAD_START_WAIT) if head_start else (None, None)
        except Exception:  # noqa: BLE001 - too slow, or failed: the worker reports it as usual
            comparison = diffs = None
        if comparison is None or diffs is None:  # both or neither
            self.align(self.requested_base)
            return
        self._head_start = None
        self._show(AlignmentReady(comparison, diffs))
        self.align(self.requested_base, ready=(comparison, diffs))

    # ---- background work ---------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="align", description="Aligning the versions")
    def align(self, base: int | None, ready: tuple[Comparison, TrackedDiffs] | None = None) -> None:
        """Compare the versions (unless ``ready`` is the comparison already shown), then analyse them.

        Reports by messages.
        """
        worker = get_current_worker()
        head_start, self._head_start = self._head_start, None
        if head_start is None and ready is None:
            self._painted.wait(FIRST_PAINT_WAIT)
        stage = "alignment"
        try:
            if ready is not None:
                comparison, diffs = ready
            elif head_start is not None and base == self.requested_base:
                comparison, diffs = head_start.result()
            else:
                comparison = compare(self.versions, base, lambda text, f: self.post_message(AlignmentProgress(text, f)))
                diffs = _prepare(comparison)
            if worker.is_cancelled:
                return
            if ready is None:
                self._shown.clear()
                self._deliver(AlignmentReady(comparison, diffs))
            self._shown.wait(FIRST_PAINT_WAIT)  # let the grid paint before the analysis competes for the CPU
            stage = "analysis"
            from tui.core import analyse  # findings and lexer: loaded after the first content

            analysis = analyse(comparison, diffs)
            if not worker.is_cancelled:
                self._deliver(AnalysisReady(comparison, analysis))
        except Exception as error:  # noqa: BLE001 - shown to the user, never a crash
            self._deliver(WorkFailed(stage, f"{type(error).__name__}: {error}"))

    def _deliver(self, message: Delivered) -> None:
        """Post a result from a worker thread and wait until the app has handled it."""
        worker = get_current_worker()
        if not self.post_message(message):
            return
        while not message.handled.wait(0.05):
            if worker.is_cancelled or not self.is_running:
                return

    @work(thread=True, exit_on_error=False, group="diffs", description="Diffing long paragraphs")
    def diff_cells(self, comparison: Comparison, diffs: TrackedDiffs, cells: tuple[tuple[int, int], ...]) -> None:
        """Word-diff long cells the grid left out of its paint, then say so."""
        worker = get_current_worker()
        try:
            for row, version in cells:
                if worker.is_cancelled:
                    return
                diffs.diff(row, version)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a crash
            self.post_message(WorkFailed("word diff", f"{type(error).__name__}: {error}"))
            return
        self.post_message(DiffsReady(comparison, cells))

    def on_diff_grid_diffs_wanted(self, message: DiffGrid.DiffsWanted) -> None:
        """Long cells came on screen: diff them in a worker."""
        if self.comparison is not None and self.diffs is not None:
            self.diff_cells(self.comparison, self.diffs, message.cells)

    def on_diffs_ready(self, message: DiffsReady) -> None:
        """Paint the long cells with their highlights (if this is still the current comparison)."""
        if message.comparison is self.comparison:
            self.viewer.grid.diffs_ready(message.cells)

    def on_viewer_screen_realign_wanted(self, message: ViewerScreen.RealignWanted) -> None:
        """The user chose another base."""
        self.realign(message.base, message.keep)

    def realign(self, base: int, keep: tuple[int, int] | None = None) -> None:
        """Align again against another base, keeping the cursor on paragraph keep."""
        self._keep = keep
        self.viewer.set_progress("aligning against the new base", 0.0)
        self.align(base)

    def on_alignment_progress(self, message: AlignmentProgress) -> None:
        """Move the progress bar."""
        self.viewer.set_progress(message.text, message.fraction)

    def on_alignment_ready(self, message: AlignmentReady) -> None:
        """Show the grid."""
        with handling(message):
            self._show(message)

    def _show(self, message: AlignmentReady) -> None:
        self.viewer.show_comparison(message.comparison, message.diffs, self._keep)
        self.viewer.show_title(self.title_text())
        self._keep = None
        self._freeze_heap()
        # The analysis waits for this: after the grid's first frame and the refresh that settles it,
        # so it never competes with the first paint for the interpreter.
        self.call_after_refresh(self.call_after_refresh, self._shown.set)
        self.call_later(self._paint_now)

    def _paint_now(self) -> None:
        """Paint the new grid at once, not at Textual's next frame tick.

        Textual starts its frame timer (1/60 s) only once the screen is idle, so a grid shown after the
        first frame (the sample's: its alignment arrives as the screen mounts) appeared 17 ms or more
        after it was ready. This makes the update that tick would make, now (``Screen._on_timer_update``
        of Textual 8.2.8, which is pinned: it does nothing when the viewer is not the current screen);
        what is still pending afterwards is painted at the next tick, as before.
        """
        if not self.screen_stack:  # the app is closing: no viewer to paint
            return
        update = getattr(self.viewer, "_on_timer_update", None)  # private: absent in another Textual, skip
        if update is not None:
            update()

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        """Show the scorecards (if this is still the current comparison)."""
        with handling(message):
            self._scores(message)

    def _scores(self, message: AnalysisReady) -> None:
        if message.comparison is self.comparison:
            self._freeze_heap()
            self.viewer.show_analysis(message.analysis)

    def _freeze_heap(self) -> None:
        """Big inputs: move the long-lived comparison out of the collector's sight.

        Otherwise a full garbage collection (walking every paragraph, row and
        diff) can land in the middle of a scroll and stall it for 100 ms.
        """
        if sum(len(v.paragraphs) for v in self.versions) > SMALL_INPUT:
            gc.collect()
            gc.freeze()

    def on_work_failed(self, message: WorkFailed) -> None:
        """Say what went wrong instead of crashing."""
        with handling(message):
            self._failed(message)

    def _failed(self, message: WorkFailed) -> None:
        text = f"The {message.stage} failed: {message.text}"
        if message.stage == "alignment":
            self.viewer.show_error(text)
        elif message.stage == "analysis":
            self.viewer.show_analysis_failed()
        self.notify(visible(text), severity="error", timeout=10)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that died outside its own error handling is reported too."""
        if event.state == WorkerState.ERROR:
            self.notify(f"Background job failed: {event.worker.error}", severity="error", timeout=10)

    # ---- export --------------------------------------------------------------

    def on_viewer_screen_export_wanted(self, message: ViewerScreen.ExportWanted) -> None:
        """The user asked for a report."""
        self.ask_export()

    def ask_export(self) -> None:
        """Open the export dialog, then write the report in a worker."""
        def chosen(result: tuple[str, str] | None) -> None:
            if result is not None and self.comparison is not None:
                self.export_format = result[0]
                self.export(self.comparison, self.diffs, self.analysis, *result)

        from tui.screens.export import ExportScreen

        self.push_screen(ExportScreen(self.export_format, check=self.export_problem), chosen)

    def export_problem(self, path: str) -> str | None:
        """Why a report cannot be written to path (an input by any name, a folder ...), or None."""
        return self._report_guard(self.versions).problem(str(_export_target(path)))

    def _report_guard(self, versions: Sequence[Version]) -> ReportGuard:
        """The guard keeping exports off every input: the versions' files and the rules file."""
        from tui.core.report.writing import ReportGuard

        return ReportGuard.around([v.path for v in versions] + list(self.protected), flag="")

    @work(thread=True, exclusive=True, exit_on_error=False, group="export", description="Writing the report")
    def export(self, comparison: Comparison, diffs: TrackedDiffs, analysis: Analysis | None,
               fmt: str, path: str) -> None:
        """Render the report and write it (never over an input file)."""
        from tui.core import SyndiffError, analyse, render

        try:
            target = _export_target(path)
            guard = self._report_guard(comparison.versions)
            if not self.is_web:
                guard.check(str(target))  # before the rendering, which can take seconds
            analysis, review = analysis or analyse(comparison, diffs), self._report_review(comparison)
            text = render(comparison, analysis, fmt, diffs=diffs, review=review)
            if self.is_web:  # in a browser: a download, never a file on the server's disk
                self.call_from_thread(self._offer, text, target.name, fmt)
                return
            guard.write(str(target), text)
            self._deliver(ReportWritten(str(target), fmt))
        except SyndiffError as error:
            self._deliver(WorkFailed("export", str(error)))

    def _report_review(self, comparison: Comparison) -> ReportReview | None:
        """The editor's decisions for an exported report (None when there are none)."""
        from tui.core.report.report_review import ReportReview

        review = self.review
        if review.comparison is not comparison or not (review.view.by_row or review.view.orphans):
            return None
        return ReportReview(review.view)

    def _offer(self, text: str, name: str, fmt: str) -> None:
        """Hand an exported report to the browser as a download."""
        self.deliver_text(io.StringIO(text), save_filename=name)
        self.notify(f"The {fmt} report is offered as a download: {visible(name)}. Nothing arrived? The browser "
                    "may have blocked its pop-up: allow this page's pop-ups and export again.",
                    title="Exported", timeout=12)

    def on_report_written(self, message: ReportWritten) -> None:
        """Say where the report went."""
        with handling(message):
            self.notify(f"Wrote the {message.fmt} report to {visible(message.path)}", title="Exported", timeout=8)

    # ---- command palette -------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every viewer action by name, then Textual's own commands."""
        viewer = self.viewer
        for binding in BINDINGS:
            if binding.action in ("app.quit", "clear_search"):
                continue
            yield SystemCommand(binding.description, binding.tooltip or binding.description,
                                lambda action=binding.action: self.call_next(viewer.run_action, action))
        yield from super().get_system_commands(screen)


def _export_target(path: str) -> Path:
    """The file an export path names (~ expanded; relative to the working folder)."""
    return Path(path).expanduser().absolute()


def make_app(versions: Sequence[Version], base: int | None = None, theme: str = "dark",
             protect: Sequence[str | None] = (), review: ReviewSession | None = None) -> SyndiffApp:
    """The viewer for these versions (theme "dark" or "light", or a Textual theme name); exports never
    write over a version's file or the files in ``protect`` (the rules file). ``review``: where the
    editor's decisions are saved (default: nowhere, for this session only)."""
    app = SyndiffApp(versions, base=base, theme=theme, review=review)
    app.protected = tuple(path for path in protect if path)
    return app
