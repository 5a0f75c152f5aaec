"""App-wide messages: what the background workers report to the app.

Workers run the engine in threads and never touch widgets; they post these
messages (``post_message`` is thread-safe) and the app updates the screen.
Each message carries the comparison it belongs to, so results of a run that
was superseded (the user chose another base meanwhile) can be ignored.

Results are ``Delivered`` messages: the worker waits until the app has set
``handled``, so when a worker is done its results are on screen (which makes
``await app.workers.wait_for_complete()`` a reliable point in tests).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from tui.core import Analysis, Comparison
    from tui.widgets.cells import TrackedDiffs


@dataclass
class AlignmentProgress(Message):
    """The engine reports progress: what it is doing and how far it is (0..1)."""

    text: str
    fraction: float


@dataclass
class Delivered(Message):
    """A worker's result; the app sets ``handled`` when it has dealt with it."""

    handled: threading.Event = field(default_factory=threading.Event, init=False, repr=False)


@dataclass
class AlignmentReady(Delivered):
    """The versions are aligned: the grid can be shown."""

    comparison: Comparison
    diffs: TrackedDiffs


@dataclass
class AnalysisReady(Delivered):
    """Scorecard, derivation and findings are ready for this comparison."""

    comparison: Comparison
    analysis: Analysis


@dataclass
class DiffsReady(Message):
    """A worker has diffed these (row, version) cells of this comparison."""

    comparison: Comparison
    cells: tuple[tuple[int, int], ...]


@dataclass
class WorkFailed(Delivered):
    """A background job failed; text says what happened, for a person."""

    stage: str
    text: str


@dataclass
class ReportWritten(Delivered):
    """A report was exported to path."""

    path: str
    fmt: str


@contextmanager
def handling(message: Delivered) -> Iterator[Delivered]:
    """Handle a delivered message; mark it handled however the handler ends."""
    try:
        yield message
    finally:
        message.handled.set()
