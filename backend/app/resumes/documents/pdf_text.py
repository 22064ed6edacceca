"""Text of a PDF resume with pypdf, page by page, two-column pages put back in reading order."""

import io
import logging
from dataclasses import dataclass

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

from app.resumes.documents.columns import deinterleave_columns
from app.resumes.documents.detect import pdf_start
from app.resumes.documents.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ScannedDocument,
    TooLittleText,
)
from app.resumes.documents.positioned import positioned_text

logger = logging.getLogger(__name__)

# WinAnsiEncoding draws a bullet for byte 0x7F, which pypdf passes through as a DEL character.
_WINANSI_BULLET = str.maketrans({"\x7f": "•"})
_PAINTING_OPERATORS = {
    b"Do", b"BI", b"INLINE IMAGE", b"sh",  # images, shadings
    b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*",  # stroked or filled paths
    b"Tj", b"TJ", b"'", b'"',  # glyphs (a font without a Unicode mapping extracts as nothing)
}  # fmt: skip
# A page has no real text when fewer visible characters than this come out of it (page numbers).
MIN_TEXT_CHARS = 20


@dataclass(frozen=True)
class PdfText:
    text: str
    page_count: int
    pages_read: int


def extract_pdf_text(data: bytes, *, max_pages: int) -> PdfText:
    reader = _open(data)
    try:
        page_count = len(reader.pages)
    except Exception as exc:  # a broken page tree surfaces as assorted pypdf/KeyError types
        raise CorruptDocument() from exc
    pages_read = min(page_count, max_pages)
    texts = _page_texts(reader, pages_read)
    visible_chars = sum(len("".join(text.split())) for text in texts)
    if not visible_chars:
        raise _no_text_error(reader, pages_read)
    if visible_chars < MIN_TEXT_CHARS:
        raise TooLittleText()  # a scanned page with its page number, a one-word page
    return PdfText("\n".join(texts).translate(_WINANSI_BULLET), page_count, pages_read)


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data[pdf_start(data) or 0 :]))
    except LimitReachedError as exc:
        raise _too_large() from exc
    except Exception as exc:  # pypdf raises PdfReadError, but also ValueError, KeyError...
        raise CorruptDocument() from exc
    if reader.is_encrypted:
        _decrypt_without_password(reader)
    return reader


def _decrypt_without_password(reader: PdfReader) -> None:
    """Open PDFs that viewers open without asking (an owner password only restricts printing or
    copying); a PDF that needs a password to be opened is refused."""
    try:
        result = reader.decrypt("")
    except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
        raise EncryptedDocument() from exc
    except Exception as exc:
        raise CorruptDocument() from exc
    if result == PasswordType.NOT_DECRYPTED:
        raise EncryptedDocument()


def _page_texts(reader: PdfReader, count: int) -> list[str]:
    texts: list[str] = []
    failures = 0
    for index in range(count):
        try:
            texts.append(page_text(reader.pages[index]))
        except LimitReachedError as exc:  # pypdf's decompression limits: a PDF bomb
            raise _too_large() from exc
        except Exception:  # one unreadable page should not lose the rest of the resume
            logger.warning("Could not read text of PDF page %d", index + 1, exc_info=True)
            failures += 1
    if failures and not any(text.strip() for text in texts):
        raise CorruptDocument()
    return texts


def page_text(page: PageObject) -> str:
    """Layout-mode text de-interleaved when the page has two columns, plain-mode text otherwise.

    When layout mode finds no columns (it skips text inside form XObjects) or fails on a font,
    the positions plain mode reports are tried before its drawing-order text is taken."""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is stricter about fonts; plain text is still good
        layout = ""
    if columns := deinterleave_columns(layout):
        return columns
    plain, positioned = positioned_text(page)
    return deinterleave_columns(positioned) or plain


def _too_large() -> DocumentTooLarge:
    return DocumentTooLarge("The PDF contains streams that expand beyond pypdf's safety limits.")


def _no_text_error(reader: PdfReader, pages_read: int) -> Exception:
    if any(_has_drawing(reader.pages[index]) for index in range(pages_read)):
        return ScannedDocument()
    return EmptyDocument("The PDF has no content: its pages are blank.")


def _has_drawing(page: PageObject) -> bool:
    """Whether the page paints anything (images, shapes, glyphs without a text mapping)."""
    try:
        contents = page.get_contents()
        if contents is None:
            return False
        return any(operator in _PAINTING_OPERATORS for _, operator in contents.operations)
    except LimitReachedError as exc:  # text extraction hides it and returns ""
        raise _too_large() from exc
    except Exception:  # unreadable content is not "blank"
        return True
