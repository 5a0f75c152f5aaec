"""Write a report without ever writing over an input.

``protected_files(paths)`` collects the identities ``(st_dev, st_ino)`` of
the inputs (versions and rules file) and of whatever standard input reads
from (``/dev/null`` aside). ``write_text(path, text, protected)`` refuses, with
a one-line ``SyndiffError``, an empty path, a folder, a dangling symbolic link
(writing through it would create a file somewhere unexpected) and any path
that is one of the protected files by any name: a hard link, a symbolic link,
``/proc/self/fd/0``. The check is made on the path first, then again on the
opened file before anything is truncated, so nothing can slip in between.
``ReportGuard`` holds the protected identities of one comparison's inputs and
is the one way a report reaches a file: the CLI's ``-o`` and the viewer's
export both ``check`` the path early (before the work of rendering) and
``write`` through it. The report's text comes from ``reports.render``.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import SyndiffError

FileId = tuple[int, int]


def _name(flag: str, path: str) -> str:
    """How messages name the output: ``-o report.html`` in the CLI, the bare path in the viewer."""
    return f"{flag} {path}" if flag else path


def _identity(info: os.stat_result) -> FileId:
    return info.st_dev, info.st_ino


def protected_files(paths: Iterable[str | None]) -> frozenset[FileId]:
    """The identities of these input files and of standard input's file (not /dev/null)."""
    found = set()
    for path in paths:
        if path and path != "-":
            try:
                found.add(_identity(os.stat(path)))
            except (OSError, ValueError):
                pass
    try:
        stdin = os.fstat(0)
        if _identity(stdin) != _identity(os.stat(os.devnull)):
            found.add(_identity(stdin))
    except OSError:
        pass  # standard input is closed
    return frozenset(found)


def check_target(path: str, protected: frozenset[FileId], flag: str = "-o") -> None:
    """Refuse an output path that is empty, a folder, a dangling link or one of the protected files."""
    if not path.strip():
        raise SyndiffError(f"{_name(flag, repr(path))}: an empty file name; give the report's file name")
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        return  # a new file
    except (OSError, ValueError) as error:
        raise SyndiffError(f"{_name(flag, path)}: cannot use this path ({getattr(error, 'strerror', None) or error}); "
                           "choose another output path") from None
    try:
        info = os.stat(path)
    except OSError as error:
        if stat.S_ISLNK(link.st_mode):
            what = "symbolic link loop" if error.errno == errno.ELOOP else "symbolic link to nothing (dangling)"
            raise SyndiffError(f"{_name(flag, path)}: a {what}; give a real file name") from None
        raise SyndiffError(f"{_name(flag, path)}: cannot use this path ({error.strerror or error})") from None
    _check_opened(path, info, protected, flag)


def _check_opened(path: str, info: os.stat_result, protected: frozenset[FileId], flag: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise SyndiffError(f"{_name(flag, path)}: is a folder; add a file name")
    if _identity(info) in protected:
        raise SyndiffError(f"{_name(flag, path)}: that is one of the input files (the same file, maybe through a link, "
                           "or standard input); choose another output path")


def write_text(path: str, text: str, protected: frozenset[FileId], flag: str = "-o") -> None:
    """Write text as UTF-8 to path, never to a protected file; SyndiffError says why not."""
    check_target(path, protected, flag)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise SyndiffError(f"{_name(flag, path)}: a named pipe nothing reads from; choose a file") from None
        raise SyndiffError(f"{_name(flag, path)}: cannot write ({error.strerror or error}); check the folder exists "
                           "and is writable") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:  # never a half file
            info = os.fstat(fd)
            _check_opened(path, info, protected, flag)  # the file actually opened, not the name checked before
            os.set_blocking(fd, True)
            if stat.S_ISREG(info.st_mode):
                os.ftruncate(fd, 0)
            handle.write(text)
    except OSError as error:  # a full disk, /dev/full, a device that refuses writes
        raise SyndiffError(f"{_name(flag, path)}: cannot write ({error.strerror or error}); check the disk "
                           "and the path") from None


@dataclass(frozen=True)
class ReportGuard:
    """Where a report may go: never over one of the ``protected`` files (see ``protected_files``).

    ``flag`` names the output in messages (``-o`` on the command line, nothing in the viewer).
    """

    protected: frozenset[FileId]
    flag: str = "-o"

    @classmethod
    def around(cls, paths: Iterable[str | None], flag: str = "-o") -> ReportGuard:
        """A guard for these inputs (versions' paths, the rules file; None and - are skipped) and standard input."""
        return cls(protected_files(paths), flag)

    def check(self, path: str) -> None:
        """Refuse, with a one-line ``SyndiffError``, a path no report may be written to."""
        check_target(path, self.protected, self.flag)

    def problem(self, path: str) -> str | None:
        """Why no report may be written to path, or None."""
        try:
            self.check(path)
        except SyndiffError as error:
            return str(error)
        return None

    def write(self, path: str, text: str) -> None:
        """Write the report's text to path (checked again on the opened file)."""
        write_text(path, text, self.protected, self.flag)
