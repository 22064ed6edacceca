"""Hostile and broken uploads, made on the fly (kept out of the repository: some are large)."""

import io
import random
import zipfile
import zlib
from pathlib import Path

from docx import Document
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
MEGABYTE = 1024 * 1024

# The first bytes of real executables: a Linux ELF header and a Windows PE ("MZ") stub.
ELF_EXECUTABLE = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 200
PE_EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def corpus_file(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


def random_binary(size: int = 4096) -> bytes:
    return random.Random(7).randbytes(size)


def png_image() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def text_pdf(pages: list[str]) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    for text in pages:
        page.setFont("Helvetica", 12)
        page.drawString(72, 700, text)
        page.showPage()
    page.save()
    return buffer.getvalue()


def truncated_pdf() -> bytes:
    data = corpus_file("backend_engineer.pdf")
    return data[: len(data) // 2]


def password_pdf(*, user_password: str, owner_password: str = "owner-secret") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(["Jane Doe, Software Engineer"]))))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A "scan": a picture of a page and some shapes, not one character of text."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    page.drawImage(ImageReader(io.BytesIO(png_image())), 72, 400, width=300, height=300)
    page.rect(72, 100, 400, 200, fill=1)
    page.line(72, 80, 500, 80)
    page.showPage()
    page.save()
    return buffer.getvalue()


def scan_with_page_number() -> bytes:
    """A scanned page whose only text is the page number a scanning app stamped on it."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    page.drawImage(ImageReader(io.BytesIO(png_image())), 72, 300, width=450, height=450)
    page.setFont("Helvetica", 9)
    page.drawString(280, 40, "Page 1 of 1")
    page.showPage()
    page.save()
    return buffer.getvalue()


def blank_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    page.showPage()
    page.save()
    return buffer.getvalue()


def pdf_bomb(*, expands_to: int = 80 * MEGABYTE) -> bytes:
    """A one-page PDF whose content stream inflates past pypdf's 75 MB limit (80 KB on disk)."""
    compressor = zlib.compressobj(9)
    spaces = b" " * MEGABYTE
    stream = b"".join(compressor.compress(spaces) for _ in range(expands_to // MEGABYTE))
    stream += compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def docx_bytes(*paragraphs: str) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx(path: Path, *, zeros: int = 200 * MEGABYTE) -> bytes:
    """A zip whose word/document.xml inflates to `zeros` bytes (200 MB deflate to ~200 KB)."""
    chunk = b"\x00" * MEGABYTE
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(zeros // MEGABYTE):
                member.write(chunk)
    return path.read_bytes()


def zip_with_members(count: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for index in range(count):
            archive.writestr(f"word/media/part{index}.xml", "<x/>")
    return buffer.getvalue()


def zip_without_word_document() -> bytes:
    """A zip that is not a Word document (an .xlsx has xl/workbook.xml instead)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def docx_with_broken_xml() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(docx_bytes("Jane Doe")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            content = source.read(member.filename)
            if member.filename == "word/document.xml":
                content = content[: len(content) // 2]
            archive.writestr(member.filename, content)
    return buffer.getvalue()
