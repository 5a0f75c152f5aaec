"""Read story versions from files, folders or standard input.

``load_inputs`` turns the paths a user typed into ``Version`` objects. Every
problem becomes one ``LoadError`` whose message is a single line saying what is
wrong and what to do. Files are opened read-only and never written.

Decoding: UTF-8 with or without a BOM first, UTF-16 with a BOM, then
charset-normalizer's detection (Windows-1252, Latin-1 ...). A note on the
version says when the text was not plain UTF-8. Files that look binary are
refused.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from .boilerplate import Rules, label_paragraphs
from .decoding import decode
from .errors import LoadError
from .model import Version
from .segment import split_paragraphs

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
"""File endings read from a directory."""

MAX_BYTES = 64 * 1024 * 1024
"""Refuse inputs larger than this: they are not articles."""


def read_version(
    data: bytes, vid: str, label: str, path: str, rules: Rules | None = None
) -> Version:
    """Decode, segment and label one version."""
    text, encoding, notes = decode(data, path)
    paragraphs = split_paragraphs(text, markdown=path.lower().endswith((".md", ".markdown")))
    if not paragraphs:
        notes += (f"{path}: has no text; it is shown as an empty version",)
    return Version(vid, label, path, label_paragraphs(paragraphs, rules), encoding, notes)


def expand_paths(args: Sequence[str]) -> list[str]:
    """Turn the user's arguments into a list of file paths (``-`` kept as is)."""
    paths: list[str] = []
    for arg in args:
        if arg == "-":
            paths.append(arg)
            continue
        path = Path(arg)
        if path.is_dir():
            paths.extend(str(p) for p in _versions_in(path, arg))
        elif not path.exists():
            raise LoadError(f"{arg}: no such file or directory; check the path")
        else:
            paths.append(arg)
    if paths.count("-") > 1:
        raise LoadError("standard input (-) can be given only once")
    return paths


NOT_VERSIONS = frozenset({"readme", "license", "licence", "changelog", "changes", "contributing", "notes", "index"})
"""File stems (lower case) in a story folder that describe it rather than being a version of the story."""


def _is_version(path: Path) -> bool:
    return (path.is_file() and path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith(".")
            and path.stem.lower() not in NOT_VERSIONS)


def _versions_in(folder: Path, arg: str) -> list[Path]:
    """The versions in a story folder, by name (README and similar files left out)."""
    found = sorted(p for p in folder.iterdir() if _is_version(p))
    if found:
        return found
    stories = sorted(p.name for p in folder.iterdir() if p.is_dir() and any(_is_version(q) for q in p.iterdir()))
    if stories:
        listed = ", ".join(stories[:3]) + (", ..." if len(stories) > 3 else "")
        raise LoadError(f"{arg}: holds story folders ({listed}), not versions; give one of them, "
                        f"e.g. {Path(arg) / stories[0]}")
    raise LoadError(f"{arg}: no .txt or .md files in this directory; point syndiff at the versions' files")


def read_bytes(path: str, stdin: Callable[[], bytes] | None = None) -> bytes:
    """Read one input's bytes, turning OS errors into LoadError."""
    if path == "-":
        return (stdin or (lambda: sys.stdin.buffer.read()))()
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            raise LoadError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; this is not an article")
        with open(path, "rb") as handle:
            return handle.read()
    except IsADirectoryError:
        raise LoadError(f"{path}: is a directory; give files or one directory") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise LoadError(f"{path}: cannot be read ({error.strerror or error}); check the path") from None


def version_ids(count: int) -> list[str]:
    """A, B, ... Z, then A2, B2 ... for very many versions."""
    letters = [chr(ord("A") + i) for i in range(26)]
    return [letters[i % 26] + (str(i // 26 + 1) if i >= 26 else "") for i in range(count)]


def unique_labels(paths: Sequence[str]) -> list[str]:
    """File stems as labels, made unique by adding the parent folder where needed."""
    stems = ["stdin" if p == "-" else Path(p).stem for p in paths]
    labels = []
    for path, stem in zip(paths, stems):
        if stems.count(stem) > 1 and path != "-":
            stem = f"{Path(path).parent.name}/{stem}"
        labels.append(stem)
    seen: dict[str, int] = {}
    for i, label in enumerate(labels):
        if label in seen:
            seen[label] += 1
            labels[i] = f"{label}#{seen[label]}"
        else:
            seen[label] = 1
    return labels


def load_inputs(args: Sequence[str], rules: Rules | None = None,
                stdin: Callable[[], bytes] | None = None) -> list[Version]:
    """Load every version named by the user's arguments, in order."""
    if not args:
        raise LoadError("no input given; name the versions' files or a directory")
    paths = expand_paths(args)
    ids = version_ids(len(paths))
    labels = unique_labels(paths)
    versions = []
    for vid, label, path in zip(ids, labels, paths):
        data = read_bytes(path, stdin)
        versions.append(read_version(data, vid, label, path, rules))
    if len(versions) == 1:
        only = versions[0]
        versions[0] = replace(only, notes=only.notes + (
            f"{only.path}: the only version given; add the other versions (files or their folder) to compare",))
    return versions
