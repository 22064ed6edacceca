"""GeminiProvider through the real google-genai SDK; respx answers the REST call it makes."""

import json
import logging

import httpx
import pytest

from app.adapters.llm.base import LLMError
from app.adapters.llm.gemini import GeminiProvider
from app.core.config import LLMSettings
from tests.adapters.llm.samples import (
    Sleeps,
    evaluation_input,
    evaluation_json,
    question_request,
    questions_json,
    rating,
)

URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent"


def make_provider(sleeps: Sleeps | None = None, **settings: object) -> GeminiProvider:
    values = {"provider": "gemini", "api_key": "gm-test-key", "max_retries": 2} | settings
    return GeminiProvider(
        LLMSettings.model_validate(values),
        backoff_base_s=0.5,
        sleep=sleeps if sleeps is not None else Sleeps(),
    )


def reply(text: str, finish: str = "STOP") -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "candidates": [
                {"content": {"parts": [{"text": text}], "role": "model"}, "finishReason": finish}
            ],
            "modelVersion": "gemini-2.5-flash",
        },
    )


def error(
    status: int, state: str, message: str, details: list | None = None, **kw
) -> httpx.Response:
    body = {
        "error": {"code": status, "message": message, "status": state, "details": details or []}
    }
    return httpx.Response(status, json=body, **kw)


