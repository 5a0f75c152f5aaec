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

import codecs
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from .boilerplate import Rules, label_paragraphs, label_story
from .errors import LoadError
from .model import Version
from .readers import SUFFIXES as TEXT_SUFFIXES
from .readers import is_syndiff_report, read_paragraphs

MAX_BYTES = 64 * 1024 * 1024
"""Refuse inputs larger than this: they are not articles."""


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes to text, returning (text, encoding, notes)."""
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[3:], name), "utf-8-sig", ()
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise LoadError(f"{name}: starts with a {encoding.upper()} byte-order mark but is not valid "
                                f"{encoding.upper()} ({error.reason}); re-save it as UTF-8") from None
            return text.lstrip("\ufeff"), encoding, (f"{name}: decoded as {encoding.upper()} (byte-order mark)",)
    if _looks_binary(data):
        raise LoadError(f"{name}: looks like a binary file, not text; give syndiff .txt, .md, .html or .docx files")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    encoding = _detect(data)
    if encoding is None:
        raise LoadError(f"{name}: is not UTF-8 and its encoding could not be detected; re-save it as UTF-8")
    text = data.decode(encoding, errors="replace")
    return text, encoding, (f"{name}: not UTF-8, decoded as {encoding}",)


def _utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError(f"{name}: has a UTF-8 byte-order mark but invalid UTF-8 at byte {error.start + 3}; "
                        "re-save it as UTF-8") from None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KB mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


_WESTERN = ("cp1252", "latin_1", "iso8859_1", "iso8859_15")


def _detect(data: bytes) -> str | None:
    """The likeliest legacy encoding; Windows-1252 wins ties (Western newsrooms)."""
    from charset_normalizer import from_bytes  # deferred: only needed for legacy encodings

    results = list(from_bytes(data))
    if not results:
        return None
    best = results[0]
    for match in results:
        if (match.encoding in _WESTERN and match.chaos <= best.chaos + 0.01
                and match.coherence >= best.coherence - 0.02):
            try:
                data.decode("cp1252")
                return "cp1252"
            except UnicodeDecodeError:
                return match.encoding
    return best.encoding


def read_version(
    data: bytes, vid: str, label: str, path: str, rules: Rules | None = None
) -> Version:
    """Decode, segment and label one version."""
    paragraphs, encoding, notes = read_paragraphs(data, path, decode)
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
    return (path.is_file() and path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith((".", "~$"))
            and path.stem.lower() not in NOT_VERSIONS and not is_syndiff_report(path))


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
    raise LoadError(f"{arg}: no .txt, .md, .html or .docx files in this directory; "
                    "point syndiff at the versions' files")


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
    """File stems as labels, made unique by the file's ending (001.md, 001.html) or its folder where needed."""
    stems = ["stdin" if p == "-" else Path(p).stem for p in paths]
    names = [Path(p).name for p in paths]
    labels = []
    for path, stem, name in zip(paths, stems, names, strict=True):
        if stems.count(stem) > 1 and path != "-":
            stem = name if names.count(name) == 1 else f"{Path(path).parent.name}/{stem}"
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
    versions = label_story(versions, rules)
    if len(versions) == 1:
        only = versions[0]
        versions[0] = replace(only, notes=only.notes + (
            f"{only.path}: the only version given; add the other versions (files or their folder) to compare",))
    return versions


def with_labels(versions: Sequence[Version], labels: Sequence[str]) -> list[Version]:
    """The versions named by the user's labels in order (``--label``); versions past the last label keep theirs."""
    if len(labels) > len(versions):
        raise LoadError(f"--label given {len(labels)} times for {len(versions)} versions; "
                        "give at most one label per version, in the versions' order")
    given = [" ".join(label.split()) for label in labels]
    if not all(given):
        raise LoadError("--label: a label cannot be empty; give each version a name, e.g. --label original")
    names = given + [v.label for v in versions[len(given):]]
    for name in given:
        if names.count(name) > 1:
            raise LoadError(f"--label {name!r}: two versions would have this name; give each version its own label")
    return [replace(version, label=name) for version, name in zip(versions, names, strict=True)]
