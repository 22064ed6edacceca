"""A template export (LiveCareer) with no name and entries written degree / year / school, and
courses and licences without a degree between them: no school becomes the candidate's name,
and each degree keeps its own school and year."""

from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

ENGINEERING_INTERN = """ENGINEERING INTERN
Summary
To contribute my skills and experience to the development of an organization.
Education and Training
Bachelor of Science : Civil Engineering
2017
San Diego State University , City , State
Professional Project Manager BootCamp
2008
PMP Institute , City , State
NITC Plumbing/Pipe Fitting Journeyman License
2004
Local 525 Plumbing Apprenticeship Hall , City , State
Associate of Science : Airframe Power Plant
2002
Vincennes University , City , State
Experience
Engineering Intern
Sep 2015 to Current
Company Name City , State
Prepares engineering plans and cost estimates for storm drains and streets.
"""


def test_a_school_is_never_read_as_the_candidates_name() -> None:
    assert parse_resume_text(ENGINEERING_INTERN).name is None
    assert parse_resume_text("Acme Holdings Inc\nExperience\nClerk, Acme 2019-2022").name is None


def test_a_person_is_still_named() -> None:
    assert parse_resume_text("Maria Lopez\nExperience\nNurse, Mercy 2019-2022").name == (
        "Maria Lopez"
    )


def test_each_degree_keeps_its_own_school_and_year() -> None:
    degrees = [
        (entry.degree, entry.field, entry.institution, entry.year)
        for entry in parse_resume_text(ENGINEERING_INTERN).education
        if entry.degree
    ]
    assert degrees == [
        ("Bachelor of Science", "Civil Engineering", "San Diego State University", 2017),
        ("Associate of Science", "Airframe Power Plant", "Vincennes University", 2002),
    ]


def test_a_school_written_first_still_takes_the_degree_under_it() -> None:
    education = parse_resume_text(
        "Jane Roe\nEducation\nBentley University\nMS in Accountancy\n2012\n"
        "Experience\nAccountant, Grant LLP 2012-2020"
    ).education
    assert [(entry.institution, entry.degree, entry.field) for entry in education] == [
        ("Bentley University", "MS", "Accountancy")
    ]


async def test_an_uploaded_template_export_shows_its_schools_under_their_degrees(client) -> None:
    me = await signed_in_candidate(client)
    response = await upload_resume_file(client, me, ENGINEERING_INTERN.encode(), "intern.txt")
    parsed = response.json()["parsed"]
    assert parsed["name"] is None
    schools = {entry["degree"]: entry["institution"] for entry in parsed["education"]}
    assert schools["Bachelor of Science"] == "San Diego State University"
    assert schools["Associate of Science"] == "Vincennes University"
