"""The sections of a CV as Indian and Gulf CVs head them (issue 10): the degrees under
"Academic Qualification", the candidate's particulars under "Personal Dossier" and the closing
"Declaration". Unknown, such headings had their lines read as part of the section above: its
school lines went unread, and "Declaration", "Male" or "Indian" were listed as skills."""

from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

CV = """RAVI SHARMA
Email: ravi.s@example.com
Objective
To work as a mechanical engineer.
ACADEMIC QUALIFICATION
 Graduation :          B.Tech in mechanical Engineering from UPTU (Lucknow) with
69.63%
 Intermediate :         Passed with 78.2% from U.P. Board of Education.
Basic knowledge of MS Office and Primavera.
TECHNICAL SKILLS
AutoCAD, SolidWorks
PERSONAL DOSSIER
Gender : Male
Nationality : Indian
DECLARATION
I hereby declare that the above information is true.
"""


def test_every_line_under_academic_qualification_is_read_as_schooling():
    parsed = parse_resume_text(CV)

    assert parsed.highest_degree == "Bachelor"
    assert [(entry.degree, entry.field) for entry in parsed.education] == [
        ("B.Tech", "mechanical Engineering"),
        ("Intermediate", None),
    ]


def test_the_particulars_and_the_declaration_give_no_skills_and_the_tools_learnt_count():
    skills = {skill.name for skill in parse_resume_text(CV).skills}

    assert {"AutoCAD", "SolidWorks", "MS Office", "Primavera"} <= skills
    assert not skills & {"DECLARATION", "Male", "Indian", "PERSONAL DOSSIER"}


async def test_an_uploaded_cv_shows_its_degree_and_skills(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, CV.encode(), "ravi.txt")

    parsed = response.json()["parsed"]
    assert parsed["highest_degree"] == "Bachelor"
    assert "DECLARATION" not in {skill["name"] for skill in parsed["skills"]}
