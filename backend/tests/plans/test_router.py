"""Interview plans through the API: create, read, rebuild, auto-completion, reminders, access."""

import uuid
from datetime import UTC, date, datetime, timedelta

from app.interviews.models import Interview
from app.interviews.states import InterviewStatus
from tests.factories import signed_in_admin, signed_in_candidate

URL = "/api/plans"


def _today() -> date:
    # Read on every call, not at import: a run that crosses midnight UTC follows the server.
    return datetime.now(UTC).date()


def _day(offset: int) -> str:
    return (_today() + timedelta(days=offset)).isoformat()


async def _create(client, me, days_ahead: int = 14, **extra) -> dict:
    body = {"interview_date": _day(days_ahead), "sessions_per_week": 3, **extra}
    response = await client.post(URL, headers=me.headers, json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def _user_id(client, me) -> uuid.UUID:
    return uuid.UUID((await client.get("/api/auth/me", headers=me.headers)).json()["id"])


async def _completed_interview(db_session, user_id: uuid.UUID, on: date) -> uuid.UUID:
    at = datetime(on.year, on.month, on.day, 12, tzinfo=UTC)
    interview = Interview(
        user_id=user_id,
        role="Backend engineer",
        settings={},
        status=InterviewStatus.COMPLETED,
        started_at=at - timedelta(minutes=20),
        completed_at=at,
    )
    db_session.add(interview)
    await db_session.commit()
    return interview.id


async def test_a_plan_schedules_sessions_until_the_day_before_the_interview(client):
    me = await signed_in_candidate(client)
    plan = await _create(client, me, 14)
    days = [s["day"] for s in plan["sessions"]]
    assert days == sorted(days)
    assert days[0] >= _day(0) and days[-1] == _day(12)
    assert plan["sessions"][-1]["kind"] == "full_mock"
    assert plan["days_left"] == 14
    assert plan["progress"]["done"] == 0
    assert plan["progress"]["total"] == len(days) == plan["progress"]["remaining"]
    assert any("rest day" in line for line in plan["rule"])
    listed = (await client.get(URL, headers=me.headers)).json()["items"]
    assert [p["id"] for p in listed] == [plan["id"]]


async def test_bad_dates_and_paces_are_refused_with_a_clear_message(client):
    me = await signed_in_candidate(client)
    for body, code in [
        ({"interview_date": _day(0)}, "invalid_plan_date"),
        ({"interview_date": _day(181)}, "invalid_plan_date"),
        ({"interview_date": _day(10), "sessions_per_week": 0}, "validation_error"),
        ({"interview_date": _day(10), "sessions_per_week": 8}, "validation_error"),
        ({"interview_date": _day(10), "today": _day(-3)}, "invalid_plan_date"),
        ({"interview_date": _day(10), "job_id": str(uuid.uuid4())}, "plan_job_not_found"),
    ]:
        response = await client.post(URL, headers=me.headers, json=body)
        assert response.status_code == 422, body
        assert response.json()["error"]["code"] == code


async def test_the_candidates_own_date_decides_what_is_today(client):
    me = await signed_in_candidate(client)
    # Ahead of UTC (say Auckland): their today is tomorrow in UTC, and the interview is after it.
    plan = await _create(client, me, 3, today=_day(1))
    assert plan["sessions"][0]["day"] == _day(1)
    assert plan["days_left"] == 2


async def test_a_completed_interview_on_the_day_marks_the_session_done(client, db_session):
    me = await signed_in_candidate(client)
    plan = await _create(client, me, 1)  # one session, today
    session = plan["sessions"][0]
    assert session["state"] == "due"
    reminders = (await client.get(f"{URL}/reminders", headers=me.headers)).json()["items"]
    assert [r["session_id"] for r in reminders] == [session["id"]]

    interview_id = await _completed_interview(db_session, await _user_id(client, me), _today())
    read = (await client.get(f"{URL}/{plan['id']}", headers=me.headers)).json()
    assert read["sessions"][0]["state"] == "done"
    assert read["sessions"][0]["interview_id"] == str(interview_id)
    assert read["progress"]["done"] == 1
    assert (await client.get(f"{URL}/reminders", headers=me.headers)).json()["items"] == []


async def test_a_session_is_done_by_hand_but_not_before_its_day(client):
    me = await signed_in_candidate(client)
    plan = await _create(client, me, 20)
    first, last = plan["sessions"][0], plan["sessions"][-1]
    early = await client.post(
        f"{URL}/{plan['id']}/sessions/{last['id']}/done", headers=me.headers, json={}
    )
    assert early.status_code == 409
    assert first["day"] == _day(1)  # 19 practice days, 9 sessions: the first one tomorrow
    too_soon = await client.post(
        f"{URL}/{plan['id']}/sessions/{first['id']}/done", headers=me.headers, json={}
    )
    assert too_soon.status_code == 409
    done = await client.post(
        f"{URL}/{plan['id']}/sessions/{first['id']}/done",
        headers=me.headers,
        json={"today": _day(1)},
    )
    assert done.status_code == 200, done.text
    marked = next(s for s in done.json()["sessions"] if s["id"] == first["id"])
    assert marked["state"] == "done" and marked["done_by_hand"]


async def test_a_new_date_rebuilds_the_schedule_and_keeps_done_sessions(client, db_session):
    me = await signed_in_candidate(client)
    plan = await _create(client, me, 2)  # a full mock today
    await _completed_interview(db_session, await _user_id(client, me), _today())
    response = await client.patch(
        f"{URL}/{plan['id']}", headers=me.headers, json={"interview_date": _day(30)}
    )
    assert response.status_code == 200, response.text
    rebuilt = response.json()
    assert rebuilt["interview_date"] == _day(30)
    assert rebuilt["sessions"][0]["day"] == _day(0)
    assert rebuilt["sessions"][0]["state"] == "done"
    assert rebuilt["sessions"][-1]["day"] == _day(28)
    assert len({s["day"] for s in rebuilt["sessions"]}) == len(rebuilt["sessions"])
    assert rebuilt["progress"]["done"] == 1


async def test_snooze_and_dismiss_hide_a_reminder(client):
    me = await signed_in_candidate(client)
    plan = await _create(client, me, 1)
    planned = plan["sessions"][0]
    base = f"{URL}/{plan['id']}/sessions/{planned['id']}"
    snoozed = await client.post(f"{base}/snooze", headers=me.headers, json={"days": 1})
    assert snoozed.status_code == 200
    assert (await client.get(f"{URL}/reminders", headers=me.headers)).json()["items"] == []
    tomorrow = await client.get(f"{URL}/reminders?today={_day(1)}", headers=me.headers)
    assert tomorrow.status_code == 200
    other = await _create(client, me, 2)
    other_base = f"{URL}/{other['id']}/sessions/{other['sessions'][0]['id']}"
    assert (await client.post(f"{other_base}/dismiss", headers=me.headers, json={})).is_success
    reminders = (await client.get(f"{URL}/reminders", headers=me.headers)).json()["items"]
    assert reminders == []
    dismissed = (await client.get(f"{URL}/{other['id']}", headers=me.headers)).json()
    assert dismissed["sessions"][0]["state"] == "dismissed"
    assert dismissed["progress"]["missed"] == 0


async def test_plans_are_private_and_admins_only_read(client, db_session):
    me = await signed_in_candidate(client)
    plan = await _create(client, me, 10)
    stranger = await signed_in_candidate(client)
    admin = await signed_in_admin(client, db_session)
    plan_url = f"{URL}/{plan['id']}"
    assert (await client.get(plan_url, headers=stranger.headers)).status_code == 404
    assert (await client.delete(plan_url, headers=stranger.headers)).status_code == 404
    assert (await client.get(URL, headers=stranger.headers)).json()["items"] == []
    owner_id = await _user_id(client, me)
    forbidden = await client.get(f"{URL}?user_id={owner_id}", headers=stranger.headers)
    assert forbidden.status_code == 403
    assert (await client.get(plan_url, headers=admin.headers)).status_code == 200
    listed = await client.get(f"{URL}?user_id={owner_id}", headers=admin.headers)
    assert [p["id"] for p in listed.json()["items"]] == [plan["id"]]
    refused = await client.patch(plan_url, headers=admin.headers, json={"sessions_per_week": 5})
    assert refused.status_code == 403
    assert (await client.delete(plan_url, headers=me.headers)).status_code == 204
    assert (await client.get(plan_url, headers=me.headers)).status_code == 404
    assert (await client.get(URL)).status_code == 401
