"""A finished interview to practise on: typed answers, evaluated; or one answered on camera."""

import uuid

from sqlalchemy import update

from app.recordings.models import Recording
from tests.helpers import get_ok
from tests.interviews.helpers import answer, create_interview, current_question, start

VAGUE = (
    "I think it depends on the situation. Usually I try to do a good job and I work with "
    "the team, and things generally turn out fine in the end for everyone involved."
)
NO_FOLLOW_UPS = {"time_per_question_s": 120, "follow_ups": False}


async def finished_interview(client, me, tasks, *, answers: list[str], **create) -> str:
    """An interview with these answers to its first questions, one more question skipped,
    completed and evaluated."""
    interview = await create_interview(
        client, me, question_count=len(answers) + 1, settings=NO_FOLLOW_UPS, **create
    )
    iid = interview["id"]
    running = await start(client, me, iid)
    for text in answers:
        question = current_question(running)
        response = await answer(client, me, iid, question["id"], text)
        assert response.status_code == 200, response.text
        running = response.json()
    completed = await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    assert completed.status_code == 200, completed.text
    await tasks.drain()
    return iid


async def results_of(client, me, iid: str) -> dict:
    return await get_ok(client, me, f"/api/results/{iid}")


VIDEO = b"\x1a\x45\xdf\xa3" + bytes(range(256)) * 8


def delivery_report(question_id: str) -> dict:
    """What the recording's analysis stores, for one answer."""
    return {
        "duration_s": 30.0,
        "speaking": {
            "words": 60,
            "words_per_minute": 142.0,
            "speaking_time_s": 25.0,
            "speaking_ratio": 0.8,
        },
        "fillers": {"count": 3, "per_minute": 7.2, "top": [{"word": "um", "count": 3}]},
        "pauses": {"threshold_s": 2.0, "count_long": 1, "longest_s": 2.5, "items": []},
        "loudness": {"mean_dbfs": -20.0, "variation_db": 4.0},
        "video": {
            "available": True,
            "frames_sampled": 30,
            "face_visible_ratio": 0.9,
            "looking_at_camera_ratio": 0.7,
            "smiling_ratio": 0.2,
        },
        "cards": [
            {
                "key": "pace",
                "label": "Speaking pace",
                "value": "142 wpm",
                "status": "good",
                "hint": "A comfortable pace to follow.",
            }
        ],
        "timeline": [],
        "per_question": [
            {
                "question_id": question_id,
                "start_s": 1.0,
                "end_s": 28.0,
                "words": 60,
                "words_per_minute": 142.0,
                "filler_count": 3,
                "long_pauses": 1,
            }
        ],
    }


async def recorded_interview(client, db_session, tasks, data_dir, me) -> tuple[str, str]:
    """A finished interview answered on camera: (its id, its recording's id), the recording
    processed and analysed, with a chapter for the first question."""
    interview = await create_interview(client, me, question_count=2, settings=NO_FOLLOW_UPS)
    iid = interview["id"]
    running = await start(client, me, iid)
    opened = await client.post(
        "/api/recordings",
        headers=me.headers,
        json={"interview_id": iid, "mime_type": "video/webm;codecs=vp8,opus"},
    )
    recording_id = opened.json()["id"]
    qid = current_question(running)["id"]
    marker = {"question_id": qid, "started_at_s": 1.0, "ended_at_s": 28.0}
    await client.post(f"/api/recordings/{recording_id}/markers", headers=me.headers, json=marker)
    await answer(client, me, iid, qid, VAGUE, source="browser_stt")
    await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    await tasks.drain()
    key = f"recordings/{recording_id}/recording.webm"
    path = data_dir / "media" / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(VIDEO)
    await db_session.execute(
        update(Recording)
        .where(Recording.id == uuid.UUID(recording_id))
        .values(
            status="ready",
            file_key=key,
            file_bytes=len(VIDEO),
            duration_s=30.0,
            has_video=True,
            analysis_status="done",
            analysis=delivery_report(qid),
        )
    )
    await db_session.commit()
    return iid, recording_id
