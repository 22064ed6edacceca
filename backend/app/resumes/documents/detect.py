"""Recognize an upload by its content (never its name) and decode plain text."""

import codecs
import io
import zipfile
from typing import Literal

from app.resumes.documents.errors import ACCEPTED_FORMATS, EmptyDocument, UnsupportedFileType

DocumentFormat = Literal["pdf", "docx", "txt"]

PDF_MAGIC = b"%PDF-"
# Acrobat accepts the header anywhere in the first KB; we only allow whitespace/BOM/NULs before it.
PDF_HEADER_WINDOW = 1024
_PDF_PREFIX_NOISE = b"\xef\xbb\xbf\xfe\xff \t\r\n\x00\x0c"
ZIP_MAGIC = b"PK\x03\x04"
DOCX_MAIN_PART = "word/document.xml"
MIN_PRINTABLE_RATIO = 0.95

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
    if not data.strip():
        raise EmptyDocument()
    if pdf_start(data) is not None:
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return _detect_zip(data)
    if data.startswith(RTF_MAGIC):
        raise unsupported("a rich-text (.rtf) file; save it as .docx or PDF")
    if decode_text(data) is not None:
        return "txt"
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
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _printable_ratio(text: str) -> float:
    sample = text[:200_000]
    if not sample:
        return 1.0
    printable = sum(1 for char in sample if char.isprintable() or char in "\n\r\t\f")
    return printable / len(sample)
