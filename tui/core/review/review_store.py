"""The review file: where it lives, reading it, and writing it safely.

``default_path(inputs, versions, base)``: ``.syndiff-review.json`` in the story
folder when the input is one folder; otherwise an existing
``<stem>.syndiff-review.json`` beside one of the versions (the base's first)
or an existing ``.syndiff-review.json`` in the base's folder (the story folder,
its files named one by one), else a new ``<stem>.syndiff-review.json`` beside
the base version's file. None when there is no file to
sit beside (standard input).

``ReviewStore.open(path, versions)`` reads the file (a missing or empty file
is an empty review) and refuses a path that is one of the inputs (same device
and inode, or the same path). A file that is not JSON, or not a syndiff
review, raises ``ReviewError`` with one line saying what to do: it is never
overwritten. ``put(decision)`` saves at once, merged into the file as it is
then (so two viewers of one story keep each other's decisions): the JSON goes
to a temporary file in the same folder, is flushed and fsynced, then renamed
over the old file (``os.replace``), so a crash leaves the old or the new
file, never half of one. The inputs are never opened for writing.

File format (``format_version`` 1)::

    {"format": "syndiff-review", "format_version": 1,
     "decisions": [{"key": "...", "status": "flagged", "note": "...",
                    "versions": ["001_...", "002_..."], "texts": {"001_...": "hash"},
                    "updated": "2026-12-01T21:04:00Z"}]}
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import SyndiffError
from ..model import Version

if TYPE_CHECKING:
    from .decisions import Decision

FORMAT = "syndiff-review"
FORMAT_VERSION = 1
FOLDER_NAME = ".syndiff-review.json"
SUFFIX = ".syndiff-review.json"


class ReviewError(SyndiffError):
    """A review file that cannot be read, or a path where one must not be written."""


def default_path(inputs: Sequence[str], versions: Sequence[Version], base: int) -> Path | None:
    """Where the story's review file is by default (None: nowhere to put it)."""
    if len(inputs) == 1 and inputs[0] != "-" and Path(inputs[0]).is_dir():
        return Path(inputs[0]) / FOLDER_NAME
    order = [base] + [v for v in range(len(versions)) if v != base]
    beside = [Path(versions[v].path).with_name(Path(versions[v].path).stem + SUFFIX)
              for v in order if versions[v].path != "-"]
    folders = [p.with_name(FOLDER_NAME) for p in beside[:1]]  # the files of a story folder, named one by one
    existing = [p for p in beside + folders if p.is_file()]
    found = existing or beside
    return found[0] if found else None


def _same_file(a: Path, b: Path) -> bool:
    try:
        sa, sb = a.stat(), b.stat()
    except OSError:
        return a.absolute() == b.absolute()
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def check_not_input(path: Path, versions: Sequence[Version]) -> None:
    """Refuse a review path that is one of the inputs (compared by device and inode)."""
    for version in versions:
        if version.path != "-" and _same_file(path, Path(version.path)):
            raise ReviewError(f"--review {path}: that is one of the input files; choose another path "
                              "(syndiff never writes into its inputs)")


def _decision(raw: object) -> Decision:
    from .decisions import STATUSES, Decision  # here: the viewer's start reads no review file (see review_view)

    if not isinstance(raw, dict) or not isinstance(raw.get("key"), str) or raw.get("status") not in STATUSES:
        raise ValueError("a decision without a key or a known status")
    texts = raw.get("texts") or {}
    if not isinstance(texts, dict):
        raise ValueError("a decision whose texts are not a mapping")
    return Decision(raw["key"], raw["status"], str(raw.get("note") or ""),
                    tuple(str(v) for v in raw.get("versions") or ()),
                    tuple(sorted((str(k), str(v)) for k, v in texts.items())), str(raw.get("updated") or ""))


def read_decisions(path: Path) -> list[Decision]:
    """The decisions in a review file ([] when it does not exist or is empty); ReviewError when it is not one."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        raise ReviewError(f"review file {path}: cannot be read ({getattr(error, 'strerror', None) or error}); "
                          "check it, or choose another with --review") from None
    if not text.strip():
        return []
    fix = "move it away or choose another file with --review"
    import json  # here, not at the top: the viewer's start reads no review file (json costs 1 ms to import)

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReviewError(f"review file {path}: not valid JSON (line {error.lineno}); {fix}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReviewError(f"review file {path}: not a syndiff review file; {fix}")
    if not isinstance(data.get("format_version"), int) or data["format_version"] > FORMAT_VERSION:
        raise ReviewError(f"review file {path}: written by a newer syndiff (format_version "
                          f"{data.get('format_version')!r}); update syndiff or {fix}")
    try:
        return [_decision(raw) for raw in data.get("decisions") or []]
    except (ValueError, TypeError) as error:
        raise ReviewError(f"review file {path}: damaged ({error}); {fix}") from None


def _as_json(decisions: Sequence[Decision]) -> str:
    import json

    data = {"format": FORMAT, "format_version": FORMAT_VERSION, "decisions": [
        {"key": d.key, "status": d.status, "note": d.note, "versions": list(d.versions),
         "texts": dict(d.texts), "updated": d.updated} for d in decisions]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Replace path's content with text: temp file, fsync, rename (the old file survives any crash before)."""
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    with suppress(OSError):  # the rename itself reaches the disk (not every system lets a folder be fsynced)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class ReviewStore:
    """The decisions of one story, saved to their file on every change."""

    def __init__(self, path: Path | None, decisions: Sequence[Decision], versions: Sequence[Version]) -> None:
        self.path = path
        """The review file (None: decisions are kept for this session only)."""
        self.decisions = {d.key: d for d in decisions}
        self.versions = tuple(versions)

    @classmethod
    def open(cls, path: Path | None, versions: Sequence[Version]) -> ReviewStore:
        """Read the review at path (nothing yet is fine); ReviewError for an input or a foreign file."""
        if path is None:
            return cls(None, [], versions)
        check_not_input(path, versions)
        if path.is_dir():
            raise ReviewError(f"--review {path}: is a folder; give a file name")
        return cls(path, read_decisions(path), versions)

    def put(self, decision: Decision, replaces: str | None = None) -> None:
        """Record a decision (replacing the one under ``replaces``, e.g. a stale one) and save it at once.

        The file as it is now is the starting point, so two viewers of one story (two browser tabs of
        ``syndiff serve``) keep each other's decisions. If saving fails (OSError, ReviewError) nothing
        changes, in memory or on disk.
        """
        on_disk = read_decisions(self.path) if self.path is not None and self.path.is_file() else None
        decisions = {d.key: d for d in on_disk} if on_disk is not None else dict(self.decisions)
        decisions.pop(replaces or decision.key, None)
        decisions.pop(decision.key, None)
        if not decision.is_empty:
            decisions[decision.key] = decision
        self._save(decisions)
        self.decisions = decisions

    def _save(self, decisions: dict[str, Decision]) -> None:
        if self.path is None:
            return
        check_not_input(self.path, self.versions)
        write_atomic(self.path, _as_json(list(decisions.values())))
