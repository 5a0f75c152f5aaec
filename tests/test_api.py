"""The Python API: in-memory strings in, the engine's comparison, analysis and reports out."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tui
from tui.core import LoadError, SyndiffError

ORIGINAL = "The council approved the budget on Monday.\nThe mayor said: \u2018We are pleased.\u2019\n"
COPY_MD = "The [council](https://example.com/council) approved the budget on Tuesday.\n\nThe mayor said: " \
          "\u2018We are pleased.\u2019\n"


def test_compare_in_memory_strings_with_labels():
    story = tui.compare({"original": ORIGINAL, "copy.md": COPY_MD}, base="original")
    assert [v.label for v in story.versions] == ["original", "copy.md"] and story.base == 0
    assert "https" not in story.versions[1].paragraphs[0].text  # the label's .md chose the Markdown reader
    analysis = tui.analyse(story)
    assert 0 < analysis.stats[1].verbatim < 1 and analysis.stats[1].edited > 0


def test_a_list_of_texts_is_labelled_by_id_and_base_by_position():
    story = tui.compare([ORIGINAL, ORIGINAL.replace("Monday", "Friday")], base=1)
    assert [v.label for v in story.versions] == ["A", "B"] and story.base == 1


@pytest.mark.parametrize("fmt", ["json", "html", "markdown", "text"])
def test_render_every_format(fmt):
    text = tui.render(tui.compare([ORIGINAL, COPY_MD]), fmt)
    assert "\x1b[" not in text and "council" in text
    if fmt == "json":
        assert json.loads(text)["format"] == "syndiff-report"


# (id, call, error, message)
ERRORS = [
    ("no texts", lambda: tui.compare({}), LoadError, "at least one text"),
    ("unknown base", lambda: tui.compare([ORIGINAL], base="Z"), SyndiffError, "names no version"),
    ("unknown format", lambda: tui.render(tui.compare([ORIGINAL]), "pdf"), SyndiffError, "unknown format"),
    ("links-only markdown", lambda: tui.compare({"a.md": "[Home](/)\n"}), LoadError, "only links"),
]


@pytest.mark.parametrize("call,error,message", [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_bad_input_raises_one_line_errors(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_import_tui_loads_no_engine():
    code = "import sys, tui; print(sorted(m for m in sys.modules if m.startswith(('tui.', 'textual', 'rich'))))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_readme_example_runs():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert len([line for line in code.splitlines() if line.strip()]) <= 7
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "verbatim" in proc.stdout


def test_labels_ending_in_html_or_docx_pick_those_readers():
    from tests.core.test_readers import TITLE, original, page, word_document

    story = tui.compare({"page.html": page(original(), TITLE), "copy.docx": word_document(original(), TITLE)})
    assert [[p.text for p in v.paragraphs] for v in story.versions] == [[TITLE, *original()]] * 2
