"""A graduate's CV that lists no job is matched by the role it states ("Post applied for",
"as a Mechanical Engineer"), and the explanation says so; a degree in the discipline a posting
asks for counts as that skill (issue 10)."""

import pytest

from app.jobs.matching import match_resume_to_job
from app.jobs.parsing import parse_job_description
from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

POSTING = """Mechanical Engineer

We design pumps and compressors for process plants.

Requirements:
- Degree in mechanical engineering
- Design of rotating equipment and pressure vessels
"""

GRADUATE = """SAQIB KHAN
Email: saqib.khan@example.com
CURRICULUM VITAE
{opening}
EDUCATION
Course Institution Year Marks
B.Tech Integral University 2017 72%
Training and Projects
Summer training at the railway diesel shed: overhaul of engines and pumps.
"""


def _occupation(resume_text: str):
    match = match_resume_to_job(parse_resume_text(resume_text), parse_job_description(POSTING))
    return match, next(part for part in match.parts if part.name == "occupation")


def test_the_role_a_graduate_states_is_matched_and_named_in_the_reason():
    stated = GRADUATE.format(opening="Objective: a challenging role as a Mechanical Engineer")
    silent = GRADUATE.format(opening="Objective: a challenging role in a reputed organization")

    match, occupation = _occupation(stated)
    unstated_match, unstated = _occupation(silent)

    assert occupation.reason.startswith(
        "The job you state, “Mechanical Engineer”, reads as Mechanical Engineers"
    )
    assert occupation.score > unstated.score
    assert match.score > unstated_match.score


@pytest.mark.parametrize("role", ["JAVA INTERN", "Trainee"])
def test_telling_tools_speak_when_the_stated_role_reads_as_no_job_or_another(role):
    text = GRADUATE.format(opening=f"Post applied for: {role}")

    _, occupation = _occupation(text + "SKILLS\nSolidWorks, ANSYS, AutoCAD, CATIA\n")

    assert occupation.reason.startswith("The tools on your resume point to Mechanical Engineers")


async def test_the_match_api_explains_a_stated_role(client):
    me = await signed_in_candidate(client)
    text = GRADUATE.format(opening="Post Applied For: Mechanical Engineer")
    resume = (await upload_resume_file(client, me, text.encode(), "cv.txt")).json()

    response = await client.post(
        "/api/match", headers=me.headers, json={"resume_id": resume["id"], "jd_text": POSTING}
    )

    assert response.status_code == 200, response.text
    parts = {part["name"]: part for part in response.json()["parts"]}
    assert "“Mechanical Engineer”" in parts["occupation"]["reason"]


def test_a_degree_in_the_discipline_a_posting_asks_for_counts_as_that_skill():
    text = (
        "Rahul Verma\nrahul@example.com\nEXPERIENCE\nSite Engineer, ABC Constructions Pvt Ltd\n"
        "June 2015 - March 2018\n- Supervised RCC work\n"
        "EDUCATION\nB.E. in Civil Engineering, Anna University, 2013\n"
    )
    posting = "Civil Site Engineer\n\nRequirements:\n- Degree in civil engineering\n"

    match = match_resume_to_job(parse_resume_text(text), parse_job_description(posting))

    assert match.matched_skills == ["Civil Engineering"]
    assert match.missing_required == []


def test_a_degree_written_in_short_is_no_skill():
    text = "Anu Thomas\nanu@example.com\nEDUCATION\nB.Tech in ECE, Kerala University, 2016\n"
    posting = "Preschool Teacher\n\nRequirements:\n- Early childhood education\n"

    match = match_resume_to_job(parse_resume_text(text), parse_job_description(posting))

    assert "Early Childhood Education" not in match.matched_skills
