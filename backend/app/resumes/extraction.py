"""Turn an uploaded resume (PDF, DOCX or plain text, recognized by content) into plain text.

`extract_text_bounded` is what the API awaits: PDF and DOCX parsing run in a child process with
a page cap and a hard time limit. Every failure is an `AppError` with its own `code`."""

import re
from dataclasses import dataclass

import anyio

from app.resumes.documents.bounded import run_bounded
from app.resumes.documents.detect import DocumentFormat, detect_format, sniff
from app.resumes.documents.docx_text import extract_docx_text
from app.resumes.documents.errors import (
    CorruptDocument,
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ParsingTimedOut,
    ScannedDocument,
    TooLittleText,
    UnsupportedFileType,
)
from app.resumes.documents.pdf_text import extract_pdf_text

__all__ = [
    "CorruptDocument",
    "DocumentError",
    "DocumentTooLarge",
    "EmptyDocument",
    "EncryptedDocument",
    "ExtractedDocument",
    "ParsingTimedOut",
    "ScannedDocument",
    "TooLittleText",
    "UnsupportedFileType",
    "detect_format",
    "extract_text",
    "extract_text_bounded",
]

DEFAULT_MAX_PAGES = 30
DEFAULT_TIMEOUT_S = 15.0
# Fewer letters than a name and a job title: nothing to build a profile from. What such files hold
# is a scan's page number or header, or a few characters typed by mistake.
MIN_RESUME_LETTERS = 20
_BLANK_RUN = re.compile(r"\n{3,}")
# Carriage returns, form feeds (page breaks in text exports), vertical tabs (Word's manual line
# breaks), and the Unicode line and paragraph separators.
_LINE_BREAKS = re.compile("[\r\f\v\x1c-\x1e\x85\u2028\u2029]")
# Every space but the ordinary one and the tab (a field separator): no-break, narrow no-break,
# figure, en/em and ideographic spaces.
_OTHER_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\x00\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@dataclass(frozen=True)
class ExtractedDocument:
    format: DocumentFormat
    text: str
    pages: int | None = None
    """Pages in the PDF (None for DOCX and text, which have no fixed pages)."""
    truncated: bool = False
    """True when only the first `max_pages` pages were read."""


def extract_text(data: bytes, *, max_pages: int = DEFAULT_MAX_PAGES) -> ExtractedDocument:
    """Extract in this process, without a time limit (scripts and tests; the API uses
    `extract_text_bounded`)."""
    sniffed = sniff(data)
    if sniffed.text is not None:
        return _plain_text(sniffed.text)
    return extract_binary(sniffed.format, data, max_pages)


async def extract_text_bounded(
    data: bytes,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> ExtractedDocument:
    """Extract without blocking the event loop; PDF/DOCX parsing is killed after `timeout_s`."""
    # Decoding a large text file (and guessing a legacy encoding) is too slow for the event loop.
    sniffed = await anyio.to_thread.run_sync(sniff, data)
    if sniffed.text is not None:
        return await anyio.to_thread.run_sync(_plain_text, sniffed.text)
    return await run_bounded(extract_binary, sniffed.format, data, max_pages, timeout_s=timeout_s)


def extract_binary(
    document_format: DocumentFormat, data: bytes, max_pages: int
) -> ExtractedDocument:
    """PDF or DOCX text; runs inside the child process for `extract_text_bounded`."""
    if document_format == "pdf":
        pdf = extract_pdf_text(data, max_pages=max_pages)
        truncated = pdf.pages_read < pdf.page_count
        return ExtractedDocument("pdf", _tidy(pdf.text), pdf.page_count, truncated)
    text = _tidy(extract_docx_text(data))
    if not text:
        raise EmptyDocument("The Word document contains no text.")
    return ExtractedDocument("docx", text)


def require_enough_text(document: ExtractedDocument) -> ExtractedDocument:
    """The document, if its text has enough letters to be a resume (a rule of the upload:
    `extract_text` reads any text, however short, for scripts and tests)."""
    if sum(char.isalpha() for char in document.text) < MIN_RESUME_LETTERS:
        raise TooLittleText()
    return document


def _plain_text(decoded: str) -> ExtractedDocument:
    text = _tidy(decoded)
    if not text:
        raise EmptyDocument()
    return ExtractedDocument("txt", text)


def _tidy(text: str) -> str:
    """One newline per line break, every kind of space as a space (no-break spaces come from
    Word and web pages), invisible characters dropped, at most one blank line in a row."""
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n")))
    text = _OTHER_SPACES.sub(" ", text)
    lines = (line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()
