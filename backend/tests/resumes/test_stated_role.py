"""The job a resume says its candidate does or seeks (issue 10): graduates' CVs often list no job
and keep the degree in a table, and say what they are only in a "Post applied for" line, an
objective's "as a Mechanical Engineer", or a title alone under the name."""

import pytest

from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

CONTACT = "Email: candidate@example.com\nMobile: +91 98450 12345"


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Post Applied For: Civil Engineer", "Civil Engineer"),
        ("APPLY POST FOR: \u201cMECHANICAL ENGINEER\u201d", "MECHANICAL ENGINEER"),
        ("Position applied for - Electrical Site Engineer", "Electrical Site Engineer"),
        ("Work Objective\nSeeking a challenging role in an organization as a Mechanical Engineer\n"
         "where I can utilize my strength", "Mechanical Engineer"),
        ("CAREER OBJECTIVE\nTo get a job in a reputed organization as a mechanical engineer, where "
         "I can utilize my technical skills", "mechanical engineer"),
        ("Objective: to work as an Accounts Executive in a growing firm", "Accounts Executive"),
        ("Profile: presently working as a Sr. Accountant with a trading company", "Sr Accountant"),
    ],
)  # fmt: skip
def test_the_role_a_cv_says_it_seeks_is_read(opening, role):
    text = f"RAHUL VERMA\n{CONTACT}\n{opening}\nEDUCATION\nB.E. 2016, Pune University"

    assert parse_resume_text(text).stated_role == role


@pytest.mark.parametrize(
    ("headline", "role"),
    [
        ("ELECTRICAL ENGINEER", "ELECTRICAL ENGINEER"),
        ("Worked As Account Assistant.", "Account Assistant"),
    ],
)
def test_a_title_alone_under_the_name_is_the_stated_role(headline, role):
    text = f"PRIYA NAIR\n{headline}\n{CONTACT}\nSKILLS\nAutoCAD, PLC, SCADA"

    assert parse_resume_text(text).stated_role == role


@pytest.mark.parametrize(
    "opening",
    [
        "Objective: to grow as a team player in a reputed organization",
        "Served as a liaison between the design office and the site",
        "Worked as a part of the maintenance crew for two summers",
        "Hobbies: reading, cricket and travelling",
    ],
)
def test_phrases_that_name_no_job_give_no_stated_role(opening):
    text = f"RAHUL VERMA\n{CONTACT}\n{opening}\nEDUCATION\nB.E. 2016, Pune University"

    assert parse_resume_text(text).stated_role is None


async def test_an_uploaded_cv_shows_the_role_it_states(client):
    me = await signed_in_candidate(client)
    text = (
        "SAQIB KHAN\nEmail: saqib.khan@example.com\nCURRICULUM VITAE\nWork Objective\n"
        "Seeking a challenging role in an organization as a Mechanical Engineer\n"
        "Training and Projects\nSummer training on diesel engine overhaul at the railway works\n"
    )

    response = await upload_resume_file(client, me, text.encode(), "cv.txt")

    assert response.json()["parsed"]["stated_role"] == "Mechanical Engineer"


async def test_the_candidate_corrects_the_stated_role_and_it_is_kept(client):
    me = await signed_in_candidate(client)
    text = f"RAHUL VERMA\n{CONTACT}\nPost Applied For: Site Engineer\nSKILLS\nAutoCAD, STAAD.Pro"
    resume = (await upload_resume_file(client, me, text.encode(), "cv.txt")).json()

    response = await client.patch(
        f"/api/resumes/{resume['id']}", headers=me.headers, json={"stated_role": "Civil Engineer"}
    )

    assert response.status_code == 200, response.text
    again = await client.get(f"/api/resumes/{resume['id']}", headers=me.headers)
    assert again.json()["parsed"]["stated_role"] == "Civil Engineer"
    assert [skill["name"] for skill in again.json()["parsed"]["skills"]] == ["AutoCAD", "STAAD.Pro"]


async def test_a_stated_role_longer_than_a_title_is_refused(client):
    me = await signed_in_candidate(client)
    resume = (await upload_resume_file(client, me, b"RAHUL VERMA\nCivil Engineer", "cv.txt")).json()

    response = await client.patch(
        f"/api/resumes/{resume['id']}", headers=me.headers, json={"stated_role": "x" * 201}
    )

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"
