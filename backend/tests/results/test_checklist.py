from tests.factories import signed_in_candidate
from tests.helpers import get_ok
from tests.interviews.helpers import (
    answer,
    create_interview,
    current_question,
    find_job,
    start,
    upload_resume,
)
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS


async def _checklist(client, me) -> dict:
    return await get_ok(client, me, "/api/dashboard/checklist")


async def test_a_new_candidate_has_done_none_of_the_first_steps(client):
    me = await signed_in_candidate(client)
    assert await _checklist(client, me) == {"resume": False, "job": False, "interview": False}


async def test_the_steps_tick_off_as_the_candidate_takes_them(client, shipped):
    me = await signed_in_candidate(client)
    await upload_resume(client, me)
    assert await _checklist(client, me) == {"resume": True, "job": False, "interview": False}

    job = await find_job(client, me, "backend")
    interview = await create_interview(
        client, me, job_id=job["id"], question_count=1, settings=NO_FOLLOW_UPS
    )
    assert await _checklist(client, me) == {"resume": True, "job": True, "interview": False}

    running = await start(client, me, interview["id"])
    await answer(client, me, interview["id"], current_question(running)["id"], DETAILED)
    await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    assert await _checklist(client, me) == {"resume": True, "job": True, "interview": True}


async def test_a_saved_job_description_counts_and_others_progress_does_not(client, shipped):
    me = await signed_in_candidate(client)
    other = await signed_in_candidate(client)
    await upload_resume(client, other)
    saved = await client.post(
        "/api/job-descriptions",
        headers=me.headers,
        json={"text": "Backend engineer. We need Python, PostgreSQL and Docker experience."},
    )
    assert saved.status_code == 201, saved.text
    assert await _checklist(client, me) == {"resume": False, "job": True, "interview": False}


async def test_the_checklist_needs_a_signed_in_user(client):
    response = await client.get("/api/dashboard/checklist")
    assert response.status_code == 401
    assert response.json()["error"]["code"]
