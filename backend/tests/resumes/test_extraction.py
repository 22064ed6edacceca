# Resumes are written with typographic dashes and quotes; these strings keep them as written.
# ruff: noqa: RUF001

import codecs
import io
import time
import zipfile

import pytest
from docx import Document
from docx.oxml import parse_xml

from app.core.errors import InvalidInput
from app.resumes.documents.columns import deinterleave_columns
from app.resumes.extraction import (
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ScannedDocument,
    TooLittleText,
    UnsupportedFileType,
    detect_format,
    extract_text,
    require_enough_text,
)
from tests.resumes import bad_inputs
from tests.resumes.bad_inputs import corpus_file

# --- recognizing the file type by content -----------------------------------------------------


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("backend_engineer.pdf", "pdf"),
        ("nurse.docx", "docx"),
        ("teacher.txt", "txt"),
        ("sales_rep_cp1252.txt", "txt"),
    ],
)
def test_formats_are_recognized_by_content_whatever_the_file_is_called(
    tmp_path, file_name, expected
):
    misleading = tmp_path / "resume.docx" if expected != "docx" else tmp_path / "resume.pdf"
    misleading.write_bytes(corpus_file(file_name))

    assert detect_format(misleading.read_bytes()) == expected


@pytest.mark.parametrize(
    "prefix", [b"\n\n  ", codecs.BOM_UTF8, b"\x00\x00\r\n"], ids=["whitespace", "bom", "nul"]
)
def test_a_pdf_header_after_whitespace_or_bom_is_still_a_pdf(prefix):
    data = prefix + bad_inputs.text_pdf(["Jane Doe, Nurse, jane@example.com"])

    assert detect_format(data) == "pdf"
    assert "Jane Doe" in extract_text(data).text


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (bad_inputs.ELF_EXECUTABLE, "executable"),
        (bad_inputs.PE_EXECUTABLE, "executable"),
        (bad_inputs.png_image(), "image"),
        (bad_inputs.random_binary(), None),
        (bad_inputs.zip_without_word_document(), "zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, ".docx"),
        (b"{\\rtf1\\ansi Jane Doe}", ".rtf"),
    ],
    ids=["elf", "pe", "png", "random", "other-zip", "legacy-doc", "rtf"],
)
def test_anything_else_is_an_unsupported_file_type(data, said):
    with pytest.raises(UnsupportedFileType) as caught:
        detect_format(data)

    error = caught.value
    assert (error.status_code, error.code) == (415, "unsupported_file_type")
    assert "PDF" in error.message and ".docx" in error.message and "text" in error.message
    if said:
        assert said in error.message


def test_an_executable_renamed_pdf_is_refused(tmp_path):
    renamed = tmp_path / "resume.pdf"
    renamed.write_bytes(bad_inputs.ELF_EXECUTABLE)

    with pytest.raises(UnsupportedFileType):
        extract_text(renamed.read_bytes())


@pytest.mark.parametrize(
    "data",
    [
        "Jane Doe — Développeuse, São Paulo".encode("utf-16"),
        "Jane Doe – Engineer • Python".encode("cp1252"),
        codecs.BOM_UTF8 + b"Jane Doe",
    ],
    ids=["utf16-bom", "cp1252", "utf8-bom"],
)
def test_plain_text_in_common_encodings_is_decoded(data):
    document = extract_text(data)

    assert document.format == "txt"
    assert document.text.startswith("Jane Doe")
    assert "\ufeff" not in document.text


# --- errors for files that cannot be read -----------------------------------------------------


def _error_for(data: bytes) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        extract_text(data)
    return caught.value


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "\n".encode("utf-16")])
def test_an_empty_file_is_an_empty_document(data):
    error = _error_for(data)

    assert isinstance(error, EmptyDocument)
    assert (error.status_code, error.code) == (422, "empty_document")


