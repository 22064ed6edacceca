"""A candidate with something of everything: a resume file, a job description, a completed and
evaluated interview, and a recording whose file is on disk."""

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from app.recordings.models import Recording
from app.resumes.models import Resume
from tests.factories import SignedIn, signed_in_candidate
from tests.interviews.helpers import (
    answer,
    create_interview,
    current_question,
    load_shipped_data,
    start,
    upload_resume,
)
from tests.recordings.helpers import open_recording

RECORDING_BYTES = b"\x1a\x45\xdf\xa3" + bytes(range(256)) * 8
RETRY_BYTES = b"\x1a\x45\xdf\xa3" + b"\x07" * 2048
ANSWER = (
    "I led the migration of our billing service to Postgres. I planned it in stages, wrote "
    "a dual-write layer, measured error rates and cut over with no downtime for customers."
)


@dataclass
class Account:
    me: SignedIn
    user_id: str
    resume_id: str
    resume_file: Path
    interview_id: str
    recording_id: str
    recording_file: Path
    retry_file: Path


async def _answer_everything(client, me, interview: dict) -> None:
    interview_id = interview["id"]
    while any(q["status"] == "asked" for q in interview["questions"]):
        question = current_question(interview)
        response = await answer(client, me, interview_id, question["id"], ANSWER)
        assert response.status_code == 200, response.text
        interview = response.json()
    done = await client.post(f"/api/interviews/{interview_id}/complete", headers=me.headers)
    assert done.status_code == 200, done.text


async def _ready_recording(client, db_session, data_dir, me, interview_id: str) -> tuple[str, Path]:
    recording = await open_recording(client, me, interview_id)
    key = f"recordings/{recording['id']}/recording.webm"
    path = data_dir / "media" / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(RECORDING_BYTES)
    await db_session.execute(
        update(Recording)
        .where(Recording.id == uuid.UUID(recording["id"]))
        .values(status="ready", file_key=key, file_bytes=len(RECORDING_BYTES), duration_s=3.0)
    )
    await db_session.commit()
    return recording["id"], path


async def _retried_take(client, data_dir, me, interview_id: str) -> Path:
    """A new, recorded attempt at the first question of the finished interview."""
    results = (await client.get(f"/api/results/{interview_id}", headers=me.headers)).json()
    created = await client.post(
        f"/api/interviews/{interview_id}/questions/{results['questions'][0]['question_id']}"
        "/retries",
        headers=me.headers,
        json={"transcript": ANSWER, "source": "browser_stt", "media_type": "video/webm"},
    )
    assert created.status_code == 201, created.text
    uploaded = await client.put(
        f"/api/retries/{created.json()['id']}/media",
        headers={**me.headers, "Content-Type": "application/octet-stream"},
        content=RETRY_BYTES,
    )
    assert uploaded.status_code == 200, uploaded.text
    [take] = (data_dir / "media" / "retries" / interview_id).iterdir()
    return take


async def account_with_everything(client, db_session, data_dir, tasks) -> Account:
    await load_shipped_data(db_session)
    me = await signed_in_candidate(client, full_name="Ada Lovelace")
    user_id = (await client.get("/api/auth/me", headers=me.headers)).json()["id"]
    resume_id = await upload_resume(client, me)
    key = await db_session.scalar(
        select(Resume.storage_key).where(Resume.id == uuid.UUID(resume_id))
    )
    pasted = await client.post(
        "/api/job-descriptions",
        headers=me.headers,
        json={"title": "Data engineer", "text": "We need a data engineer who knows Python. " * 3},
    )
    assert pasted.status_code == 201, pasted.text
    interview = await create_interview(client, me, resume_id=resume_id, question_count=2)
    interview = await start(client, me, interview["id"])
    recording_id, recording_file = await _ready_recording(
        client, db_session, data_dir, me, interview["id"]
    )
    await _answer_everything(client, me, interview)
    await tasks.drain()
    retry_file = await _retried_take(client, data_dir, me, interview["id"])
    await tasks.drain()
    return Account(
        me=me,
        user_id=user_id,
        resume_id=resume_id,
        resume_file=data_dir / "media" / key,
        interview_id=interview["id"],
        recording_id=recording_id,
        recording_file=recording_file,
        retry_file=retry_file,
    )
