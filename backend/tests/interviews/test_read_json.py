"""The interview read writes its JSON without building `InterviewRead` (see
`app.interviews.read_json`): the bytes are the ones the model writes, in every state an
interview can be read in, job match and evaluated answers included."""

import uuid
from datetime import UTC, datetime

from app.interviews.queries import load_interview
from app.interviews.read_json import interview_json
from app.interviews.schemas import InterviewRead
from app.interviews.views import interview_fields, question_fields
from tests.factories import signed_in_candidate
from tests.interviews.helpers import (
    answer,
    create_interview,
    current_question,
    start,
    upload_resume,
)

POSTING = (
    "Backend Engineer. You will build and run our Python services on PostgreSQL and Redis, "
    "design REST APIs with FastAPI, and review code. Required: 3+ years of Python, SQL."
)
NOW = datetime(2026, 12, 5, 12, 0, 0, tzinfo=UTC)


async def _bytes_both_ways(db_session, interview_id: str) -> tuple[bytes, bytes]:
    db_session.expire_all()
    interview = await load_interview(db_session, interview_id=uuid.UUID(interview_id))
    questions = [question_fields(q, q.answers) for q in interview.questions]
    fields = interview_fields(interview, questions, now=NOW)
    written = InterviewRead.model_validate(fields, from_attributes=True)
    return interview_json(fields), written.model_dump_json(by_alias=True).encode()


async def test_every_state_is_written_as_the_model_writes_it(client, db_session, shipped, tasks):
    me = await signed_in_candidate(client)
    created = await create_interview(
        client,
        me,
        question_count=2,
        resume_id=await upload_resume(client, me),
        jd_text=POSTING,
        settings={"time_per_question_s": 90},
    )
    iid = created["id"]
    assert created["match"] is not None
    states = [await _bytes_both_ways(db_session, iid)]

    running = await start(client, me, iid)
    states.append(await _bytes_both_ways(db_session, iid))
    first = current_question(running)["id"]
    await answer(client, me, iid, first, "Not sure.")
    await answer(client, me, iid, first, "I would add an index on the filtered column first.")
    await tasks.drain()
    states.append(await _bytes_both_ways(db_session, iid))
    await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    states.append(await _bytes_both_ways(db_session, iid))

    for ours, models in states:
        assert ours == models
    evaluated, completed = states[2][0], states[3][0]
    assert b'"previous_answers":[{' in evaluated and b'"evaluation":{' in evaluated
    assert b'"status":"completed"' in completed and b'"match":{' in completed