def test_an_upload_needs_twenty_letters_digits_and_symbols_do_not_count():
    too_little = extract_text("Jane Doe\n+1 (415) 555-0134\n2019 – 2024\nCV".encode())
    enough = extract_text(b"Jane Doe\nNurse, Mercy Hospital")

    with pytest.raises(TooLittleText) as caught:
        require_enough_text(too_little)
    assert (caught.value.status_code, caught.value.code) == (422, "too_little_text")
    assert require_enough_text(enough) is enough


def test_a_truncated_pdf_is_corrupt():
    error = _error_for(bad_inputs.truncated_pdf())

    assert isinstance(error, CorruptDocument)
    assert error.code == "corrupt_document"
    assert "damaged" in error.message


def test_a_pdf_that_needs_a_password_is_refused():
    error = _error_for(bad_inputs.password_pdf(user_password="letmein"))

    assert isinstance(error, EncryptedDocument)
    assert error.code == "encrypted_document"
    assert "password" in error.message


def test_a_pdf_with_only_an_owner_password_opens_like_in_any_viewer():
    data = bad_inputs.password_pdf(user_password="")

    assert "Jane Doe" in extract_text(data).text


def test_an_image_only_pdf_is_a_scan_and_the_message_says_what_to_upload():
    error = _error_for(bad_inputs.image_only_pdf())

    assert isinstance(error, ScannedDocument)
    assert error.code == "scanned_document"
    assert "text-based PDF" in error.message and ".docx" in error.message


def test_a_blank_pdf_is_empty_not_scanned():
    assert isinstance(_error_for(bad_inputs.blank_pdf()), EmptyDocument)


