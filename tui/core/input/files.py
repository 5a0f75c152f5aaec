"""Open inputs safely: regular files only, a size limit, one-line errors.

``stat_input(path)`` stats a path a user typed and turns every OS error into a
``LoadError`` that names the cause (no such file, permission denied, symbolic
link loop). ``read_limited(path, max_bytes)`` reads a regular file, refusing
FIFOs, devices and sockets (they can block for ever or never end) and files
larger than ``max_bytes``. ``read_stdin(max_bytes)`` reads standard input up
to the same limit, so ``/dev/zero`` or an endless pipe stops with a message.
``require_regular(path, flag)`` refuses an option's file (``--rules``) that
is a FIFO or a device. Nothing here writes.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from typing import BinaryIO

from ..errors import LoadError

MAX_BYTES = 2 * 1024 * 1024
"""Inputs larger than this (per version) are refused unless the user raises the limit (--max-bytes):
a news story is tens of KB, and comparing costs about 2.3 s per MB (benchmarks/bench_limits.py)."""

def oserror_message(path: str, error: OSError) -> str:
    """A one-line message for an OS error on an input path."""
    if error.errno == errno.ELOOP:
        return f"{path}: symbolic link loop; fix the link or give the file itself"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"{path}: no such file or directory; check the path"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"{path}: permission denied; check the permissions of the file and its folders"
    return f"{path}: cannot be read ({error.strerror or error}); check the path"


def stat_input(path: str) -> os.stat_result:
    """Stat a path (following links), or raise LoadError saying why not."""
    if not path:
        raise LoadError("an empty path was given; name the versions' files or their folder")
    try:
        return os.stat(path)
    except OSError as error:
        raise LoadError(oserror_message(path, error)) from None
    except ValueError:  # a NUL byte in the path
        raise LoadError(f"{path!r}: not a valid path; check the path") from None


def kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def size_text(count: int) -> str:
    """A byte count for messages: '5 MB', '700 KB', '12 bytes'."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= size:
            return f"{count / size:.3g} {unit}"
    return f"{count} bytes"


def _too_big(name: str, max_bytes: int) -> LoadError:
    return LoadError(f"{name}: larger than {size_text(max_bytes)}, the limit per version; if it really is one "
                     "story, raise the limit with --max-bytes")


def read_limited(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, or LoadError."""
    info = stat_input(path)
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"{path}: is a directory; give files or one directory")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(f"{path}: is {kind(info.st_mode)}, not a regular file; save the text to a file first")
    if info.st_size > max_bytes:
        raise _too_big(path, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(min(max_bytes, info.st_size) + 1)  # a read allocates what it asks for
            if len(data) > info.st_size:  # it grew since the stat: read on, up to the limit
                data += _read_up_to(handle, max_bytes + 1 - len(data))
    except OSError as error:
        raise LoadError(oserror_message(path, error)) from None
    if len(data) > max_bytes:  # it grew since the stat
        raise _too_big(path, max_bytes)
    return data


def _read_up_to(handle: BinaryIO, count: int, chunk: int = 1 << 20) -> bytes:
    """At most count bytes, read a chunk at a time (a single read would allocate count bytes at once)."""
    parts: list[bytes] = []
    total = 0
    while total < count:
        part = handle.read(min(chunk, count - total))
        if not part:
            break
        parts.append(part)
        total += len(part)
    return b"".join(parts)


def read_stdin(max_bytes: int = MAX_BYTES) -> bytes:
    """Standard input, at most ``max_bytes`` of it, or LoadError."""
    if sys.stdin is None:
        raise LoadError("standard input (-) is closed; pipe the text in or give a file")
    try:
        data = _read_up_to(sys.stdin.buffer, max_bytes + 1)
    except OSError as error:
        raise LoadError(f"standard input (-): cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise _too_big("standard input (-)", max_bytes)
    return data


def require_regular(path: str, flag: str) -> None:
    """Refuse a path given with an option (``--rules``) that is a FIFO, a device or a socket: reading it
    could block for ever. A missing file is left to the option's own reader, which says so."""
    if not path.strip():
        raise LoadError(f"{flag} '': an empty path; name the file or leave the option out")
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(f"{flag} {path}: is {kind(info.st_mode)}, not a regular file; give a .toml file")
