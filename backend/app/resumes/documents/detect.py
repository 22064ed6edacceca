"""Recognize an upload by its content (never its name) and decode plain text."""

import codecs
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import Literal

import charset_normalizer

from app.resumes.documents.errors import ACCEPTED_FORMATS, EmptyDocument, UnsupportedFileType

DocumentFormat = Literal["pdf", "docx", "txt"]

PDF_MAGIC = b"%PDF-"
# Acrobat accepts the header anywhere in the first KB; we only allow whitespace/BOM/NULs before it.
PDF_HEADER_WINDOW = 1024
_PDF_PREFIX_NOISE = b"\xef\xbb\xbf\xfe\xff \t\r\n\x00\x0c"
ZIP_MAGIC = b"PK\x03\x04"
DOCX_MAIN_PART = "word/document.xml"
MIN_PRINTABLE_RATIO = 0.95
UTF16_SAMPLE_BYTES = 4096
UTF16_NUL_SHARE, UTF16_STRAY_NUL_SHARE = 0.3, 0.02
LEGACY_SAMPLE_BYTES = 32 * 1024
MAX_WESTERN_ACCENTED_SHARE = 0.3
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][\u00a1-\u00bf\u00d7\u00f7][^\W\d_]")
# What a text file that is not UTF-8 may be in, besides Windows-1252: the Windows and ISO code
# pages of Central Europe, Cyrillic, Greek, Turkish, Baltic, Hebrew, Arabic, Vietnamese and Thai,
# and the East Asian ones. (Left to itself charset-normalizer also weighs rarities such as Mac
# Cyrillic, and picks them for short texts.)
LEGACY_ENCODINGS = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "koi8_r", "koi8_u", "iso8859_2", "iso8859_5", "iso8859_7", "cp874", "cp932", "euc_jp",
    "gb18030", "big5", "cp949",
)  # fmt: skip

_KNOWN_BINARIES: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "an executable program"),
    (b"MZ", "an executable program"),
    (b"\xca\xfe\xba\xbe", "an executable program"),
    (b"\xcf\xfa\xed\xfe", "an executable program"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"II*\x00", "an image"),
    (b"MM\x00*", "an image"),
    (b"\x1f\x8b", "a compressed archive"),
    (b"Rar!", "a compressed archive"),
    (b"7z\xbc\xaf", "a compressed archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) file; save it as .docx or PDF"),
)
RTF_MAGIC = b"{\\rtf"


def unsupported(what: str | None = None) -> UnsupportedFileType:
    detected = f"This looks like {what}. " if what else "This file type is not supported. "
    return UnsupportedFileType(f"{detected}Upload {ACCEPTED_FORMATS}.")


def pdf_start(data: bytes) -> int | None:
    """Offset of the `%PDF-` header when only whitespace/BOM/NUL bytes precede it, else None."""
    window = data[:PDF_HEADER_WINDOW]
    offset = len(window) - len(window.lstrip(_PDF_PREFIX_NOISE))
    return offset if window.startswith(PDF_MAGIC, offset) else None


def detect_format(data: bytes) -> DocumentFormat:
    """PDF, DOCX or plain text, decided from the bytes; anything else is UnsupportedFileType."""
    return sniff(data).format


@dataclass(frozen=True)
class Sniffed:
    format: DocumentFormat
    text: str | None = None
    """The decoded text of a plain-text file (decoded once, here)."""


def sniff(data: bytes) -> Sniffed:
    """The format, and for plain text its decoded text; anything else is UnsupportedFileType."""
    if not data.strip():
        raise EmptyDocument()
    if pdf_start(data) is not None:
        return Sniffed("pdf")
    if data.startswith(ZIP_MAGIC):
        return Sniffed(_detect_zip(data))
    if data.startswith(RTF_MAGIC):
        raise unsupported("a rich-text (.rtf) file; save it as .docx or PDF")
    text = decode_text(data)
    if text is not None:
        return Sniffed("txt", text)
    raise unsupported(_describe_binary(data))


def _describe_binary(data: bytes) -> str | None:
    return next((what for magic, what in _KNOWN_BINARIES if data.startswith(magic)), None)


def _detect_zip(data: bytes) -> DocumentFormat:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        # A DOCX cut short loses its central directory but keeps its local headers, which name
        # the parts: call it a (damaged) DOCX so the user hears "damaged", not "wrong type".
        if DOCX_MAIN_PART.encode() in data:
            return "docx"
        raise unsupported("a damaged or unknown archive") from None
    if DOCX_MAIN_PART in names:
        return "docx"
    raise unsupported("a zip archive that is not a Word document")


def decode_text(data: bytes) -> str | None:
    """The text of a plain-text file, or None when the bytes are not (mostly printable) text."""
    text = _decode(data)
    if text is None or "\x00" in text:
        return None
    return text if _printable_ratio(text) >= MIN_PRINTABLE_RATIO else None


def _decode(data: bytes) -> str | None:
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data)


def _bom_encoding(data: bytes) -> str | None:
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: Latin text puts a NUL in every other byte."""
    sample = data[:UTF16_SAMPLE_BYTES]
    half = len(sample) // 2
    if half < 2 or len(data) % 2:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls >= UTF16_NUL_SHARE * half and even_nuls <= UTF16_STRAY_NUL_SHARE * half:
        return "utf-16-le"
    if even_nuls >= UTF16_NUL_SHARE * half and odd_nuls <= UTF16_STRAY_NUL_SHARE * half:
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> str | None:
    """Bytes that are not UTF-8: Windows-1252 (a superset of Latin-1's printable characters) when
    the text reads as a Western language, else what charset-normalizer recognizes (Cyrillic,
    Greek, Central European, Shift-JIS...). charset-normalizer alone would call short Western
    text Windows-1250 or worse, so it is only asked when Windows-1252 gives nonsense."""
    western = _western(data)
    if western is not None and _reads_as_western(western):
        return western
    sample = data[:LEGACY_SAMPLE_BYTES]
    guess = charset_normalizer.from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if guess is not None:
        try:
            return data.decode(guess.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return western


def _western(data: bytes) -> str | None:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character in cp1252
        return None


def _reads_as_western(text: str) -> bool:
    """Western European text has a few accented letters; Cyrillic or Greek bytes read as
    Windows-1252 are nearly all accented letters ("Ðàçðàáîò÷èê"), and Central European ones
    put symbols inside words ("in¿ynier" for "inżynier")."""
    sample = text[:LEGACY_SAMPLE_BYTES]
    if _SYMBOL_IN_WORD.search(sample):
        return False
    letters = [char for char in sample if char.isalpha()]
    if not letters:
        return True
    accented = sum(1 for char in letters if not char.isascii())
    return accented <= MAX_WESTERN_ACCENTED_SHARE * len(letters)


def _printable_ratio(text: str) -> float:
    sample = text[:200_000]
    if not sample:
        return 1.0
    printable = sum(1 for char in sample if _is_text_character(char))
    return printable / len(sample)


def _is_text_character(char: str) -> bool:
    # Every kind of space (no-break, narrow, ideographic), line and page breaks, and invisible
    # format characters (soft hyphen, zero-width space, direction marks) occur in real text.
    return char.isprintable() or char.isspace() or unicodedata.category(char) == "Cf"
