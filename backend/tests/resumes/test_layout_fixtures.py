"""Resumes in the layouts of the real world (Indeed exports, LinkedIn PDFs, two-column
templates, degrees in national forms) parse to what their expected.json says, through the same
extraction the upload route uses. The sets and where they come from:
tests/fixtures/resume_layouts/SOURCES.md."""

from datetime import date
from functools import cache

import pytest

from app.resumes.extraction import extract_text
from app.resumes.parsed import ParsedResume
from app.resumes.parsing.parser import parse_resume_text
from tests.resumes.layout_documents import SETS, LayoutFixture, load_set

TODAY = date(2025, 6, 15)
FIXTURES = {(fixture.set_name, fixture.file_name): fixture for s in SETS for fixture in load_set(s)}

# What the parser still gets wrong, said plainly (strict: a fix makes these tests fail, to be
# moved out of this list).
KNOWN_MISSES = {
    ("dev", "two_column_interleaved_sales.txt", "jobs"): (
        "the side column's EDUCATION heading, read between two jobs, puts the later jobs in the "
        "education section"
    ),
    ("held_out", "plain_french_developer.txt", "jobs"): (
        "a town missing from our list of places stays in the company: 'Dassault Systèmes, Vélizy'"
    ),
    ("fresh", "plain_german_developer.txt", "first job"): (
        "a town missing from our list of places stays in the company: 'SAP SE, Walldorf'"
    ),
    ("fresh", "plain_german_developer.txt", "jobs"): "as above",
    ("fresh", "plain_uk_structural.txt", "education"): (
        "'A Levels: Maths, Physics, Chemistry' gives the first subject as a field"
    ),
}


def _cases(check: str) -> list:
    return [
        pytest.param(
            key,
            id=f"{key[0]}/{key[1]}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(*key, check)])]
            if (*key, check) in KNOWN_MISSES
            else [],
        )
        for key in FIXTURES
    ]


@cache
def _parsed(key: tuple[str, str]) -> ParsedResume:
    fixture: LayoutFixture = FIXTURES[key]
    return parse_resume_text(extract_text(fixture.document()).text, today=TODAY)


def _jobs(parsed: ParsedResume) -> list[dict]:
    return [
        {"title": job.title, "company": job.company, "start": job.start, "end": job.end}
        for job in parsed.experience
    ]


def test_every_set_has_each_layout():
    for set_name in SETS:
        names = [name for (s, name) in FIXTURES if s == set_name]
        for layout in ("indeed_", "linkedin_", "two_column_", "plain_"):
            assert any(name.startswith(layout) for name in names), (set_name, layout)


@pytest.mark.parametrize("key", _cases("first job"))
def test_the_most_recent_job_is_the_candidates_title_at_their_company(key):
    wanted = FIXTURES[key].expected["jobs"][0]

    assert _jobs(_parsed(key))[0] == wanted


@pytest.mark.parametrize("key", _cases("jobs"))
def test_every_job_with_its_title_company_and_dates(key):
    assert _jobs(_parsed(key)) == FIXTURES[key].expected["jobs"]


@pytest.mark.parametrize("key", _cases("highest degree"))
def test_the_highest_degree(key):
    assert _parsed(key).highest_degree == FIXTURES[key].expected["highest_degree"]


@pytest.mark.parametrize("key", _cases("education"))
def test_education_entries_with_level_field_and_school(key):
    entries = [
        {"level": entry.level, "field": entry.field, "institution": entry.institution}
        for entry in _parsed(key).education
    ]

    assert entries == FIXTURES[key].expected["education"]


@pytest.mark.parametrize("key", [k for k in FIXTURES if k[1].startswith("linkedin_")])
def test_linkedin_sidebar_does_not_swallow_the_name_or_the_headline(key):
    parsed = _parsed(key)
    first_line_of_main_column = FIXTURES[key].text.split("@main\n", 1)[1].splitlines()[0]

    assert parsed.name == first_line_of_main_column
    assert not any(parsed.name in certification for certification in parsed.certifications)
    assert all(
        not highlight.startswith(("Page ", "("))
        for job in parsed.experience
        for highlight in job.highlights
    )
