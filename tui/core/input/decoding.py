"""Decode an input's bytes to text, saying which encoding was used.

``decode(data, name)`` returns ``(text, encoding, notes)`` or raises
``LoadError`` with a one-line message. The order of the checks:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-16 without a mark, told by zero bytes at every other position
   (text in Latin script has a NUL beside almost every letter);
3. files that still hold NULs or many control bytes are refused as binary;
4. strict UTF-8;
5. UTF-8 with a few stray bytes (a Latin-1 paragraph pasted into a UTF-8
   file, one bad byte): when the file holds valid multi-byte UTF-8 and the
   stray bytes stand mostly alone (accented letters among ASCII, not the
   byte pairs of GB18030 or Shift-JIS), it is read as UTF-8 and each stray
   byte on its own as Windows-1252, with a note;
6. Windows-1252 when it decodes, the bytes 0x80-0x9F are its typographic
   punctuation (curly quotes, dashes), accented letters are a minority and
   none of them reads as a Central European letter in Windows-1250 (e caron,
   r caron ...), as in English, French or German news copy (charset-normalizer
   would often pick cp1250 there);
7. otherwise charset-normalizer's detection, Windows-1252 winning ties.

Every path except plain UTF-8 adds a note naming the encoding. A text that
looks like mojibake (UTF-8 once read as Windows-1252: "â€™" for "’") gets a
note too: syndiff shows it as it is, it cannot tell what the source said.
"""

from __future__ import annotations

import codecs
import re

from ..errors import LoadError

_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_ESCAPED = re.compile("[\udc80-\udcff]")
_ESCAPED_RUN = re.compile("[\udc80-\udcff]{2,}")
_PUNCTUATION = frozenset(b"\x80\x82\x84\x85\x86\x87\x89\x8b\x91\x92\x93\x94\x95\x96\x97\x99\x9b")
"""Windows-1252's typographic bytes: euro, low quotes, ellipsis, daggers, per mille, curly quotes, dashes, TM."""
_LETTERS_8X = frozenset(b"\x8a\x8c\x8e\x9a\x9c\x9e")
"""Letters at the same place among 0x80-0x9F in Windows-1252 and Windows-1250 (S, Z with caron; OE/S acute).
0x9F (Y diaeresis in 1252, z acute in 1250) is left out: it points to Central European text."""
_OTHER_SCRIPTS = frozenset(b"\xa5\xaf\xb3\xb9\xbc\xbe\xc3\xc5\xc6\xcc\xd0\xd1\xd2\xd5\xd8\xdb\xde"
                           b"\xe3\xe5\xe6\xec\xf0\xf1\xf2\xf5\xf8\xfe")
"""Bytes that are a letter of Central European text in Windows-1250 (e caron, r caron, n caron, l stroke,
a ogonek ...) and a rarer letter or symbol in Windows-1252: with them, detection decides, not this rule.
(Bytes the two code pages share, such as e acute or u umlaut, and French grave accents stay allowed.)"""


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes to text, returning (text, encoding, notes)."""
    text, encoding, notes = _decode(data, name)
    return text, encoding, notes + _mojibake_note(text, name)


def _decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    marked = _with_bom(data, name)
    if marked is not None:
        return marked
    wide = _utf16_without_bom(data, name)
    if wide is not None:
        return wide
    if _looks_binary(data):
        raise LoadError(f"{name}: looks like a binary file, not text; give syndiff .txt, .md, .html or .docx files")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    if _MULTIBYTE.search(data):
        mixed = _mixed(data, name)
        if mixed is not None:
            return mixed
    if _western(data):
        return data.decode("cp1252"), "cp1252", (f"{name}: not UTF-8, decoded as Windows-1252 (cp1252)",)
    encoding = _detect(data)
    if encoding is None:
        raise LoadError(f"{name}: is not UTF-8 and its encoding could not be detected; re-save it as UTF-8")
    text = data.decode(encoding, errors="replace")
    return text, encoding, (f"{name}: not UTF-8, decoded as {encoding}",)


def _with_bom(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]] | None:
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
    return None


def _utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError(f"{name}: has a UTF-8 byte-order mark but invalid UTF-8 at byte {error.start + 3}; "
                        "re-save it as UTF-8") from None


def _utf16_without_bom(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-16 told by its zero bytes: at odd positions (little-endian) or even ones (big-endian)."""
    head = data[:8192]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.4 * len(zeros) and others.count(0) <= 0.02 * len(others):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise LoadError(f"{name}: looks like {encoding.upper()} without a byte-order mark but is not "
                                "valid UTF-16; re-save it as UTF-8") from None
            if _controls(text[:4096]) > 0.02:
                return None  # 16-bit numbers, not text: refused as binary next
            return text, encoding, (f"{name}: decoded as {encoding.upper()} (no byte-order mark; "
                                    "told by its zero bytes)",)
    return None


