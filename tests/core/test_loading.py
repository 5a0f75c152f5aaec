"""Decoding, inputs and their errors."""

from __future__ import annotations

import codecs

import pytest

from tui.core import LoadError, load_inputs
from tui.core.input.loading import decode

TEXT = "“Don’t,” she said – it’s café time… £5"

# (id, bytes, expected encoding, note expected)
ENCODINGS = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8", False),
    ("utf-8 with bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", False),
    ("utf-16 le bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", True),
    ("utf-16 be bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", True),
    ("windows-1252", (TEXT + " The café’s owner said the cost was £5. ") .encode("cp1252") * 3, "cp1252", True),
]


@pytest.mark.parametrize("data,encoding,noted", [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
def test_decode(data, encoding, noted):
    text, used, notes = decode(data, "f.txt")
    assert text.startswith(TEXT)
    assert used == encoding
    assert bool(notes) == noted


def test_latin1_text_decodes():
    data = "Le café était fermé à Noël, déclarait le maître.".encode("latin-1")
    text, _, notes = decode(data, "f.txt")
    assert text == "Le café était fermé à Noël, déclarait le maître."
    assert notes


@pytest.mark.parametrize("data", [b"\x00\x01\x02PNG\x00\x00", bytes(range(256)) * 4], ids=["nul bytes", "all bytes"])
def test_binary_is_refused(data):
    with pytest.raises(LoadError, match="binary"):
        decode(data, "f.bin")


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load_inputs([str(tmp_path / "nope.txt")])


def test_empty_directory(tmp_path):
    with pytest.raises(LoadError, match="no .txt, .md, .html or .docx files"):
        load_inputs([str(tmp_path)])


def test_directory_sorted_by_name(tmp_path):
    for name in ("b.txt", "a.md", "c.json"):
        (tmp_path / name).write_text("Text.\n", encoding="utf-8")
    versions = load_inputs([str(tmp_path)])
    assert [v.label for v in versions] == ["a", "b"]
    assert [v.id for v in versions] == ["A", "B"]


def test_a_story_folder_leaves_out_its_readme_and_hidden_files(tmp_path):
    for name in ("README.md", "LICENSE.txt", ".draft.txt", "original.txt", "copy.txt"):
        (tmp_path / name).write_text("Text.\n", encoding="utf-8")
    assert [v.label for v in load_inputs([str(tmp_path)])] == ["copy", "original"]


def test_a_folder_of_story_folders_says_to_open_one(tmp_path):
    (tmp_path / "README.md").write_text("About these stories.\n", encoding="utf-8")
    for story in ("floods", "budget"):
        (tmp_path / story).mkdir()
        (tmp_path / story / "a.txt").write_text("Text.\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"holds story folders \(budget, floods\), not versions; give one of them, "
                                        r"e\.g\. .*budget"):
        load_inputs([str(tmp_path)])


def test_a_single_version_carries_a_note_saying_so(tmp_path):
    (tmp_path / "only.txt").write_text("Text.\n", encoding="utf-8")
    (version,) = load_inputs([str(tmp_path / "only.txt")])
    assert any("the only version given" in note for note in version.notes)
    assert not any("only version" in note for v in load_inputs([str(tmp_path / "only.txt")] * 2) for note in v.notes)


def test_stdin_version():
    versions = load_inputs(["-"], stdin=lambda: "One.\nTwo.\n".encode())
    assert versions[0].label == "stdin"
    assert len(versions[0].paragraphs) == 2


def test_same_stems_get_unique_labels(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("Text.\n", encoding="utf-8")
    versions = load_inputs([str(tmp_path / "x" / "story.txt"), str(tmp_path / "y" / "story.txt")])
    assert len({v.label for v in versions}) == 2


def test_same_story_in_several_formats_is_labelled_by_file_name(tmp_path):
    for name in ("001.txt", "001.md"):
        (tmp_path / name).write_text("The council met.\n", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "001.txt").write_text("The council met.\n", encoding="utf-8")
    paths = [str(tmp_path / "001.txt"), str(tmp_path / "001.md"), str(tmp_path / "other" / "001.txt")]
    labels = [v.label for v in load_inputs(paths)]
    assert labels[1] == "001.md" and len(set(labels)) == 3 and labels[2] == "other/001"


def test_an_unreadable_folder_says_permission_denied(tmp_path, monkeypatch):
    from pathlib import Path

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    with pytest.raises(LoadError, match="permission denied"):
        load_inputs([str(tmp_path)])


def test_reports_syndiff_wrote_are_left_out_of_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Other text.\n", encoding="utf-8")
    (tmp_path / "summary.md").write_text("# syndiff report\n\n2 versions\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("syndiff report\n\nAnything.\n", encoding="utf-8")
    assert [v.label for v in load_inputs([str(tmp_path)])] == ["a", "b"]


# (id, loader keyword arguments, file text, message fragment)
LIMITS = [
    ("bytes", {"max_bytes": 10}, "Eleven bytes and more.\n", "larger than 10 bytes"),
    ("paragraphs", {"max_paragraphs": 3}, "One.\nTwo.\nThree.\nFour.\n", "4 paragraphs, more than the limit of 3"),
]


@pytest.mark.parametrize("limits,text,fragment", [c[1:] for c in LIMITS], ids=[c[0] for c in LIMITS])
def test_limits_stop_the_load_with_a_message(tmp_path, limits, text, fragment):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match=fragment):
        load_inputs([str(tmp_path / "a.txt")], **limits)
    assert load_inputs([str(tmp_path / "a.txt")])  # the defaults are far above


def test_web_pages_and_word_documents_may_be_larger_than_text(tmp_path):
    page = tmp_path / "page.html"
    prose = "".join(f"<p>The council approved the budget on Monday, item {n}, after a long debate in the "
                    "chamber that ran late into the evening and drew a crowd of residents.</p>" for n in range(6))
    page.write_text(f"<html><head><title>Budget</title><script>{'x' * 3000}</script></head><body><article>"
                    f"<h1>Budget approved</h1>{prose}</article></body></html>", encoding="utf-8")
    (tmp_path / "same.txt").write_bytes(page.read_bytes())
    assert load_inputs([str(page)], max_bytes=1500)
    with pytest.raises(LoadError, match="larger than 1.46 KB"):
        load_inputs([str(tmp_path / "same.txt")], max_bytes=1500)


def test_stdin_past_the_limit_is_refused():
    with pytest.raises(LoadError, match="standard input"):
        load_inputs(["-"], stdin=lambda: b"x" * 100, max_bytes=50)
