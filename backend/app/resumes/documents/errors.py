"""Why an uploaded resume could not be read: one error class, with its own code, per cause."""

from app.core.errors import AppError, InvalidInput

ACCEPTED_FORMATS = "a PDF, a Word document (.docx) or a plain-text file"


class UnsupportedFileType(AppError):
    status_code = 415
    code = "unsupported_file_type"
    message = f"This file type is not supported. Upload {ACCEPTED_FORMATS}."


class DocumentError(InvalidInput):
    """A file of a supported type whose text could not be extracted."""


class EmptyDocument(DocumentError):
    code = "empty_document"
    message = "The file is empty: it contains no text."


class EncryptedDocument(DocumentError):
    code = "encrypted_document"
    message = (
        "The PDF is password-protected. Remove the password (or export an unprotected copy) "
        "and upload it again."
    )


class CorruptDocument(DocumentError):
    code = "corrupt_document"
    message = "The file is damaged or incomplete and could not be read. Export it again."


class ScannedDocument(DocumentError):
    code = "scanned_document"
    message = (
        "The PDF contains no selectable text; it looks like a scan or an image. "
        "Upload a text-based PDF (exported from your editor) or a Word document (.docx)."
    )


class TooLittleText(DocumentError):
    code = "too_little_text"
    message = (
        "We couldn't read enough text in this file to find a resume in it. If it's a scan or a "
        "photo, upload the PDF or Word document (.docx) your editor exports instead."
    )


class DocumentTooLarge(DocumentError):
    code = "document_too_large"
    message = "The document expands to more content than we accept; it cannot be processed."


class ParsingTimedOut(DocumentError):
    code = "parsing_timeout"
    message = (
        "Reading the document took too long and was stopped. "
        "Try a simpler export of the resume (PDF from your editor, or .docx)."
    )


# By name, so an error raised in the extraction child process can be raised again in the parent.
DOCUMENT_ERRORS: dict[str, type[AppError]] = {
    cls.__name__: cls
    for cls in (
        UnsupportedFileType,
        EmptyDocument,
        EncryptedDocument,
        CorruptDocument,
        ScannedDocument,
        TooLittleText,
        DocumentTooLarge,
        ParsingTimedOut,
    )
}
