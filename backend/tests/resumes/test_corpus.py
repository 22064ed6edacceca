"""Every corpus resume parses to what expected.json says (see tests/fixtures/resumes)."""

import json
import shutil
import subprocess
import sys
from datetime import date
from functools import cache

import pytest

from app.resumes.extraction import ExtractedDocument, extract_text
from app.resumes.parsed import ParsedResume
from app.resumes.parsing.parser import parse_resume_text
from tests.resumes.bad_inputs import CORPUS

EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
TODAY = date.fromisoformat(EXPECTED["today"])
FILES = sorted(EXPECTED["resumes"])
MAX_FIXTURE_BYTES = 60 * 1024


@cache
def _extracted(file_name: str) -> ExtractedDocument:
    return extract_text((CORPUS / file_name).read_bytes())


@cache
def _parsed(file_name: str) -> ParsedResume:
    return parse_resume_text(_extracted(file_name).text, today=TODAY)


def test_the_corpus_has_every_format_and_an_expectation_for_every_file():
    documents = sorted(
        path.name for path in CORPUS.iterdir() if path.suffix in {".pdf", ".docx", ".txt"}
    )

    assert documents == FILES
    assert len(FILES) >= 8
    assert {EXPECTED["resumes"][name]["format"] for name in FILES} == {"pdf", "docx", "txt"}
    assert all((CORPUS / name).stat().st_size < MAX_FIXTURE_BYTES for name in FILES)


def test_regenerating_the_corpus_gives_the_committed_files(tmp_path):
    for script in CORPUS.glob("*.py"):
        shutil.copy(script, tmp_path / script.name)

    subprocess.run([sys.executable, str(tmp_path / "make_corpus.py")], check=True, timeout=60)

    for name in FILES:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name


@pytest.mark.parametrize("file_name", FILES)
def test_format_and_pages(file_name):
    expected = EXPECTED["resumes"][file_name]
    document = _extracted(file_name)

    assert (document.format, document.pages) == (expected["format"], expected["pages"])


@pytest.mark.parametrize("file_name", FILES)
def test_contact_details(file_name):
    expected = EXPECTED["resumes"][file_name]
    parsed = _parsed(file_name)

    assert (parsed.name, parsed.email, parsed.phone) == (
        expected["name"],
        expected["email"],
        expected["phone"],
    )
    assert parsed.links.model_dump() == expected["links"]


@pytest.mark.parametrize("file_name", FILES)
def test_jobs_titles_companies_and_dates(file_name):
    expected = EXPECTED["resumes"][file_name]["jobs"]
    parsed = _parsed(file_name)

    assert [
        {"title": job.title, "company": job.company, "start": job.start, "end": job.end}
        for job in parsed.experience
    ] == expected
    assert all(job.highlights for job in parsed.experience)


@pytest.mark.parametrize("file_name", FILES)
def test_years_of_experience(file_name):
    expected = EXPECTED["resumes"][file_name]["years_experience"]

    assert _parsed(file_name).years_experience == pytest.approx(
        expected, abs=EXPECTED["years_tolerance"]
    )


@pytest.mark.parametrize("file_name", FILES)
def test_education_and_highest_degree(file_name):
    expected = EXPECTED["resumes"][file_name]
    parsed = _parsed(file_name)

    assert parsed.highest_degree == expected["highest_degree"]
    assert [
        {"level": e.level, "field": e.field, "institution": e.institution, "year": e.year}
        for e in parsed.education
    ] == expected["education"]


@pytest.mark.parametrize("file_name", FILES)
def test_certifications(file_name):
    assert _parsed(file_name).certifications == EXPECTED["resumes"][file_name]["certifications"]


@pytest.mark.parametrize("file_name", FILES)
def test_skills_with_categories(file_name):
    expected = EXPECTED["resumes"][file_name]
    skills = _parsed(file_name).skills
    names = [skill.name for skill in skills]

    assert set(expected["skills_include"]) <= set(names), set(expected["skills_include"]) - set(
        names
    )
    assert len(names) == len(set(names))
    assert all(skill.category for skill in skills)
    if "skills_start" in expected:  # the skills section's own list comes first
        assert names[: len(expected["skills_start"])] == expected["skills_start"]


def test_skill_categories_come_from_the_taxonomy():
    categories = {skill.name: skill.category for skill in _parsed("backend_engineer.pdf").skills}

    assert categories["Python"] == "software"
    assert categories["PostgreSQL"] in {"data", "software"}


@pytest.mark.parametrize("file_name", FILES)
def test_sections_found(file_name):
    assert _parsed(file_name).sections == EXPECTED["resumes"][file_name]["sections"]


def test_summaries_are_whole_paragraphs():
    summary = _parsed("teacher.txt").summary

    assert summary == (
        "Dedicated high school mathematics teacher who uses data to differentiate instruction "
        "and raise pass rates in Algebra and AP Calculus."
    )
