"""Bytes to text: sniffing, encodings and their repair.

Refuses binary data (known signatures, control characters throughout) and
picks an encoding: a byte-order mark, UTF-8, UTF-16/32, Windows-1252 (the
usual 8-bit Spanish), UTF-8 with stray Windows-1252 bytes, else
charset-normalizer's guess. Kept apart from files and corpora so that the
guessing, the most delicate part of reading, can be read and tested alone.
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import re
import unicodedata

from prensa.io.documents import InputError

# Signatures of common non-text files, named in the refusal message.
MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an MS Office file"),
    (b"{\\rtf", "an RTF document (save it as plain text)"),
)
BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# Binary data decodes with control characters throughout; text may hold a few
# (NUL, ESC, bidi marks pasted from elsewhere) and is analysed as it is.
MAX_CONTROL_SHARE = 0.25
MIN_CONTROLS = 4
MIXED_HANDLER = "prensa-cp1252"
# Multi-byte UTF-8 sequences (2 to 4 bytes): a few of them in undecodable data
# say the file is UTF-8 with stray bytes; Windows-1252 Spanish seldom forms one.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
MIN_UTF8_SEQUENCES = 3
SAMPLE = 65_536


def decode(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; return ``(text, encoding)``.

    Order: a byte-order mark, strict UTF-8, UTF-16/32 without mark, then
    Windows-1252 (the usual 8-bit encoding of Spanish text: it holds Latin-1
    and the curly quotes 0x93/0x94), then charset-normalizer's guess.
    Raises InputError for binary data.

    >>> decode("“Sí”".encode("cp1252"))
    ('“Sí”', 'cp1252')
    """
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise InputError(f"not text: looks like {what}")
    text, encoding = _decode(data)
    sample = text[:SAMPLE]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in TEXT_CONTROLS
    )
    if controls >= MIN_CONTROLS and controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError("not text: binary data (control characters throughout)")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                # a truncated or damaged file: keep what decodes, mark the rest U+FFFD
                return data.decode(encoding, errors="replace"), f"{encoding}+replaced"
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8"), "utf-8"
    if b"\x00" not in data[:SAMPLE]:
        found = itertools.islice(UTF8_SEQUENCE.finditer(data), MIN_UTF8_SEQUENCES)
        if sum(1 for _ in found) >= MIN_UTF8_SEQUENCES:
            # UTF-8 with stray Windows-1252 bytes (a file edited by two programs):
            # keep the UTF-8, read each bad byte as Windows-1252 (Latin-1 if undefined)
            return data.decode("utf-8", errors=_register_mixed()), "utf-8+cp1252"
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("cp1252"), "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("not text: no text encoding fits its bytes")
    encoding = str(best.encoding)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as err:
        raise InputError(f"not text: undecodable ({err})") from err


def _byte_as_cp1252(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return "".join(_cp1252_char(b) for b in bad), err.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in cp1252, Latin-1 C1


def _register_mixed() -> str:
    """Register (once) the decoding error handler for mixed UTF-8 / Windows-1252."""
    try:
        codecs.lookup_error(MIXED_HANDLER)
    except LookupError:
        codecs.register_error(MIXED_HANDLER, _byte_as_cp1252)
    return MIXED_HANDLER


def wide_encoding(head: bytes) -> str | None:
    """UTF-16/32 (with or without a byte-order mark) from a corpus's first bytes."""
    for bom, encoding in BOMS:
        if head.startswith(bom) and encoding != "utf-8-sig":
            return encoding
    # without a mark: the "{" that starts the first record, in its width and order
    for start, encoding in (
        (b"{\x00\x00\x00", "utf-32-le"),
        (b"\x00\x00\x00{", "utf-32-be"),
        (b"{\x00", "utf-16-le"),
        (b"\x00{", "utf-16-be"),
    ):
        if head.startswith(start):
            return encoding
    return None


def decode_line(raw: bytes) -> tuple[str, str]:
    """A corpus line: UTF-8, else UTF-8 with stray Windows-1252 bytes, else Windows-1252."""
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if UTF8_SEQUENCE.search(raw):
        return raw.decode("utf-8", errors=_register_mixed()), "utf-8+cp1252"
    return raw.decode("cp1252", errors=_register_mixed()), "cp1252"