def test_a_docx_cut_short_is_corrupt():
    data = bad_inputs.docx_bytes("Jane Doe")

    assert detect_format(data[: len(data) // 2]) == "docx"
    assert isinstance(_error_for(data[: len(data) // 2]), CorruptDocument)


def test_a_docx_with_broken_xml_is_corrupt():
    assert isinstance(_error_for(bad_inputs.docx_with_broken_xml()), CorruptDocument)


def test_a_docx_without_text_is_empty():
    assert isinstance(_error_for(bad_inputs.docx_bytes()), EmptyDocument)


def test_a_zip_bomb_docx_is_refused_from_its_directory_without_inflating_it(tmp_path):
    bomb = bad_inputs.zip_bomb_docx(tmp_path / "bomb.docx")
    assert len(bomb) < 1024 * 1024

    started = time.monotonic()
    error = _error_for(bomb)

    assert isinstance(error, DocumentTooLarge)
    assert error.code == "document_too_large"
    assert "50 MB" in error.message
    assert time.monotonic() - started < 0.5


def test_a_docx_part_compressed_beyond_any_real_document_is_refused(tmp_path):
    bomb = bad_inputs.zip_bomb_docx(tmp_path / "dense.docx", zeros=20 * 1024 * 1024)

    error = _error_for(bomb)

    assert isinstance(error, DocumentTooLarge)
    assert "zip bomb" in error.message


def test_a_docx_with_thousands_of_parts_is_refused():
    error = _error_for(bad_inputs.zip_with_members(1_500))

    assert isinstance(error, DocumentTooLarge)
    assert "too many parts" in error.message


def test_a_pdf_whose_streams_inflate_past_the_limits_is_too_large():
    bomb = bad_inputs.pdf_bomb()
    assert len(bomb) < 200 * 1024

    error = _error_for(bomb)

    assert isinstance(error, DocumentTooLarge)
    assert error.code == "document_too_large"


# --- reading PDFs -----------------------------------------------------------------------------


def test_pages_beyond_the_limit_are_not_read():
    data = bad_inputs.text_pdf(
        [f"Page marker {number} of the resume of Jane Doe" for number in range(1, 6)]
    )

    document = extract_text(data, max_pages=2)

    assert (document.pages, document.truncated) == (5, True)
    assert "Page marker 2" in document.text
    assert "Page marker 3" not in document.text


def test_two_column_pdf_keeps_sidebar_and_main_column_apart():
    lines = extract_text(corpus_file("data_scientist_two_column.pdf")).text.splitlines()

    skills = lines.index("SKILLS")
    assert lines[skills + 1 : skills + 5] == ["Python", "SQL", "PyTorch", "scikit-learn"]
    experience = lines.index("EXPERIENCE")
    assert lines[experience + 1 : experience + 4] == [
        "Senior Data Scientist",
        "Lumen Analytics · New York, NY",
        "Mar 2021 – Present",
    ]
    assert lines[0] == "Priya Raman"


def test_a_right_aligned_date_column_is_not_mistaken_for_a_second_column():
    layout = "\n".join(
        [
            "Senior Engineer — Acme Corp                      Jan 2021 – Present",
            "• Built the billing API",
            "• Led three engineers",
            "Engineer — Globex                                Jun 2017 – Dec 2020",
            "• Wrote the tracking service",
            "• Cut costs by 30%",
            "Intern — Initech                                  May 2016 – Aug 2016",
            "• Wrote tests",
        ]
    )

    assert deinterleave_columns(layout) is None


def test_layout_columns_are_read_left_column_first():
    layout = "\n".join(
        [
            "Jane Doe",
            "SKILLS                EXPERIENCE",
            "Python                Engineer — Acme, 2020 – Present",
            "SQL                   • Built APIs",
            "Docker                • Led a team",
            "Kubernetes            Analyst — Globex, 2018 – 2020",
        ]
    )

    columns = deinterleave_columns(layout)
    assert columns is not None
    assert columns.splitlines() == [
        "Jane Doe",
        "SKILLS",
        "Python",
        "SQL",
        "Docker",
        "Kubernetes",
        "EXPERIENCE",
        "Engineer — Acme, 2020 – Present",
        "• Built APIs",
        "• Led a team",
        "Analyst — Globex, 2018 – 2020",
    ]


# --- reading Word documents -------------------------------------------------------------------


def test_docx_tables_are_read_row_by_row_and_merged_cells_once():
    lines = extract_text(corpus_file("ux_designer_tables.docx")).text.splitlines()

    assert lines[:2] == ["Sam Rivera", "Product & UX Designer"]
    assert "Senior UX Designer | Cascade Health | 2020 – Present" in lines
    assert "Design | Figma, Sketch, Prototyping, Wireframing, Adobe Illustrator" in lines
    bullet = "• Ran usability testing and user research for 14 client projects."
    assert lines.count(bullet) == 1
    assert lines.index(bullet) == lines.index("UX Designer | Pixel & Pine Studio | 2017 – 2020") + 1


def test_docx_page_header_and_list_bullets_are_kept_as_lines():
    lines = extract_text(corpus_file("support_agent_header.docx")).text.splitlines()

    assert lines[0] == "Jordan Taylor"
    assert "• Resolve tier-2 tickets in Zendesk and Jira for 400 business accounts." in lines


def test_docx_text_boxes_are_read_once():
    document = Document()
    paragraph = document.add_paragraph("Jane Doe")
    paragraph._p.append(parse_xml(_TEXT_BOX_RUN))
    buffer = io.BytesIO()
    document.save(buffer)

    text = extract_text(buffer.getvalue()).text

    assert text.splitlines() == ["Jane Doe", "Sidebar: Python, SQL"]


_TEXT_BOX_RUN = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
  <mc:AlternateContent>
    <mc:Choice Requires="wps"><w:drawing><w:txbxContent>
      <w:p><w:r><w:t>Sidebar: Python, SQL</w:t></w:r></w:p>
    </w:txbxContent></w:drawing></mc:Choice>
    <mc:Fallback><w:pict><w:txbxContent>
      <w:p><w:r><w:t>Sidebar: Python, SQL</w:t></w:r></w:p>
    </w:txbxContent></w:pict></mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""


def test_zip_limits_are_checked_before_python_docx_opens_the_file(monkeypatch):
    def fail_if_opened(*_args, **_kwargs):
        raise AssertionError("the document was opened")

    monkeypatch.setattr("docx.Document", fail_if_opened)
    data = bad_inputs.zip_with_members(1_500)

    with pytest.raises(DocumentTooLarge):
        extract_text(data)
    assert zipfile.is_zipfile(io.BytesIO(data))
