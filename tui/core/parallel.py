"""Run independent pieces of one computation on two or more cores, with the same result as one core.

``run_tasks(tasks, parallel)`` (or ``run_pair(first, second, parallel)``)
calls every task (a function of no arguments) and returns their results in
order. When ``parallel`` is true and the process may fork (``can_fork``:
Linux, more than one core, no other thread running), every task but the
first runs in a forked child, which inherits the parent's memory (so nothing
is sent to it) and sends its result back pickled through a pipe; the first
runs in the parent meanwhile. A child that fails for any reason (an
exception, a result that cannot be pickled, a crash) is not trusted: the
parent runs that task itself, so an error surfaces exactly as it would on
one core. Otherwise the tasks run one after the other in the parent.

Tasks must be pure: whatever a child changes in memory is lost, only its
returned value comes back. Use it for big inputs only: a fork and the
pickling cost a few milliseconds, and a helper only pays when a core is
free (on a machine already busy it adds about a tenth to the CPU time).
Callers decide (``worth_forking``).
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

T = TypeVar("T")
A = TypeVar("A")
B = TypeVar("B")

MIN_PARAGRAPHS = 2000
"""Total paragraphs from which the report splits its work between processes (a round figure, not a measured
break-even: at 1,000 paragraphs the whole analysis takes about a quarter of a second)."""

MIN_BYTES = 400_000
"""Total input bytes from which loading splits the versions between processes."""


def cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether forking helpers is possible and safe here: Linux (macOS's system libraries are not safe to use
    in a forked child), 2+ cores, this thread alone."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and cores() > 1 and threading.active_count() == 1


def worth_forking(paragraphs: int) -> bool:
    """Whether an input of this many paragraphs (all versions) is big enough to split between processes."""
    return paragraphs >= MIN_PARAGRAPHS and can_fork()


def run_tasks(tasks: Sequence[Callable[[], T]], parallel: bool = False,
              meanwhile: Callable[[], object] | None = None) -> list[T]:
    """Every task's result, in order; tasks after the first in forked children when ``parallel``.

    ``meanwhile``: other work of the caller's (say, importing what it needs next). When the tasks fork,
    every task then runs in a child and the parent calls ``meanwhile`` before collecting them; when they
    do not, ``meanwhile`` is not called.
    """
    if not parallel or len(tasks) < 2 or not can_fork():
        return [task() for task in tasks]
    forked = tasks if meanwhile is not None else tasks[1:]  # with work of its own, the parent runs no task
    children = [_start(task) for task in forked]
    try:
        here = meanwhile() if meanwhile is not None else tasks[0]()
    except BaseException:
        for child in children:  # a child blocks on a full pipe until its result is read
            _reap(child)
        raise
    results = [] if meanwhile is not None else [cast(T, here)]
    for n, (task, child) in enumerate(zip(forked, children, strict=True)):
        try:
            results.append(_collect(task, child))
        except BaseException:
            for other in children[n + 1:]:
                _reap(other)
            raise
    return results


def run_pair(first: Callable[[], A], second: Callable[[], B], parallel: bool = False) -> tuple[A, B]:
    """``run_tasks`` for two tasks of different result types."""
    here, there = run_tasks([first, second], parallel)
    return cast(A, here), cast(B, there)


def _start(task: Callable[[], object]) -> tuple[int, int] | None:
    """(pid, read end of the pipe) of a child running the task; None when no child could start."""
    try:
        read, write = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:  # the child: compute, send, leave without running the parent's clean-up
        status = 1
        try:
            os.close(read)
            data = pickle.dumps(task(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


def _reap(child: tuple[int, int] | None) -> None:
    """Wait for a child whose result is not wanted (an error came first)."""
    if child is not None:
        pid, read = child
        with os.fdopen(read, "rb") as pipe:
            pipe.read()
        os.waitpid(pid, 0)


def _collect(task: Callable[[], T], child: tuple[int, int] | None) -> T:
    """The child's result, or the task run here when the child failed."""
    if child is None:
        return task()
    pid, read = child
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return task()
    result: T = pickle.loads(data)
    return result
