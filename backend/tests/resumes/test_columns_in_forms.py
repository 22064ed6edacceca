"""Two-column resumes whose pages are drawn inside a form XObject (Chrome's "Save as PDF", Canva
and many converters write PDFs this way). pypdf's layout mode does not read forms, and plain mode
reads the page in drawing order, row by row across both columns: without the positions of the
text, a side-column heading (EDUCATION) lands between two jobs and takes the later ones."""

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from app.resumes.extraction import extract_text
from app.resumes.parsed import ParsedResume
from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file
from tests.resumes.layout_documents import SETS, LayoutFixture, load_set, render

TODAY = date(2025, 6, 15)
# The fixtures whose source is a two-column template (fresh is the held-back set: not used).
TWO_COLUMN = [
    fixture
    for set_name in SETS
    if set_name != "fresh"
    for fixture in load_set(set_name)
    if fixture.file_name.startswith("two_column_")
]


def _in_form(fixture: LayoutFixture) -> bytes:
    return render("two_column_pdf_form", fixture.text)


def _parsed(document: bytes) -> ParsedResume:
    return parse_resume_text(extract_text(document).text, today=TODAY)


def _jobs(experience: list) -> list[dict]:
    return [
        {"title": job["title"], "company": job["company"], "start": job["start"], "end": job["end"]}
        for job in experience
    ]


@pytest.mark.parametrize("fixture", TWO_COLUMN, ids=lambda fixture: fixture.file_name)
def test_every_job_keeps_its_title_employer_and_dates(fixture):
    parsed = _parsed(_in_form(fixture))

    assert _jobs([job.model_dump() for job in parsed.experience]) == fixture.expected["jobs"]
    assert [entry.institution for entry in parsed.education] == [
        entry["institution"] for entry in fixture.expected["education"]
    ]


def test_the_side_column_is_read_apart_from_the_main_column():
    fixture = next(f for f in TWO_COLUMN if f.file_name == "two_column_interleaved_sales.txt")

    lines = extract_text(_in_form(fixture)).text.splitlines()

    education = lines.index("EDUCATION")
    assert lines[education : education + 4] == [
        "EDUCATION",
        "B.B.A. Marketing",
        "Loyola University Chicago",
        "2013",
    ]
    experience = lines.index("EXPERIENCE")
    assert lines[experience + 1 : experience + 3] == [
        "Senior Account Executive",
        "Brightwave Software | Chicago | 2020 - Present",
    ]


def _one_column_form_pdf(rows: list[tuple[str, str]]) -> bytes:
    """One column with each job's dates right-aligned on its title line, inside a form."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    pdf.beginForm("page")
    y = 740.0
    for left, right in rows:
        pdf.setFont("Helvetica", 10.5)
        pdf.drawString(54, y, left)
        if right:
            pdf.drawRightString(558, y, right)
        y -= 15
    pdf.endForm()
    pdf.doForm("page")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_one_column_resume_in_a_form_keeps_its_dates_beside_each_job():
    rows = [("Priya Nair", ""), ("priya.nair@example.com", ""), ("EXPERIENCE", "")]
    jobs = [
        ("Staff Accountant, Deloitte", "2021 - Present"),
        ("Junior Accountant, KPMG", "2018 - 2021"),
        ("Accounts Assistant, Tesco", "2016 - 2018"),
        ("Bookkeeper, Greggs", "2014 - 2016"),
    ]
    for header, dates in jobs:
        rows += [(header, dates), ("• Closed the monthly ledgers and reconciled accounts.", "")]
    rows += [("EDUCATION", ""), ("BSc Accounting, University of Leeds", "2014")]

    parsed = _parsed(_one_column_form_pdf(rows))

    assert [(job.title, job.company, job.start, job.end) for job in parsed.experience] == [
        ("Staff Accountant", "Deloitte", "2021", None),
        ("Junior Accountant", "KPMG", "2018", "2021"),
        ("Accounts Assistant", "Tesco", "2016", "2018"),
        ("Bookkeeper", "Greggs", "2014", "2016"),
    ]


async def test_uploaded_two_column_pdf_drawn_in_a_form_lists_every_job(client):
    fixture = next(f for f in TWO_COLUMN if f.file_name == "two_column_interleaved_sales.txt")
    me = await signed_in_candidate(client)

    response = await upload_resume_file(
        client, me, _in_form(fixture), "Marcus_Bell_CV.pdf", "application/pdf"
    )
    parsed = response.json()["parsed"]
    assert parsed["name"] == "Marcus Bell"
    assert _jobs(parsed["experience"]) == fixture.expected["jobs"]
    assert parsed["highest_degree"] == fixture.expected["highest_degree"]
