"""An LLM that evaluates: k ratings averaged into the same evaluation the built-in gives,
stored and shown with their spread; too little to score never reaches the LLM."""

import json

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
    start,
)
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS

LLM_URL = f"{LLM_BASE_URL}/chat/completions"
QUESTION = {
    "text": "Tell me about a time you made a slow system fast.",
    "category": "behavioral",
    "key_points": ["Nightly batch took six hours", "Event-driven pipeline with Kafka"],
}


def rating(value: int, evidence: str) -> dict:
    return {"rating": value, "evidence": evidence, "reason": "Shown by the quote."}


def reply(depth: int, communication: int) -> httpx.Response:
    content = {
        "key_points_covered": [
            {"key_point": 1, "evidence": "a nightly batch that took six hours"},
            {"key_point": 2, "evidence": "I designed an event-driven pipeline"},
        ],
        "key_points_missed": [],
        "relevance": rating(5, "I led the migration of our billing service to Kafka"),
        "depth": rating(depth, "added PostgreSQL outbox tables"),
        "structure": rating(4, "As a result invoice latency dropped from hours"),
        "communication": rating(communication, "My task was to make them near real time"),
        "remark": "You tell a clear story with numbers.",
        "suggestion": "Say what you would do differently.",
    }
    message = {"role": "assistant", "content": json.dumps(content)}
    return httpx.Response(200, json={"choices": [{"index": 0, "message": message}]})


@pytest.fixture
def llm_app(app, settings, sessionmaker):
    return evaluate_with_llm(app, settings, sessionmaker, evaluation_samples=3)


async def _answered(client, me, tasks, transcript: str) -> dict:
    interview = await create_interview(
        client, me, question_count=1, custom_questions=[QUESTION], settings=NO_FOLLOW_UPS
    )
    iid = interview["id"]
    question = current_question(await start(client, me, iid))
    assert (await answer(client, me, iid, question["id"], transcript)).status_code == 200
    await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    await tasks.drain()
    results = (await client.get(f"/api/results/{iid}", headers=me.headers)).json()
    return results["questions"][0]["evaluation"]


@respx.mock
async def test_three_llm_ratings_are_averaged_and_their_spread_stored(llm_app, client, tasks):
    route = respx.post(LLM_URL).mock(side_effect=[reply(4, 4), reply(5, 4), reply(4, 3)])
    me = await signed_in_candidate(client)

    evaluation = await _answered(client, me, tasks, DETAILED)

    assert route.call_count == 3
    assert evaluation["evaluator"] == "openai_compat"
    samples = evaluation["working"]["samples"]
    assert sorted(samples["scores"]) == [78, 82, 91]
    assert evaluation["score"] == 84 and samples["spread"] == pytest.approx(7.3)
    assert [p["name"] for p in evaluation["working"]["components"]] == [
        "relevance", "depth", "structure", "communication"
    ]  # fmt: skip
    assert all(span["text"] in DETAILED for span in evaluation["working"]["evidence"])


@respx.mock
async def test_too_little_to_score_never_reaches_the_llm(llm_app, client, tasks):
    route = respx.post(LLM_URL).mock(return_value=reply(4, 4))
    me = await signed_in_candidate(client)

    evaluation = await _answered(client, me, tasks, "Not sure, sorry.")

    assert not route.called
    assert evaluation["scored"] is False and evaluation["score"] is None
    assert evaluation["abstain_reason"] == "too_short"
