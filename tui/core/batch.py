"""One story of a batch: a JSONL line in, one JSON line out (docs/batch-format.md).

``story_line(line)`` is the whole per-story work, pure and self-contained so
that a process pool or a Dask worker can run it: it parses one input line
(``{"id", "base"?, "versions": [{"label", "text", "path"?}, ...]}``),
compares the versions and returns ``(id, output line, ok)``. The output line
is the JSON report ``syndiff report --format json`` prints for the same texts
(same engine, same fields), with ``"id"`` first, on one line; or, when the
story cannot be compared (malformed line, fewer than two versions, a base
that names no version, no text at all, an input the loader refuses),
``{"id": ..., "error": "one sentence"}`` with ``ok`` False. It never raises:
an unexpected failure is an error line too, so one story never stops a run.

Versions get ids A, B, C ... in the order given; ``path`` is echoed as given,
else the label stands for it (a ``.md`` path selects Markdown segmentation, as
it does for ``report``). Texts are taken as UTF-8 text, as ``report`` reads a
UTF-8 file.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import SyndiffError
from .input.loading import read_version, version_ids
from .model import Version
from .report.formats import GENERATOR  # the report's ``generator`` field, as ``syndiff report`` writes it


class StoryError(ValueError):
    """A story that cannot be compared; the message is the error line's sentence."""


def story_line(line: str, number: int = 0) -> tuple[Any, str, bool]:
    """(story id, output line without newline, reported) for one input line (1-based number, for messages)."""
    story_id = None
    try:
        story = _parse(line, number)
        story_id = story["id"]
        _check(story)
        return story_id, _report_line(story_id, _versions(story), story.get("base")), True
    except (StoryError, SyndiffError) as error:
        return story_id, error_line(story_id, str(error)), False
    except Exception as error:  # noqa: BLE001 - one story's failure must not stop the batch
        message = f"syndiff failed on this story ({type(error).__name__}: {error}); please report it with the story"
        return story_id, error_line(story_id, message), False


def error_line(story_id: Any, message: str) -> str:
    """An error output line: ``{"id": ..., "error": "..."}`` (ASCII escapes only if the id cannot be UTF-8)."""
    data = {"id": story_id, "error": " ".join(message.split())}
    line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # compact, as the report lines
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, separators=(",", ":"))
    return line


def _parse(line: str, number: int) -> dict[str, Any]:
    where = f"line {number}" if number else "the line"
    try:
        story = json.loads(line)
    except ValueError as error:
        raise StoryError(f"{where} is not valid JSON ({error}); write one JSON object per line") from None
    if not isinstance(story, dict):
        raise StoryError(f"{where} is not a JSON object; write one story object per line")
    story_id = story.get("id")
    if not isinstance(story_id, str):
        raise StoryError(f"{where} has no string \"id\"; give every story a unique id")
    return story


def _check(story: dict[str, Any]) -> None:
    """Refuse a story that cannot be compared, with the reason."""
    versions = story.get("versions")
    if not isinstance(versions, list) or len(versions) < 2:
        count = len(versions) if isinstance(versions, list) else 0
        raise StoryError(f"the story has {count} version{'s' if count != 1 else ''}; give two or more "
                         "in \"versions\" to compare")
    for n, version in enumerate(versions, 1):
        if not (isinstance(version, dict) and isinstance(version.get("label"), str) and version["label"]
                and isinstance(version.get("text"), str)):
            raise StoryError(f"version {n} needs a non-empty string \"label\" and a string \"text\"")
        if "path" in version and not isinstance(version["path"], str):
            raise StoryError(f"version {n}'s \"path\" is not a string; leave it out or give the path as text")
    _encodable(story["id"], "the id")
    for version in versions:
        _encodable(version["label"], "a label")
        _encodable(version.get("path", ""), "a path")
    labels = [v["label"] for v in versions]
    repeated = next((label for n, label in enumerate(labels) if label in labels[:n]), None)
    if repeated is not None:
        raise StoryError(f"two versions are labelled {repeated!r}; give every version its own label")
    if "base" in story and story["base"] is not None and story["base"] not in labels:
        raise StoryError(f"base {story['base']!r} is not the label of a version; use one of "
                         f"{', '.join(map(repr, labels))} or leave \"base\" out")


def _encodable(text: str, what: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise StoryError(f"{what} holds an unpaired surrogate escape (\\ud800-\\udfff); send UTF-8 text") from None


def _versions(story: dict[str, Any]) -> list[Version]:
    items = story["versions"]
    versions = []
    for vid, item in zip(version_ids(len(items)), items, strict=True):
        try:
            data = item["text"].encode("utf-8")
        except UnicodeEncodeError:
            raise StoryError(f"version {item['label']!r}'s text holds an unpaired surrogate escape; "
                             "send the text as UTF-8") from None
        versions.append(read_version(data, vid, item["label"], item.get("path") or item["label"]))
    if not any(v.paragraphs for v in versions):
        raise StoryError("every version is empty; give the versions' texts")
    return versions


def _report_line(story_id: str, versions: list[Version], base_label: str | None) -> str:
    from .analysis.stats import analyse
    from .diff.diffs import CellDiffs
    from .pipeline import compare
    from .report.report_json import build_report, compact_json

    base = next(n for n, v in enumerate(versions) if v.label == base_label) if base_label else None
    comparison = compare(versions, base)
    diffs = CellDiffs(comparison)
    report = build_report(comparison, analyse(comparison, diffs), generator=GENERATOR, diffs=diffs)
    return compact_json({"id": story_id, **report})
