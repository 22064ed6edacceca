"""Skills whose names hold letters that Unicode folds apart from lower(): the micro sign of
"Keil \u00b5Vision", as CVs type it, is the Greek mu of the knowledge's "Keil \u03bcVision". The
matcher found the mention and then failed to look it up, so the whole resume failed to parse."""

from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

CV = "PRIYA\nEXPERIENCE\nWorked with Keil \u00b5Vision v3 and Proteus on 8051 boards.\n"


def test_a_micro_sign_in_a_skill_name_does_not_break_parsing():
    skills = [skill.name for skill in parse_resume_text(CV).skills]

    assert any(name.startswith("Keil") for name in skills)


def test_a_listed_skill_with_a_micro_sign_reads_as_the_known_one():
    skills = [
        skill.name for skill in parse_resume_text("PRIYA\nSKILLS\nKeil \u00b5Vision, C\n").skills
    ]

    assert "Keil \u03bcVision" in skills


async def test_such_a_resume_uploads(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, CV.encode(), "priya.txt")

    assert response.status_code == 201
