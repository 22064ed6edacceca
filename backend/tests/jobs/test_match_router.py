"""POST /api/match: the parts of the score in the response, and who may ask."""

from tests.factories import signed_in_candidate
from tests.interviews.helpers import upload_resume
from tests.jobs.match_samples import (
    CARE_ASSISTANT_POSTING,
    MECHANICAL_POSTING,
    MECHANICAL_RESUME,
    SOFTWARE_RESUME,
    UNTITLED_NURSE_RESUME,
    UNTITLED_SOFTWARE_RESUME,
    WARD_NURSE_POSTING,
)


async def _match(client, me, resume_id: str, **job) -> dict:
    response = await client.post(
        "/api/match", headers=me.headers, json={"resume_id": resume_id, **job}
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_match_shows_each_part_with_its_weight_and_reason(client):
    me = await signed_in_candidate(client)
    mechanical = await upload_resume(client, me, MECHANICAL_RESUME)
    software = await upload_resume(client, me, SOFTWARE_RESUME)

    fit = await _match(client, me, mechanical, jd_text=MECHANICAL_POSTING)
    other = await _match(client, me, software, jd_text=MECHANICAL_POSTING)

    assert [part["name"] for part in fit["parts"]] == [
        "skills",
        "occupation",
        "semantic",
        "experience",
    ]
    for part in fit["parts"]:
        assert set(part) == {"name", "score", "weight", "reason"}
        assert 0 <= part["score"] <= 100 and 0 <= part["weight"] <= 1 and part["reason"]
    parts = {part["name"]: part for part in fit["parts"]}
    assert "Mechanical Engineers" in parts["occupation"]["reason"]
    assert "specific to the field: " in parts["skills"]["reason"]
    assert "Finite Element Analysis" in parts["skills"]["reason"]
    assert "Mechanical Design Engineer at" in parts["semantic"]["reason"]
    assert fit["score"] >= other["score"] + 40
    assert fit["explanation"]


async def test_a_saved_description_matches_like_pasted_text(client):
    me = await signed_in_candidate(client)
    resume_id = await upload_resume(client, me, MECHANICAL_RESUME)
    saved = await client.post(
        "/api/job-descriptions", headers=me.headers, json={"text": MECHANICAL_POSTING}
    )
    assert saved.status_code == 201, saved.text

    by_id = await _match(client, me, resume_id, job_description_id=saved.json()["id"])
    by_text = await _match(client, me, resume_id, jd_text=MECHANICAL_POSTING)

    assert by_id == by_text


async def test_matching_needs_a_signed_in_owner(client):
    me = await signed_in_candidate(client)
    stranger = await signed_in_candidate(client)
    resume_id = await upload_resume(client, me, MECHANICAL_RESUME)
    body = {"resume_id": resume_id, "jd_text": MECHANICAL_POSTING}

    anonymous = await client.post("/api/match", json=body)
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["code"]
    theirs = await client.post("/api/match", headers=stranger.headers, json=body)
    assert theirs.status_code == 404


async def test_a_nurse_without_a_job_title_ranks_above_a_developer_for_a_nursing_job(client):
    """Resumes that open with a list of skills and name no title: the field comes from the
    skills and the duties."""
    me = await signed_in_candidate(client)
    nurse = await upload_resume(client, me, UNTITLED_NURSE_RESUME)
    developer = await upload_resume(client, me, UNTITLED_SOFTWARE_RESUME)

    for job in (WARD_NURSE_POSTING, CARE_ASSISTANT_POSTING):
        fit = await _match(client, me, nurse, jd_text=job)
        other = await _match(client, me, developer, jd_text=job)

        assert fit["score"] >= other["score"] + 20, (job, fit["score"], other["score"])
