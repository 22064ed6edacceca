"""Text of a Word (.docx) resume: paragraphs, tables and text boxes in reading order."""

import io
import zipfile
from collections.abc import Iterable, Iterator

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.resumes.documents.errors import CorruptDocument, DocumentTooLarge

MAX_ZIP_MEMBERS = 1_000
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
# Small parts (a short document.xml full of repeated markup) legitimately compress very well.
RATIO_CHECK_MIN_BYTES = 1024 * 1024
BULLET = "• "
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def extract_docx_text(data: bytes) -> str:
    """All visible text of the document, one paragraph (or table row) per line."""
    check_zip_limits(data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = [*_header_lines(document), *_block_lines(document.iter_inner_content())]
    except DocumentTooLarge:
        raise
    except Exception as exc:  # python-docx/lxml/zipfile raise many unrelated types on bad input
        raise CorruptDocument() from exc
    return "\n".join(lines)


def check_zip_limits(data: bytes) -> None:
    """Refuse zip bombs from the central directory alone, before anything is decompressed.

    Trusting the declared sizes is safe because zipfile never inflates a member past its declared
    size (and fails the CRC check when the data is longer)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise CorruptDocument() from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise DocumentTooLarge(f"The document has too many parts ({len(members)}).")
    if sum(member.file_size for member in members) > MAX_UNCOMPRESSED_BYTES:
        raise DocumentTooLarge(
            "The document expands to more than "
            f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB when unpacked."
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise DocumentTooLarge(
                f"The document part {member.filename!r} is compressed {ratio:.0f}:1, "
                "which looks like a zip bomb."
            )


def _header_lines(document: Document) -> Iterator[str]:
    # Word templates often put the name and contact details in the page header.
    for section in document.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.insert(0, section.first_page_header)
        for header in headers:
            if not header.is_linked_to_previous:
                yield from _block_lines(header.iter_inner_content())


def _block_lines(blocks: Iterable[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from _paragraph_lines(block)
        else:
            yield from _table_lines(block)


def _paragraph_lines(paragraph: Paragraph) -> Iterator[str]:
    text = paragraph.text.strip()
    if text:
        yield f"{BULLET}{text}" if _is_list_item(paragraph) else text
    for text_box in _text_boxes(paragraph):
        for inner in text_box.iter(qn("w:p")):
            yield from _paragraph_lines(Paragraph(inner, paragraph._parent))


def _is_list_item(paragraph: Paragraph) -> bool:
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return True
    style_name = paragraph.style.name if paragraph.style is not None else ""
    return style_name.startswith("List")


def _text_boxes(paragraph: Paragraph) -> Iterator:
    for box in paragraph._p.iter(qn("w:txbxContent")):
        # Word stores each text box twice (DrawingML choice + VML fallback): read one copy.
        if not any(ancestor.tag == _MC_FALLBACK for ancestor in box.iterancestors()):
            yield box


def _table_lines(table: Table) -> Iterator[str]:
    seen_cells: set = set()
    for row in table.rows:
        cells_lines = []
        for cell in row.cells:
            # Merged cells come back once per grid position: read each underlying cell once.
            if cell._tc in seen_cells:
                continue
            seen_cells.add(cell._tc)
            cells_lines.append(list(_block_lines(cell.iter_inner_content())))
        filled = [lines for lines in cells_lines if lines]
        if all(len(lines) == 1 for lines in filled):
            if filled:
                yield " | ".join(lines[0] for lines in filled)
        else:
            for lines in filled:
                yield from lines
