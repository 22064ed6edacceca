"""A programming language or framework held as a trainee ("Java Intern", ".NET Trainee",
"Android Intern") reads as its developer, as "Mechanical Engineering Intern" reads as a
mechanical engineer (issue 10). Before, "Java intern" read as no occupation, and a Java intern
whose later contract was in testing ranked below testers for a Java posting ("Your title
'Java intern' does not read as this role"). A subject that is no technology ("Marketing
Intern") is not rewritten."""

from app.jobs.match_occupation import resume_title_readings
from app.jobs.matching import match_resume_to_job
from tests.factories import signed_in_candidate
from tests.interviews.helpers import upload_resume
from tests.jobs.match_samples import posting, resume

SOFTWARE_DEVELOPERS = "15-1252.00"
JAVA_INTERN_RESUME = """Arjun Rao
arjun.rao@example.com

Experience
Java Intern, Northwind Bank Services
Jun 2023 - Present
- Built a leave management module with Spring MVC and Hibernate
- Wrote REST services consumed by the bank's web application

Education
M.S. Computer Science, State University
"""
JAVA_POSTING = """Java Developer
Build and maintain Spring Boot services and REST APIs for our payments platform.
Write unit tests and review code with the team."""


def test_a_technology_interns_title_reads_as_its_developer():
    for title in ("Java Intern", ".NET Trainee", "Android Intern"):
        codes = [reading.code for reading in resume_title_readings(title, "")]
        assert SOFTWARE_DEVELOPERS in codes[:2], title


def test_an_intern_in_a_subject_that_is_no_technology_is_not_read_as_a_developer():
    codes = [reading.code for reading in resume_title_readings("Marketing Intern", "")]

    assert SOFTWARE_DEVELOPERS not in codes


def test_a_java_intern_reads_as_a_developer_for_a_java_posting():
    fit = match_resume_to_job(resume(JAVA_INTERN_RESUME), posting(JAVA_POSTING))

    occupation = next(part for part in fit.parts if part.name == "occupation")
    assert "does not read as this role" not in occupation.reason
    assert "Software Developers" in occupation.reason or "Computer Programmers" in occupation.reason


async def test_the_match_api_explains_a_java_interns_title_as_a_developers(client):
    me = await signed_in_candidate(client)
    resume_id = await upload_resume(client, me, JAVA_INTERN_RESUME)

    response = await client.post(
        "/api/match", headers=me.headers, json={"resume_id": resume_id, "jd_text": JAVA_POSTING}
    )

    assert response.status_code == 200, response.text
    occupation = next(part for part in response.json()["parts"] if part["name"] == "occupation")
    assert "Java Intern" in occupation["reason"]
    assert "does not read as this role" not in occupation["reason"]