async def test_write_questions_sends_schema_system_prompt_and_gaps(respx_mock):
    route = respx_mock.post(URL).mock(return_value=reply(questions_json()))

    questions = await make_provider().write_questions(question_request())

    request = route.calls.last.request
    assert request.headers["x-goog-api-key"] == "gm-test-key"
    body = json.loads(request.content)
    config = body["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["temperature"] == pytest.approx(0.7)
    schema = config["responseSchema"]
    assert schema["type"] == "OBJECT" and "questions" in schema["properties"]
    system = body["systemInstruction"]["parts"][0]["text"]
    assert "One question per item" in system
    user = body["contents"][0]["parts"][0]["text"]
    assert "Job required skills: Python, Kubernetes, PostgreSQL" in user
    assert "Gaps (required skills missing from the resume): Kubernetes" in user
    assert "Nice-to-have skills missing from the resume: Terraform" in user
    assert [q.category for q in questions] == ["technical", "behavioral"]
    assert {q.source for q in questions} == {"llm"}
    assert questions[1].reason == "Builds on the Redis caching highlight"


async def test_evaluate_answer(respx_mock):
    route = respx_mock.post(URL).mock(return_value=reply(evaluation_json()))

    evaluation = await make_provider().evaluate_answer(evaluation_input())

    config = json.loads(route.calls.last.request.content)["generationConfig"]
    properties = config["responseSchema"]["properties"]
    assert set(properties) >= {"key_points_covered", "relevance", "communication"}
    assert set(properties["depth"]["properties"]) == {"rating", "evidence", "reason"}
    assert "score" not in properties and "evaluator" not in properties
    assert evaluation.evaluator == "gemini"
    assert (evaluation.relevance, evaluation.depth, evaluation.score) == (100, 75, 82)
    assert evaluation.key_points_covered[2].evidence == "Latency dropped by 40 percent"


async def test_fabricated_quote_moves_the_point_to_missed(respx_mock):
    covered = [
        {"key_point": 1, "evidence": "our checkout API was slow"},
        {"key_point": 2, "evidence": "I   profiled it and\nadded Redis caching"},
        {"key_point": 3, "evidence": "Latency dropped to zero overnight"},
    ]
    respx_mock.post(URL).mock(return_value=reply(evaluation_json(key_points_covered=covered)))

    evaluation = await make_provider().evaluate_answer(evaluation_input())

    assert [p.point for p in evaluation.key_points_covered] == [
        "Situation with a baseline",
        "Own actions",
    ]
    assert evaluation.key_points_missed == ["Measured result"]
    assert evaluation.signals["unverified_evidence_dropped"] == 1


async def test_invalid_then_valid(respx_mock):
    route = respx_mock.post(URL).mock(
        side_effect=[reply('{"questions": [{"text": "truncat'), reply(questions_json())]
    )

    questions = await make_provider().write_questions(question_request())

    assert route.call_count == 2
    assert len(questions) == 2


async def test_invalid_twice(respx_mock, caplog):
    made_up = "I led a team of fifty engineers"
    reply_about_another_answer = evaluation_json(
        key_points_covered=[{"key_point": 1, "evidence": made_up}],
        relevance=rating(5, made_up),
        depth=rating(4, made_up),
        structure=rating(4, "our checkout API was slow"),
    )
    route = respx_mock.post(URL).mock(return_value=reply(reply_about_another_answer))

    with caplog.at_level(logging.WARNING, logger="app.adapters.llm"), pytest.raises(LLMError) as e:
        await make_provider().evaluate_answer(evaluation_input())

    assert route.call_count == 2
    assert e.value.reason == "invalid output twice: 3 of 5 quotes are not in the answer"
    assert "gemini/gemini-2.5-flash evaluate_answer failed" in caplog.text


async def test_empty_reply_is_invalid_output(respx_mock):
    route = respx_mock.post(URL).mock(
        side_effect=[
            httpx.Response(200, json={"candidates": [{"finishReason": "MAX_TOKENS"}]}),
            reply(evaluation_json()),
        ]
    )

    evaluation = await make_provider().evaluate_answer(evaluation_input())
    assert route.call_count == 2
    assert evaluation.score == 82


async def test_server_error_then_success(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.post(URL).mock(
        side_effect=[
            error(503, "UNAVAILABLE", "The model is overloaded."),
            reply(evaluation_json()),
        ]
    )

    evaluation = await make_provider(sleeps).evaluate_answer(evaluation_input())

    assert route.call_count == 2
    assert sleeps == [0.5]
    assert evaluation.score == 82


async def test_rate_limit_honors_retry_after_header(respx_mock):
    sleeps = Sleeps()
    limited = error(429, "RESOURCE_EXHAUSTED", "Quota exceeded", headers={"Retry-After": "3"})
    respx_mock.post(URL).mock(side_effect=[limited, reply(questions_json())])

    await make_provider(sleeps).write_questions(question_request())

    assert sleeps == [3.0]


async def test_rate_limit_honors_retry_info(respx_mock):
    sleeps = Sleeps()
    retry_info = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "7s"}
    limited = error(429, "RESOURCE_EXHAUSTED", "Quota exceeded", [retry_info])
    respx_mock.post(URL).mock(side_effect=[limited, reply(questions_json())])

    await make_provider(sleeps).write_questions(question_request())

    assert sleeps == [7.0]


async def test_bad_key_fails_at_once(respx_mock):
    info = {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID"}
    route = respx_mock.post(URL).mock(
        return_value=error(400, "INVALID_ARGUMENT", "API key not valid.", [info])
    )

    with pytest.raises(LLMError) as e:
        await make_provider().evaluate_answer(evaluation_input())

    assert route.call_count == 1
    assert (e.value.kind, e.value.status_code) == ("http", 400)
    assert e.value.reason == "HTTP 400 INVALID_ARGUMENT: API key not valid."


async def test_timeout(respx_mock):
    route = respx_mock.post(URL).mock(side_effect=httpx.ReadTimeout("read timed out"))

    with pytest.raises(LLMError) as e:
        await make_provider(timeout_s=12).write_questions(question_request())

    assert route.call_count == 1
    assert (e.value.kind, e.value.reason) == ("timeout", "timeout after 12s")


async def test_configured_model_and_timeout_reach_the_request(respx_mock):
    url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent"
    route = respx_mock.post(url).mock(return_value=reply(evaluation_json()))

    await make_provider(model="gemini-2.5-pro", timeout_s=20).evaluate_answer(evaluation_input())

    request = route.calls.last.request
    assert request.headers["x-server-timeout"] == "20"
    assert request.extensions["timeout"]["read"] == pytest.approx(20)


def test_missing_key_is_refused_at_construction():
    with pytest.raises(LLMError) as e:
        GeminiProvider(LLMSettings(provider="gemini"))
    assert e.value.kind == "config"
    assert e.value.reason == "missing API key: LLM__PROVIDER=gemini needs LLM__API_KEY"
