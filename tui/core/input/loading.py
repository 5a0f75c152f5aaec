"""Read story versions from files, folders or standard input.

``load_inputs`` turns the paths a user typed into ``Version`` objects. Every
problem becomes one ``LoadError`` whose message is a single line saying what is
wrong and what to do. Files are opened read-only and never written.

Decoding is ``decoding.decode``: a note on the version says when the text was
not plain UTF-8. Only regular files are read (``files.read_limited``), each up
to ``max_bytes`` (2 MB unless raised; web pages 5 times and Word documents 25
times that, for their markup and pictures), and a version may hold at most
``max_paragraphs`` paragraphs (10,000 unless raised): past either limit the
load stops with a message rather than running for minutes. A folder's
versions leave out its README-like files, hidden files and reports syndiff
wrote. Zero-width and direction characters inside words get a note: the word
diff ignores them.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from itertools import accumulate
from pathlib import Path

from ..collector import collector_paused
from ..errors import LoadError
from ..model import Version
from ..parallel import MIN_BYTES, can_fork, run_tasks
from .boilerplate import Rules, default_rules, label_paragraphs, label_story
from .decoding import decode
from .files import MAX_BYTES, oserror_message, read_limited, read_stdin, stat_input
from .readers import SUFFIXES as TEXT_SUFFIXES
from .readers import is_syndiff_report, read_paragraphs

MAX_PARAGRAPHS = 10_000
"""Versions with more paragraphs are refused unless the user raises the limit (--max-paragraphs): two
versions of 5,000 short paragraphs take about 2.3 s to compare, of 20,000 about 8 s; 200,000 took minutes."""

_HIDDEN_CHARS = r"[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
_HIDDEN = re.compile(_HIDDEN_CHARS)
_HIDDEN_IN_WORD = re.compile(rf"(?<=\w){_HIDDEN_CHARS}+(?=\w)")
"""Zero-width spaces, word joiners and direction marks between letters: invisible, ignored by the word diff,
shown by ``safe.visible``. Zero-width (non-)joiners are left out: Persian, Indic scripts and emoji need them."""


def _hidden_in_words(texts: list[str]) -> int:
    """How many ``_HIDDEN_IN_WORD`` characters the texts hold: looked for in them all at once, joined by line
    breaks (no word runs across one), after a quick search for any such character at all."""
    text = "\n".join(texts)
    return sum(map(len, _HIDDEN_IN_WORD.findall(text))) if _HIDDEN.search(text) else 0


def read_version(
    data: bytes, vid: str, label: str, path: str, rules: Rules | None = None, max_paragraphs: int = MAX_PARAGRAPHS
) -> Version:
    """Decode, segment and label one version."""
    paragraphs, encoding, notes = read_paragraphs(data, path, decode)
    if len(paragraphs) > max_paragraphs:
        raise LoadError(f"{path}: {len(paragraphs):,} paragraphs, more than the limit of {max_paragraphs:,} per "
                        "version; if it really is one story, raise the limit with --max-paragraphs")
    if not paragraphs:
        notes += (f"{path}: has no text; it is shown as an empty version",)
    hidden = _hidden_in_words([p.text for p in paragraphs])
    if hidden:
        notes += (f"{path}: {hidden} zero-width or text-direction character{'s' if hidden > 1 else ''} inside "
                  "words; the comparison ignores them and text reports show them as \\u codes",)
    return Version(vid, label, path, label_paragraphs(paragraphs, rules), encoding, notes)


def expand_paths(args: Sequence[str]) -> list[str]:
    """Turn the user's arguments into a list of file paths (``-`` kept as is)."""
    paths: list[str] = []
    for arg in args:
        if arg == "-":
            paths.append(arg)
            continue
        if stat.S_ISDIR(stat_input(arg).st_mode):
            paths.extend(str(p) for p in _versions_in(Path(arg), arg))
        else:
            paths.append(arg)
    if paths.count("-") > 1:
        raise LoadError("standard input (-) can be given only once")
    return paths


NOT_VERSIONS = frozenset({"readme", "license", "licence", "changelog", "changes", "contributing", "notes", "index"})
"""File stems (lower case) in a story folder that describe it rather than being a version of the story."""


def _is_version(path: Path) -> bool:
    return (path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith((".", "~$"))
            and path.stem.lower() not in NOT_VERSIONS and path.is_file() and not is_syndiff_report(path))


def _listing(folder: Path, arg: str) -> list[Path]:
    """A folder's entries, or LoadError when it cannot be read."""
    try:
        return list(folder.iterdir())
    except OSError as error:
        raise LoadError(oserror_message(arg, error)) from None


