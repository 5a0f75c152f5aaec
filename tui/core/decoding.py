"""Decode an input's bytes to text, saying which encoding was used.

``decode(data, name)`` returns ``(text, encoding, notes)`` or raises
``LoadError`` with a one-line message. UTF-8 with or without a BOM first,
UTF-16/32 with a BOM, then charset-normalizer's detection (Windows-1252,
Latin-1 ...). Files that look binary are refused.
"""

from __future__ import annotations

import codecs

from .errors import LoadError


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
        raise LoadError(f"{name}: looks like a binary file, not text; give syndiff .txt or .md files")
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
