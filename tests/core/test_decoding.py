"""Decoding odd inputs: Windows-1252 news copy, mixed encodings, UTF-16 without a mark, mojibake."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE
from tui.core.input.decoding import decode

SMART = "\u201cWe will not stand by,\u201d the minister said \u2013 \u2018not now\u2019 \u2014 and left\u2026\n"

# (id, bytes, expected text, expected encoding, a word the note must hold)
CASES = [
    ("cp1252 with smart quotes only", SMART.encode("cp1252") * 3, SMART * 3, "cp1252", "Windows-1252"),
    ("utf-8 with a latin-1 paragraph pasted in",
     "\u201cOui,\u201d dit-il.\n".encode() + "Le caf\u00e9 \u00e9tait ferm\u00e9 \u00e0 No\u00ebl.\n".encode("latin-1"),
     "\u201cOui,\u201d dit-il.\nLe caf\u00e9 \u00e9tait ferm\u00e9 \u00e0 No\u00ebl.\n", "utf-8+cp1252",
     "5 stray bytes"),
    ("one stray byte in utf-8", "It\u2019s a ".encode() + b"caf\xe9" + " \u2013 fine".encode(),
     "It\u2019s a caf\u00e9 \u2013 fine", "utf-8+cp1252", "1 stray byte"),
    ("a stray byte undefined in cp1252 stays visible", "\u2018a\u2019 ".encode() + b"\x81",
     "\u2018a\u2019 \x81", "utf-8+cp1252", "1 stray byte"),
    ("utf-16-le without a bom", "Plain text, long enough.\n".encode("utf-16-le"), "Plain text, long enough.\n",
     "utf-16-le", "no byte-order mark"),
    ("utf-16-be without a bom", "Plain text, long enough.\n".encode("utf-16-be"), "Plain text, long enough.\n",
     "utf-16-be", "no byte-order mark"),
    ("mojibake in utf-8", "It\u00e2\u20ac\u2122s here.".encode(), "It\u00e2\u20ac\u2122s here.", "utf-8",
     "garbled"),
]


@pytest.mark.parametrize("data,text,encoding,note", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_odd_encodings_decode_with_a_note(data, text, encoding, note):
    decoded, used, notes = decode(data, "f.txt")
    assert (decoded, used) == (text, encoding)
    assert len(notes) == 1 and note in notes[0]


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt")), ids=lambda p: p.name[:3])
def test_the_sample_saved_as_windows_1252_decodes_as_windows_1252(path):
    text = path.read_text(encoding="utf-8")
    decoded, used, notes = decode(text.encode("cp1252"), path.name)
    assert (decoded == text, used) == (True, "cp1252")
    assert notes == (f"{path.name}: not UTF-8, decoded as Windows-1252 (cp1252)",)


# (id, text, its legacy encoding)
LEGACY = [
    ("french cp1252", "Le ministre a déclaré : « Non ». Où est-il ? À bientôt — naïve.", "cp1252"),
    ("german cp1252", "Der Minister sagte: „Wir sind nicht einverstanden“. Grüße aus München.", "cp1252"),
    ("polish cp1250 with curly quotes", "Minister powiedział: „Nie zgadzamy się”. Źródła podają, że są gotowi.",
     "cp1250"),
    ("russian cp1251 with curly quotes", "Министр сказал: „Нет“ — и ушёл домой.", "cp1251"),
]


@pytest.mark.parametrize("text,encoding", [c[1:] for c in LEGACY], ids=[c[0] for c in LEGACY])
def test_curly_quotes_force_windows_1252_on_western_text_only(text, encoding):
    """Western copy decodes exactly; other copy is left to detection (which may still guess wrong on a
    text this short, but never as Windows-1252 because of its quotes)."""
    decoded, used, _ = decode(text.encode(encoding) * 3, "f.txt")
    if encoding == "cp1252":
        assert (decoded, used) == (text * 3, "cp1252")
    else:
        assert used != "cp1252"


def test_plain_text_gets_no_mojibake_note():
    text = "Caf\u00e9s in S\u00e3o Paulo and \u00abguillemets\u00bb, \u00a35 or \u20ac5 \u2014 all fine."
    assert decode(text.encode(), "f.txt") == (text, "utf-8", ())


def test_utf16_without_a_bom_that_does_not_decode_is_refused():
    from tui.core import LoadError

    with pytest.raises(LoadError, match="UTF-16-LE without a byte-order mark"):
        decode(("Plain text here. " * 20).encode("utf-16-le") + b"\x00\xdc", "f.txt")


# (id, text, legacy double-byte encoding): their bytes hold valid UTF-8 pairs by chance
DOUBLE_BYTE = [
    ("gb18030", "中华人民共和国国务院说，我们在这里有很多人来到上海。他说这是一个好消息。", "gb18030"),
    ("shift-jis", "東京都の知事は、新しい計画を発表しました。市民は喜んでいます。", "shift_jis"),
    ("euc-kr", "서울시장은 새로운 계획을 발표했습니다. 시민들은 기뻐하고 있습니다.", "euc_kr"),
]


@pytest.mark.parametrize("text,encoding", [c[1:] for c in DOUBLE_BYTE], ids=[c[0] for c in DOUBLE_BYTE])
def test_double_byte_encodings_are_not_taken_for_mixed_utf8(text, encoding):
    decoded, used, _ = decode(text.encode(encoding) * 5, "f.txt")
    assert decoded == text * 5 and "utf-8" not in used


def test_16_bit_numbers_are_binary_not_utf16():
    import struct

    from tui.core import LoadError

    with pytest.raises(LoadError, match="binary"):
        decode(struct.pack("<400H", *range(1, 401)), "f.bin")