def _holds_versions(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(_is_version(q) for q in folder.iterdir())
    except OSError:
        return False


def _versions_in(folder: Path, arg: str) -> list[Path]:
    """The versions in a story folder, by name (README and similar files left out)."""
    entries = _listing(folder, arg)
    found = sorted(p for p in entries if _is_version(p))
    if found:
        return found
    stories = sorted(p.name for p in entries if _holds_versions(p))
    if stories:
        listed = ", ".join(stories[:3]) + (", ..." if len(stories) > 3 else "")
        raise LoadError(f"{arg}: holds story folders ({listed}), not versions; give one of them, "
                        f"e.g. {Path(arg) / stories[0]}")
    raise LoadError(f"{arg}: no .txt, .md, .html or .docx files in this directory; "
                    "point syndiff at the versions' files")


FILE_ALLOWANCE = {".html": 5, ".htm": 5, ".docx": 25}
"""How many times the byte limit a file of these kinds may be: a saved web page carries scripts and styles,
a Word document its pictures, so their text is a small part of their size."""


def read_bytes(path: str, stdin: Callable[[], bytes] | None = None, max_bytes: int = MAX_BYTES) -> bytes:
    """Read one input's bytes (at most ``max_bytes``, more for web pages and Word documents), turning OS errors
    into LoadError."""
    if path != "-":
        return read_limited(path, max_bytes * FILE_ALLOWANCE.get(Path(path).suffix.lower(), 1))
    if stdin is None:
        return read_stdin(max_bytes)
    data = stdin()
    if len(data) > max_bytes:
        raise LoadError(f"standard input (-): larger than the limit per version ({max_bytes:,} bytes); "
                        "raise it with --max-bytes")
    return data


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


def load_inputs(args: Sequence[str], rules: Rules | None = None, stdin: Callable[[], bytes] | None = None,
                max_bytes: int = MAX_BYTES, max_paragraphs: int = MAX_PARAGRAPHS, parallel: bool = False,
                meanwhile: Callable[[], object] | None = None) -> list[Version]:
    """Load every version named by the user's arguments, in order (limits per version).

    ``parallel``: on big inputs, decode, segment and label half the versions in a forked process
    (``parallel.run_tasks``); the result is the same. ``meanwhile``: the caller's own work (imports for the
    later stages), done while two forked children read all the versions; not called when nothing forks.
    """
    if not args:
        raise LoadError("no input given; name the versions' files or a directory")
    with collector_paused():  # the paragraphs are many small acyclic objects: collections would only cost time
        return _load(args, rules, stdin, max_bytes, max_paragraphs, parallel, meanwhile)


def _load(args: Sequence[str], rules: Rules | None, stdin: Callable[[], bytes] | None, max_bytes: int,
          max_paragraphs: int, parallel: bool, meanwhile: Callable[[], object] | None = None) -> list[Version]:
    paths = expand_paths(args)
    ids = version_ids(len(paths))
    labels = unique_labels(paths)
    versions = _read_split(ids, labels, paths, rules, max_bytes, max_paragraphs, meanwhile) if parallel else None
    if versions is None:
        versions = []
        for vid, label, path in zip(ids, labels, paths, strict=True):
            data = read_bytes(path, stdin, max_bytes)
            versions.append(read_version(data, vid, label, path, rules, max_paragraphs))
    versions = label_story(versions, rules)
    if len(versions) == 1:
        only = versions[0]
        versions[0] = replace(only, notes=only.notes + (
            f"{only.path}: the only version given; add the other versions (files or their folder) to compare",))
    return versions


def _read_split(ids: list[str], labels: list[str], paths: list[str], rules: Rules | None, max_bytes: int,
                max_paragraphs: int, meanwhile: Callable[[], object] | None = None) -> list[Version] | None:
    """The versions read in two processes, half the bytes each; None when that would not pay or could change
    the result: small inputs, standard input, a file that cannot be read (the one-by-one loop reports it in
    order), user rules (their time budgets carry over from one version to the next)."""
    if len(paths) < 2 or "-" in paths or (rules is not None and any(rule.budget is not None for rule in rules.rules)):
        return None
    try:
        if sum(os.stat(path).st_size for path in paths) < MIN_BYTES or not can_fork():
            return None  # before reading: the one-by-one loop reads small inputs once
        datas = [read_bytes(path, None, max_bytes) for path in paths]
    except (OSError, LoadError):
        return None
    total = sum(len(data) for data in datas)
    sums = list(accumulate(len(data) for data in datas))
    cut = min(range(1, len(datas)), key=lambda k: abs(2 * sums[k - 1] - total))  # half the bytes each
    items = list(zip(datas, ids, labels, paths, strict=True))
    rules = rules or default_rules()  # parsed once, before the fork

    def read(part: list[tuple[bytes, str, str, str]]) -> list[Version]:
        return [read_version(data, vid, label, path, rules, max_paragraphs) for data, vid, label, path in part]

    first, second = run_tasks([partial(read, items[:cut]), partial(read, items[cut:])], parallel=True,
                              meanwhile=meanwhile)
    return first + second


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
