"""``syndiff batch``: many stories in, one JSON report per story out (docs/batch-format.md).

``run_batch(source, out, workers, dask)`` reads JSONL lines from ``source``,
runs ``tui.core.batch.story_line`` on each (in this process for one worker,
in a pool of ``workers`` processes, or on Dask), and writes one output line
per input line to ``out``, in input order, as soon as every earlier line is
done. Blank input lines are skipped. A story id met twice gives an error
line the second time. Returns the exit status: 0 when every story was
reported, 1 when some lines are errors. Progress (stories done, stories/s,
errors) goes to standard error when it is a terminal.

Dask (optional, ``pip install 'syndiff[dask]'``): ``dask="local"`` starts a
``LocalCluster`` of ``workers`` single-threaded worker processes;
``dask="tcp://HOST:PORT"`` connects to a running scheduler, whose workers
must have the same syndiff version installed (checked before any story is
sent). Problems reaching Dask are ``SyndiffError`` (usage errors).
"""

from __future__ import annotations

import json
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO, TYPE_CHECKING, Any

from tui.core.batch import error_line, story_line

if TYPE_CHECKING:
    import argparse
    from multiprocessing.context import BaseContext

AHEAD = 4
"""Stories in flight per worker: enough to keep workers busy, few enough to bound memory."""


def read_lines(source: IO[bytes]) -> Iterator[tuple[int, str]]:
    """(1-based line number, text) of every non-blank input line; a line that is not UTF-8 stays bytes-escaped."""
    for number, raw in enumerate(source, 1):
        if not raw.strip():
            continue
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, "\x00not-utf8"  # parsed as malformed JSON: an error line, the run goes on


def run_batch(source: IO[bytes], out: IO[str], workers: int = 1, dask: str | None = None) -> int:
    """Compare every story of source, write the output lines to out; return the exit status."""
    progress = _Progress(sys.stderr)
    ids: set[Any] = set()
    errors = 0
    with _runner(workers, dask) as submit:
        for story_id, line, ok in _in_order(submit, read_lines(source), max(1, workers) * AHEAD):
            if ok and story_id in ids:
                line, ok = error_line(story_id, f"the id {story_id!r} was used by an earlier story; "
                                                "give every story its own id"), False
            ids.add(story_id)
            out.write(line + "\n")
            out.flush()
            errors += not ok
            progress.update(ok)
    progress.finish()
    return 1 if errors else 0


Submit = Callable[[str, int], Any]


def _in_order(submit: Submit, lines: Iterable[tuple[int, str]], ahead: int) -> Iterator[tuple[Any, str, bool]]:
    """Results of story_line for every line, in input order, with at most ``ahead`` stories in flight."""
    pending: deque[tuple[Any, str]] = deque()
    for number, line in lines:
        pending.append((submit(line, number), line))
        if len(pending) >= ahead:
            yield _result(*pending.popleft())
    while pending:
        yield _result(*pending.popleft())


def _result(job: Any, line: str) -> tuple[Any, str, bool]:
    """A job's (id, output line, ok); a worker that died or failed gives an error line for its story."""
    if not hasattr(job, "result"):
        done: tuple[Any, str, bool] = job  # run in this process: already the result
        return done
    try:
        done = job.result()
        return done
    except Exception as error:  # noqa: BLE001 - a lost worker (killed, out of memory) must not stop the run
        story_id = _peek_id(line)
        message = (f"the worker comparing this story failed ({type(error).__name__}: {error}); "
                   "run the story again, alone, to see whether it recurs")
        return story_id, error_line(story_id, message), False


def _peek_id(line: str) -> Any:
    try:
        story = json.loads(line)
    except ValueError:
        return None
    story_id = story.get("id") if isinstance(story, dict) else None
    return story_id if isinstance(story_id, str) else None


class _runner:
    """Context manager giving a ``submit(line, number)`` for the chosen way of running stories."""

    def __init__(self, workers: int, dask: str | None) -> None:
        self.workers, self.dask = workers, dask
        self._close: list[Callable[[], Any]] = []

    def __enter__(self) -> Submit:
        if self.dask:
            from tui.dask_runner import connect

            client, close = connect(self.dask, self.workers)
            self._close.append(close)
            return lambda line, number: client.submit(story_line, line, number, pure=False)
        if self.workers <= 1:
            return story_line
        self._pool = ProcessPoolExecutor(self.workers, mp_context=_fork_context())
        self._close.append(lambda: self._pool.shutdown(cancel_futures=True))
        return self._submit

    def _submit(self, line: str, number: int) -> Any:
        """Submit to the pool; a pool broken by a lost worker is replaced (its stories become error lines)."""
        try:
            return self._pool.submit(story_line, line, number)
        except BrokenProcessPool:
            self._pool.shutdown(cancel_futures=True)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=_fork_context())
            return self._pool.submit(story_line, line, number)

    def __exit__(self, *exc: object) -> None:
        for close in self._close:
            close()


def _fork_context() -> BaseContext:
    """Fork where the platform has it: workers start at once with the engine already imported."""
    import multiprocessing

    import tui.core.analysis.stats  # noqa: F401 - imported before forking, so no worker imports it again
    import tui.core.pipeline  # noqa: F401
    import tui.core.report.report_json  # noqa: F401

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


class _Progress:
    """Stories done, stories per second and errors, on one line of a terminal's standard error."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.active = stream.isatty()
        self.done = self.errors = 0
        self.start = self.last = time.monotonic()

    def update(self, ok: bool) -> None:
        self.done += 1
        self.errors += not ok
        now = time.monotonic()
        if self.active and now - self.last >= 0.2:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        self.stream.write(f"\r\x1b[Ksyndiff batch: {self.done} stories, {rate:.1f}/s, {self.errors} errors")
        self.stream.flush()

    def finish(self) -> None:
        if self.active and self.done:
            self._show(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def run_batch_command(args: argparse.Namespace) -> int:
    """``syndiff batch`` with its parsed arguments (``tui.cli``): open the files, run."""
    from pathlib import Path

    from tui.core.errors import SyndiffError
    from tui.core.parallel import cores

    workers = args.workers or cores()
    if args.output and args.input != "-" and Path(args.output).resolve() == Path(args.input).resolve():
        raise SyndiffError(f"-o {args.output}: that is the input file; choose another output path")
    try:
        source = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    except OSError as error:
        raise SyndiffError(f"{args.input}: cannot be read ({error.strerror or error}); check the path") from None
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else open(  # noqa: SIM115
            sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
    except OSError as error:
        source.close()
        raise SyndiffError(f"-o {args.output}: cannot write ({error.strerror or error}); check the folder exists "
                           "and is writable") from None
    with source, out:
        return run_batch(source, out, workers, args.dask)
