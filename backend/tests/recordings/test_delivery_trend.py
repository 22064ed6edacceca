"""The dashboard's delivery trend: one point per analysed interview, the candidate's own only."""

import uuid

from sqlalchemy import update

from app.recordings.models import Recording
from tests.factories import signed_in_candidate
from tests.recordings.helpers import interview_in_progress, open_recording


def report(wpm: float, fillers: float, pauses: int, looking: float | None) -> dict:
    return {
        "speaking": {"words_per_minute": wpm, "speaking_ratio": 0.7},
        "fillers": {"per_minute": fillers},
        "pauses": {"count_long": pauses},
        "video": {"available": looking is not None, "looking_at_camera_ratio": looking},
    }


async def analysed_recording(client, db_session, me, analysis: dict | None):
    me, interview = await interview_in_progress(client, db_session, me)
    recording = await open_recording(client, me, interview["id"])
    values = {"status": "ready", "analysis_status": "done" if analysis else "running"}
    await db_session.execute(
        update(Recording)
        .where(Recording.id == uuid.UUID(recording["id"]))
        .values(**values, analysis=analysis)
    )
    await db_session.commit()
    return me, interview


async def test_each_analysed_interview_is_a_point_oldest_first(client, db_session):
    me = await signed_in_candidate(client)
    _, first = await analysed_recording(client, db_session, me, report(185, 6.0, 4, 0.4))
    _, second = await analysed_recording(client, db_session, me, report(150, 2.5, 1, None))
    await analysed_recording(client, db_session, me, None)  # still being analysed
    other = await signed_in_candidate(client)
    await analysed_recording(client, db_session, other, report(90, 9.0, 9, 0.1))

    response = await client.get("/api/dashboard/delivery", headers=me.headers)
    assert response.status_code == 200
    points = response.json()
    assert [p["interview_id"] for p in points] == [first["id"], second["id"]]
    assert [p["words_per_minute"] for p in points] == [185, 150]
    assert [p["fillers_per_minute"] for p in points] == [6.0, 2.5]
    assert [p["long_pauses"] for p in points] == [4, 1]
    assert points[0]["looking_at_camera_ratio"] == 0.4
    assert points[1]["looking_at_camera_ratio"] is None, "audio-only: no eye contact figure"


async def test_the_trend_needs_a_sign_in(client):
    assert (await client.get("/api/dashboard/delivery")).status_code == 401
