"""Malformed input is a 422 naming the field, on SQLite and Postgres alike, never a 500:
NUL characters (which Postgres cannot store), integers past 64 bits, null where a value must be."""

import pytest

from tests.factories import signed_in_admin, signed_in_candidate, unique_email
from tests.interviews.helpers import (
    create_interview,
    current_question,
    start,
    upload_resume,
)

HUGE = 2**70
JOB = {
    "title": "Data Analyst",
    "company": "Initech",
    "location": "Austin, TX",
    "description": "We need a data analyst with SQL, Python and dashboards to help our teams.",
}
QUESTION = {
    "text": "Tell me about a time you shipped under pressure.",
    "category": "behavioral",
    "key_points": ["Context", "What you did"],
}


def _assert_field(response, field: str) -> None:
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert field in {detail["field"] for detail in error["details"]}
    assert error["message"].startswith(f"{field}: ")


async def test_nul_in_a_registration_name_is_refused_without_signing_in(client):
    response = await client.post(
        "/api/auth/register",
        json={"email": unique_email(), "password": "correct-horse-9", "full_name": "Ada\u0000"},
    )
    _assert_field(response, "full_name")


async def test_nul_in_a_search_query_is_refused(client):
    me = await signed_in_candidate(client)
    response = await client.get("/api/jobs/search", headers=me.headers, params={"q": "py\0thon"})
    _assert_field(response, "query.q")


async def test_nul_in_a_job_description_is_refused(client):
    me = await signed_in_candidate(client)
    text = "We are hiring a backend engineer with Python and PostgreSQL.\u0000"
    response = await client.post("/api/job-descriptions", headers=me.headers, json={"text": text})
    _assert_field(response, "text")


async def test_nul_in_an_answer_is_refused(client, shipped):
    me = await signed_in_candidate(client)
    interview = await create_interview(client, me)
    question = current_question(await start(client, me, interview["id"]))
    response = await client.post(
        f"/api/interviews/{interview['id']}/questions/{question['id']}/answer",
        headers=me.headers,
        json={"transcript": "I led the \u0000 migration."},
    )
    _assert_field(response, "transcript")


async def test_nul_deep_in_an_admin_body_is_refused_naming_its_path(client, db_session):
    admin = await signed_in_admin(client, db_session)
    body = {**QUESTION, "key_points": ["Context", "What\u0000 you did"]}
    response = await client.post("/api/questions", headers=admin.headers, json=body)
    _assert_field(response, "key_points.1")


async def test_nul_in_a_form_field_is_refused(client):
    response = await client.post(
        "/api/auth/login", data={"username": "ada\0@example.com", "password": "x"}
    )
    _assert_field(response, "username")


@pytest.mark.parametrize(
    ("path", "as_admin"),
    [
        ("/api/jobs/search", False),
        ("/api/interviews", False),
        ("/api/dashboard/history", False),
        ("/api/users", True),
        ("/api/questions", True),
        ("/api/admin/interviews", True),
    ],
)
async def test_a_page_number_past_64_bits_is_refused(client, db_session, path, as_admin):
    me = await (signed_in_admin(client, db_session) if as_admin else signed_in_candidate(client))
    response = await client.get(path, headers=me.headers, params={"page": HUGE})
    _assert_field(response, "query.page")


async def test_a_salary_past_64_bits_is_refused_in_search_and_in_a_job(client, db_session):
    admin = await signed_in_admin(client, db_session)
    search = await client.get(
        "/api/jobs/search", headers=admin.headers, params={"salary_min": HUGE}
    )
    _assert_field(search, "query.salary_min")
    created = await client.post(
        "/api/jobs", headers=admin.headers, json={**JOB, "salary_min": HUGE}
    )
    _assert_field(created, "salary_min")


async def test_an_interview_seed_past_the_stored_range_is_refused(client, shipped):
    me = await signed_in_candidate(client)
    response = await client.post(
        "/api/interviews", headers=me.headers, json={"role": "Backend engineer", "seed": 2**40}
    )
    _assert_field(response, "seed")


@pytest.mark.parametrize(
    "field", ["years_experience", "education", "experience", "skills", "links", "certifications"]
)
async def test_null_for_a_resume_field_that_cannot_be_empty_is_refused(client, field):
    me = await signed_in_candidate(client)
    resume_id = await upload_resume(client, me)
    response = await client.patch(
        f"/api/resumes/{resume_id}", headers=me.headers, json={field: None}
    )
    _assert_field(response, field)
    kept = await client.patch(f"/api/resumes/{resume_id}", headers=me.headers, json={"name": None})
    assert kept.status_code == 200


@pytest.mark.parametrize("field", ["remote", "description", "title", "job_type", "currency"])
async def test_null_for_a_required_job_field_is_refused(client, db_session, field):
    admin = await signed_in_admin(client, db_session)
    job = (await client.post("/api/jobs", headers=admin.headers, json=JOB)).json()
    response = await client.patch(
        f"/api/jobs/{job['id']}", headers=admin.headers, json={field: None}
    )
    _assert_field(response, field)
    cleared = await client.patch(
        f"/api/jobs/{job['id']}", headers=admin.headers, json={"salary_min": None}
    )
    assert cleared.status_code == 200


async def test_a_description_whose_first_line_is_too_long_for_a_title_is_saved(client, shipped):
    me = await signed_in_candidate(client)
    text = "0" * 300 + "\nWe need Python and SQL."
    saved = await client.post("/api/job-descriptions", headers=me.headers, json={"text": text})
    assert saved.status_code == 201, saved.text
    assert saved.json()["title"] is None
    interview = await client.post(
        "/api/interviews", headers=me.headers, json={"role": "Data analyst", "jd_text": text}
    )
    assert interview.status_code == 201, interview.text
    assert interview.json()["job_title"] is None
