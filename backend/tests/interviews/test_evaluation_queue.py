"""An answer whose process died after saving it but before queuing its evaluation is evaluated
once the client sends it again (as a client does when its request got no reply)."""

import uuid
from datetime import datetime

import pytest
from sqlalchemy import select

from app.interviews.lifecycle import find_question, submit_answer
from app.interviews.models import Answer
from app.interviews.queries import load_interview
from app.interviews.schemas import AnswerCreate
from tests.factories import signed_in_candidate
from tests.interviews.helpers import answer, create_interview, current_question, start
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS


async def _saved_but_never_queued(db_session, interview_id: str, question_id: str) -> None:
    """What a process killed between its commit and its enqueue leaves behind."""
    interview = await load_interview(db_session, interview_id=uuid.UUID(interview_id))
    question = find_question(interview, uuid.UUID(question_id))
    data = AnswerCreate(transcript=DETAILED)
    await submit_answer(db_session, interview=interview, question=question, data=data)
    await db_session.commit()


async def _answer_of(client, me, interview_id: str, question_id: str) -> dict:
    response = await client.get(f"/api/interviews/{interview_id}", headers=me.headers)
    return next(q for q in response.json()["questions"] if q["id"] == question_id)


async def _evaluated_at(db_session, answer_id: str) -> datetime | None:
    return await db_session.scalar(
        select(Answer.evaluated_at).where(Answer.id == uuid.UUID(answer_id))
    )


@pytest.mark.usefixtures("shipped")
async def test_an_answer_sent_again_after_its_evaluation_was_lost_is_evaluated_once(
    client, db_session, tasks
):
    me = await signed_in_candidate(client)
    created = await create_interview(client, me, question_count=2, settings=NO_FOLLOW_UPS)
    iid = created["id"]
    qid = current_question(await start(client, me, iid))["id"]
    await _saved_but_never_queued(db_session, iid, qid)
    await tasks.drain()
    assert (await _answer_of(client, me, iid, qid))["answer"]["evaluation_status"] == "pending"

    resent = await answer(client, me, iid, qid, DETAILED)
    assert resent.status_code == 200, resent.text
    await tasks.drain()

    question = await _answer_of(client, me, iid, qid)
    assert question["answer"]["transcript"] == DETAILED
    assert question["previous_answers"] == []
    assert question["answer"]["evaluation_status"] == "done"
    assert question["answer"]["evaluation"]["score"] > 0


@pytest.mark.usefixtures("shipped")
async def test_an_answer_sent_again_after_its_evaluation_is_not_evaluated_again(
    client, db_session, tasks
):
    me = await signed_in_candidate(client)
    created = await create_interview(client, me, question_count=2, settings=NO_FOLLOW_UPS)
    iid = created["id"]
    qid = current_question(await start(client, me, iid))["id"]
    assert (await answer(client, me, iid, qid, DETAILED)).status_code == 200
    await tasks.drain()
    answer_id = (await _answer_of(client, me, iid, qid))["answer"]["id"]
    evaluated_at = await _evaluated_at(db_session, answer_id)

    assert (await answer(client, me, iid, qid, DETAILED)).status_code == 200
    await tasks.drain()

    assert (await _answer_of(client, me, iid, qid))["answer"]["id"] == answer_id
    assert await _evaluated_at(db_session, answer_id) == evaluated_at