def _controls(text: str) -> float:
    """The share of C0 and C1 control characters (tabs and line ends aside) in a text."""
    count = sum(1 for c in text if (c < " " and c not in "\t\n\r\f") or "\x7f" <= c <= "\x9f")
    return count / len(text) if text else 0.0


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KB mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


def _mixed(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 with stray bytes, each decoded on its own as Windows-1252; None when the stray bytes come in
    runs, as in a double-byte legacy encoding (GB18030, Shift-JIS), whose text has valid UTF-8 by chance."""
    escaped = data.decode("utf-8", errors="surrogateescape")  # each stray byte b becomes U+DC00 + b
    stray = len(_ESCAPED.findall(escaped))
    in_runs = sum(len(run) for run in _ESCAPED_RUN.findall(escaped))
    if in_runs > 0.2 * stray:
        return None
    text = _ESCAPED.sub(_as_cp1252, escaped)
    return text, "utf-8+cp1252", (
        f"{name}: mostly UTF-8, but {stray} stray byte{'' if stray == 1 else 's'} (another encoding pasted in) "
        "decoded one by one as Windows-1252; check the accented letters there",)


def _as_cp1252(match: re.Match[str]) -> str:
    byte = ord(match.group()) - 0xDC00
    return bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)  # 5 bytes undefined: C1 controls


def _western(data: bytes) -> bool:
    """Windows-1252 news copy: curly quotes and dashes in 0x80-0x9F, accented letters a minority."""
    high = [b for b in data if b >= 0x80]
    low_block = [b for b in high if b < 0xA0]
    if not any(b in _PUNCTUATION for b in low_block):
        return False
    if (any(b not in _PUNCTUATION and b not in _LETTERS_8X for b in low_block)
            or any(b in _OTHER_SCRIPTS for b in high)):
        return False  # undefined in Windows-1252, or a letter there in another code page
    accented = sum(1 for b in high if b >= 0xC0)
    ascii_letters = sum(1 for b in data if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
    return accented <= 0.3 * (accented + ascii_letters)


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


_CONT = ("[\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
         "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")
"""What a UTF-8 continuation byte (0x80-0xBF) looks like once read as Windows-1252."""
_MOJIBAKE3 = re.compile(f"[\u00e2-\u00ef]{_CONT}{_CONT}")
_MOJIBAKE2 = re.compile(f"[\u00c2-\u00df]{_CONT}")


def _mojibake_note(text: str, name: str) -> tuple[str, ...]:
    """A note when the text holds UTF-8 read as Windows-1252 ("â€™", "Ã©"), at least once for three-byte
    forms, twice for two-byte ones (a lone "Â£" may be real)."""
    found = _MOJIBAKE3.findall(text)
    if not found:
        pairs = _MOJIBAKE2.findall(text)
        found = pairs if len(pairs) >= 2 else []
    if not found:
        return ()
    example = found[0]
    try:
        meant = f" for \u201c{example.encode('cp1252').decode('utf-8')}\u201d"
    except (UnicodeEncodeError, UnicodeDecodeError):
        meant = ""
    return (f"{name}: looks garbled by a wrong encoding upstream (\u201c{example}\u201d{meant}, "
            f"{len(found)} place{'' if len(found) == 1 else 's'}); it is shown as it is in the file",)
