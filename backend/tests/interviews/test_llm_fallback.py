"""A failing LLM never costs an interview or an answer: the built-in code answers instead."""

import httpx
import pytest
import respx

from tests.factories import signed_in_candidate
from tests.interviews.helpers import (
    LLM_BASE_URL,
    answer,
    create_interview,
    current_question,
    evaluate_with_llm,
    load_shipped_data,
    start,
)
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS

LLM_URL = f"{LLM_BASE_URL}/chat/completions"


@pytest.fixture
async def failing_llm_app(app, db_session, settings, sessionmaker):
    await load_shipped_data(db_session)
    return evaluate_with_llm(app, settings, sessionmaker, max_retries=0)


@respx.mock
async def test_llm_errors_fall_back_to_the_built_in_generator_and_evaluator(
    failing_llm_app, client, tasks
):
    route = respx.post(LLM_URL).mock(return_value=httpx.Response(500, json={"error": "down"}))
    me = await signed_in_candidate(client)
    interview = await create_interview(client, me, question_count=2, settings=NO_FOLLOW_UPS)
    assert route.called
    assert interview["generator"] == "local"
    assert "openai_compat" in interview["generator_note"]
    assert len(interview["questions"]) == 2

    iid = interview["id"]
    running = await start(client, me, iid)
    question = current_question(running)
    await answer(client, me, iid, question["id"], DETAILED)
    await tasks.drain()
    done = (await client.get(f"/api/interviews/{iid}", headers=me.headers)).json()
    evaluated = next(q for q in done["questions"] if q["id"] == question["id"])["answer"]
    assert evaluated["evaluation_status"] == "done"
    assert evaluated["evaluation"]["evaluator"] == "local"


@respx.mock
async def test_invalid_llm_output_also_falls_back(failing_llm_app, client):
    respx.post(LLM_URL).mock(
        return_value=httpx.Response(
            200, json={"choices": [{"message": {"role": "assistant", "content": "not json"}}]}
        )
    )
    me = await signed_in_candidate(client)
    interview = await create_interview(client, me, question_count=2)
    assert interview["generator"] == "local"
    assert interview["generator_note"]
