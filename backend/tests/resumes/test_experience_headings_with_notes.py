"""Experience headings that carry a note ("PROFESSIONAL EXPERIENCE (18 +Years):", "Work
Experience - 7 years") or say which jobs they hold ("PRESENT PROFESSIONAL EXPERIENCE",
"Current Experience", "Industrial Experience") head the CV's jobs (issue 10). Before, their
jobs ran into the section above (the summary or the skills) and none was read."""

import pytest

from app.resumes.parsing.parser import parse_resume_text
from app.resumes.parsing.sections import heading_kind
from tests.factories import signed_in_candidate, upload_resume_file

REFINERY_CV = """RAJESH SHARMA
Email: rajesh.sharma@example.com
CAREER OBJECTIVE
To work in a challenging environment.
PRESENT PROFESSIONAL EXPERIENCE:
INDIAN OIL CORPORATION LTD. Refinery, Vadodara
 Designation          : Junior Engineer
 Client                  : Indian Oil Corporation Ltd
 Duration               : Since 18th May 2017 to till time
SKILLS
AutoCAD
"""


@pytest.mark.parametrize(
    "heading",
    [
        "PRESENT PROFESSIONAL EXPERIENCE:",
        "PROFESSIONAL EXPERIENCE (18 +Years):",
        "Work Experience \u2013 7 years",
        "Experience: 4+ years",
        "Current Experience",
        "Industrial Experience",
    ],
)
def test_an_experience_heading_with_a_note_heads_the_jobs(heading):
    assert heading_kind(heading) == "experience"


def test_a_years_figure_alone_is_no_heading():
    assert heading_kind("10 years experience") is None


def test_jobs_under_a_present_experience_heading_are_read():
    [job] = parse_resume_text(REFINERY_CV).experience

    assert (job.title, job.company, job.start, job.end) == (
        "Junior Engineer", "INDIAN OIL CORPORATION LTD. Refinery", "2017-05", None,
    )  # fmt: skip


async def test_an_uploaded_cv_shows_the_job_under_its_present_experience(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, REFINERY_CV.encode(), "rajesh.txt")

    [job] = response.json()["parsed"]["experience"]
    assert (job["title"], job["start"]) == ("Junior Engineer", "2017-05")
