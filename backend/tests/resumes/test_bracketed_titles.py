"""A job title qualified by a bracket ("Registered Nurse (ICU)", "Nurse [Part-time]") with its
employer on the same line keeps its job: the bracket is not the title's last word, so the line
is not read as a sentence describing the job (issue 10)."""

import pytest

from app.resumes.parsing.experience import parse_experience
from app.resumes.parsing.parser import parse_resume_text
from app.resumes.parsing.roles import title_score
from tests.factories import signed_in_candidate, upload_resume_file


def _jobs(lines: list[str]) -> list[tuple]:
    return [(job.title, job.company, job.start, job.end) for job in parse_experience(lines)]


@pytest.mark.parametrize(
    ("header", "title", "company"),
    [
        ("Registered Nurse (ICU), St Anne's Hospital", "Registered Nurse (ICU)",
         "St Anne's Hospital"),
        ("Marketing Manager (EMEA), Acme Corp", "Marketing Manager (EMEA)", "Acme Corp"),
        ("Software Engineer (Contract) - Acme Ltd", "Software Engineer (Contract)", "Acme Ltd"),
        ("Teacher (Grade 5) at Springfield Elementary", "Teacher (Grade 5)",
         "Springfield Elementary"),
        ("Nurse [Part-time] | City Hospital", "Nurse [Part-time]", "City Hospital"),
    ],
)  # fmt: skip
def test_a_title_ending_in_a_bracket_keeps_its_job_and_employer(header, title, company):
    lines = [header, "Jan 2018 - Present", "Cared for 30 patients a shift on a surgical ward"]

    assert _jobs(lines) == [(title, company, "2018-01", None)]


def test_a_description_ending_in_a_bracket_is_still_not_a_title():
    lines = ["Managed a team of five nurses (ICU)", "2018 - Present", "- Built things"]

    assert _jobs(lines)[0][:2] == (None, None)


def test_a_company_qualified_by_a_bracket_stays_the_company():
    lines = ["Senior Engineer", "Acme Corp (formerly Zenith Technologies)", "Jan 2018 - Present"]

    assert _jobs(lines)[0][:2] == ("Senior Engineer", "Acme Corp (formerly Zenith Technologies)")


def test_a_title_is_scored_by_its_words_before_a_trailing_bracket():
    assert title_score("Registered Nurse (ICU)") == title_score("Registered Nurse")
    assert title_score("Acme Ltd (UK)") == title_score("Acme Ltd")


RESUME = (
    "Jane Carter\n"
    "jane.carter@example.com\n\n"
    "EXPERIENCE\n"
    "Registered Nurse (ICU), St Anne's Hospital\n"
    "Jan 2018 - Present\n"
    "- Cared for 12 critically ill patients a week on ventilators\n"
    "Staff Nurse, Riverside Clinic\n"
    "Jun 2014 - Dec 2017\n"
    "- Gave medication to 30 patients a shift\n\n"
    "SKILLS\n"
    "Patient Assessment, Wound Care\n"
)


def test_the_nurse_resume_reads_both_jobs_with_their_highlights():
    parsed = parse_resume_text(RESUME)

    assert [(job.title, job.company) for job in parsed.experience] == [
        ("Registered Nurse (ICU)", "St Anne's Hospital"),
        ("Staff Nurse", "Riverside Clinic"),
    ]
    assert parsed.experience[0].highlights == [
        "Cared for 12 critically ill patients a week on ventilators"
    ]


async def test_uploading_the_resume_shows_the_bracketed_title_and_its_employer(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, RESUME.encode("utf-8"), "resume.txt")
    jobs = response.json()["parsed"]["experience"]
    assert [(job["title"], job["company"], job["start"]) for job in jobs] == [
        ("Registered Nurse (ICU)", "St Anne's Hospital", "2018-01"),
        ("Staff Nurse", "Riverside Clinic", "2014-06"),
    ]
