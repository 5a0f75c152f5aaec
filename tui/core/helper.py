"""A forked helper process that answers a series of requests, with the same results as one process.

``Helper(answer, parallel)`` forks a child (when ``parallel`` and ``parallel.can_fork``)
that inherits the parent's memory as it is at that moment. ``ask(request)``
sends it a request (pickled through a pipe); the parent does its own work
meanwhile and then ``get()`` returns ``answer(request)``, worked out by the
child. Unlike ``parallel.run_tasks``, one child serves many requests, each
built from what the parent learned since the last one (work that goes in
rounds), and keeps what it worked out for one request (its caches) for the next.

``answer`` must be pure, a function of the request and of what the child
inherited: whatever it changes in memory stays in the child. A child that fails
for any reason (an exception, an answer that cannot be pickled, a crash) is not
trusted: the parent answers that request itself, and every later one, so an
error surfaces exactly as it would on one process. Without a child the parent
answers each request in ``get``. One request at a time: ``ask`` again only after
``get``. Use it as a context manager: leaving it ends the child and collects it.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import Generic, TypeVar

from .parallel import can_fork

Q = TypeVar("Q")
R = TypeVar("R")

_SIZE = 8
"""Bytes of the length that goes before every message."""


class Helper(Generic[Q, R]):
    """A child process answering requests (see the module docstring)."""

    def __init__(self, answer: Callable[[Q], R], parallel: bool = False) -> None:
        self._answer = answer
        self._asked: list[Q] = []
        self._child: tuple[int, int, int] | None = _start(answer) if parallel and can_fork() else None

    def __enter__(self) -> Helper[Q, R]:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def forked(self) -> bool:
        """Whether a child answers (else the parent does)."""
        return self._child is not None

    def ask(self, request: Q) -> None:
        """Send a request; its answer comes with ``get``."""
        if self._asked:
            raise RuntimeError("Helper.ask: the previous answer was not collected")
        self._asked.append(request)
        if self._child is not None:
            try:
                _send(self._child[1], pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
            except OSError:  # the child is gone: the parent answers
                self.close()

    def get(self) -> R:
        """The answer to the last request: the child's, or worked out here when there is no child
        or it failed."""
        request = self._asked.pop()
        if self._child is not None:
            data = _receive(self._child[2])
            if data is not None:
                ok, answer = pickle.loads(data)
                if ok:
                    return answer  # type: ignore[no-any-return]
            self.close()
        return self._answer(request)

    def close(self) -> None:
        """End the child (an empty request, or the end of its request pipe, makes it leave) and collect it."""
        if self._child is None:
            return
        pid, requests, answers = self._child
        self._child = None
        try:  # an explicit end: a process forked meanwhile may hold a copy of the pipe's write end
            _send(requests, b"")
        except OSError:
            pass
        os.close(requests)
        with os.fdopen(answers, "rb") as pipe:  # an answer it is still writing: read, so it can leave
            pipe.read()
        os.waitpid(pid, 0)


def _start(answer: Callable[[Q], R]) -> tuple[int, int, int] | None:
    """(pid, request pipe's write end, answer pipe's read end) of a child serving ``answer``; None
    when no child could start."""
    try:
        down_read, down_write = os.pipe()
    except OSError:
        return None
    try:
        up_read, up_write = os.pipe()
    except OSError:
        os.close(down_read)
        os.close(down_write)
        return None
    try:
        pid = os.fork()
    except OSError:
        for fd in (down_read, down_write, up_read, up_write):
            os.close(fd)
        return None
    if pid == 0:  # the child: serve until the parent closes the pipe, leave without the parent's clean-up
        try:
            os.close(down_write)
            os.close(up_read)
            _serve(answer, down_read, up_write)
        finally:
            os._exit(0)
    os.close(down_read)
    os.close(up_write)
    return pid, down_write, up_read


def _serve(answer: Callable[[Q], R], requests: int, answers: int) -> None:
    while data := _receive(requests):  # None (the pipe's end) or b"" (an explicit end) stop it
        try:
            reply = pickle.dumps((True, answer(pickle.loads(data))), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 - any failure: the parent answers this request itself
            reply = pickle.dumps((False, None))
        _send(answers, reply)


def _send(fd: int, data: bytes) -> None:
    view = memoryview(len(data).to_bytes(_SIZE, "little") + data)
    while view:
        view = view[os.write(fd, view):]


def _receive(fd: int) -> bytes | None:
    """One message, or None at the end of the pipe (the other side is gone)."""
    head = _read(fd, _SIZE)
    if head is None:
        return None
    return _read(fd, int.from_bytes(head, "little"))


def _read(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
