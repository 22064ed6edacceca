"""A job title shows the practice it names (issue 10): a Database Administrator who
administered Oracle databases was told "Missing: Database Administration" for a posting asking
for "3+ years as a DBA", because no skills list said the words."""

from app.jobs.matching import match_resume_to_job
from tests.documents import make_pdf
from tests.factories import signed_in_candidate, upload_resume_file
from tests.jobs.match_samples import posting, resume

DBA_POSTING = """Database Administrator
We need a DBA for our Oracle estate.
Requirements:
- 3+ years as a DBA
- Oracle, RMAN, PL/SQL
"""

DBA_RESUME = """Ravi Kumar
ravi.kumar@example.com

Skills
Oracle, SQL Server, RMAN

Experience
Database Administrator, Northwind Bank, Chennai
Mar 2019 - Present
- Administered Oracle 19c databases for core banking
- Planned backups and restores with RMAN
"""

ANALYST_RESUME = DBA_RESUME.replace("Database Administrator,", "Reporting Analyst,")


def test_the_practice_a_title_names_is_matched_and_shown_in_experience() -> None:
    result = match_resume_to_job(resume(DBA_RESUME), posting(DBA_POSTING))

    assert "Database Administration" in result.matched_skills
    assert "Database Administration" not in result.missing_required
    skills_reason = next(part.reason for part in result.parts if part.name == "skills")
    assert "your experience shows Database Administration" in skills_reason


def test_without_the_title_the_practice_is_still_missing() -> None:
    result = match_resume_to_job(resume(ANALYST_RESUME), posting(DBA_POSTING))

    assert "Database Administration" in result.missing_required


async def test_the_match_api_credits_the_practice_a_title_names(client) -> None:
    me = await signed_in_candidate(client)
    uploaded = await upload_resume_file(client, me, make_pdf(DBA_RESUME), "cv.pdf")

    response = await client.post(
        "/api/match",
        headers=me.headers,
        json={"resume_id": uploaded.json()["id"], "jd_text": DBA_POSTING},
    )

    assert response.status_code == 200, response.text
    assert "Database Administration" in response.json()["matched_skills"]
    assert "Database Administration" not in response.json()["missing_required"]
