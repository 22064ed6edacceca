"""OpenAICompatProvider against the chat-completions shapes (respx stands in for the server)."""

import json
import logging

import httpx
import pytest

from app.adapters.llm.base import LLMError
from app.adapters.llm.openai_compat import OpenAICompatProvider
from app.core.config import LLMSettings
from tests.adapters.llm.samples import (
    Sleeps,
    evaluation_input,
    evaluation_json,
    question_draft,
    question_request,
    questions_json,
    rating,
)

OPENAI = "https://api.openai.com/v1/chat/completions"
OLLAMA = "http://localhost:11434/v1/chat/completions"


def make_provider(sleeps: Sleeps | None = None, **settings: object) -> OpenAICompatProvider:
    values = {"provider": "openai_compat", "api_key": "sk-test", "max_retries": 2} | settings
    return OpenAICompatProvider(
        LLMSettings.model_validate(values),
        backoff_base_s=0.5,
        sleep=sleeps if sleeps is not None else Sleeps(),
    )


def completion(content: str | None) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "gpt-4o-mini",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
        },
    )


def error(status: int, message: str, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"error": {"message": message, "type": "invalid_request_error", "code": None}}
    return httpx.Response(status, json=body, headers=headers)


async def test_write_questions_sends_the_schema_and_the_gaps(respx_mock):
    route = respx_mock.post(OPENAI).mock(return_value=completion(questions_json()))

    questions = await make_provider().write_questions(question_request())

    request = route.calls.last.request
    assert request.headers["authorization"] == "Bearer sk-test"
    body = json.loads(request.content)
    assert body["model"] == "gpt-4o-mini"
    assert body["response_format"]["type"] == "json_schema"
    schema = body["response_format"]["json_schema"]
    assert schema["name"] == "QuestionList"
    assert schema["strict"] is False
    assert "questions" in schema["schema"]["properties"]
    system, user = body["messages"]
    assert system["role"] == "system" and "one question per item" in system["content"].lower()
    assert "Job required skills: Python, Kubernetes, PostgreSQL" in user["content"]
    assert "Gaps (required skills missing from the resume): Kubernetes" in user["content"]
    assert "Cut API latency 40% with Redis caching" in user["content"]
    assert "- Tell me about yourself." in user["content"]
    assert [q.category for q in questions] == ["technical", "behavioral"]
    assert all(q.source == "llm" and 3 <= len(q.key_points) <= 6 for q in questions)
    assert questions[0].skills == ["Kubernetes"]  # respelled as the job spells it
    assert questions[0].reason.startswith("Gap: the job requires Kubernetes")
    assert questions[0].model_answer


async def test_evaluate_answer_quotes_the_answer(respx_mock):
    route = respx_mock.post(OPENAI).mock(return_value=completion(evaluation_json()))

    evaluation = await make_provider().evaluate_answer(evaluation_input())

    body = json.loads(route.calls.last.request.content)
    assert body["response_format"]["json_schema"]["name"] == "EvaluationOutput"
    assert body["temperature"] == pytest.approx(0.2)
    user = body["messages"][1]["content"]
    assert "1. Situation with a baseline" in user and "<<<ANSWER" in user
    assert "Latency dropped by 40 percent within two weeks." in user
    assert evaluation.evaluator == "openai_compat"
    assert (evaluation.score, evaluation.grade) == (82, "B")
    assert [p.point for p in evaluation.key_points_covered] == [
        "Situation with a baseline",
        "Own actions",
        "Measured result",
    ]
    assert evaluation.key_points_missed == []
    assert evaluation.model_answer == "Situation, task, action, result with numbers."


async def test_invalid_json_is_retried_once(respx_mock, caplog):
    route = respx_mock.post(OPENAI).mock(
        side_effect=[completion("Sure! Here is the evaluation:"), completion(evaluation_json())]
    )
    with caplog.at_level(logging.WARNING, logger="app.adapters.llm"):
        evaluation = await make_provider().evaluate_answer(evaluation_input())

    assert route.call_count == 2
    assert evaluation.score == 82
    assert "invalid output, asking once more" in caplog.text


async def test_invalid_output_twice_raises(respx_mock, caplog):
    out_of_range = evaluation_json(relevance=rating(7, "our checkout API was slow"))
    route = respx_mock.post(OPENAI).mock(return_value=completion(out_of_range))

    with caplog.at_level(logging.WARNING, logger="app.adapters.llm"), pytest.raises(LLMError) as e:
        await make_provider().evaluate_answer(evaluation_input())

    assert route.call_count == 2
    assert e.value.kind == "invalid_output"
    assert "relevance.rating" in e.value.reason
    assert "openai_compat/gpt-4o-mini evaluate_answer failed (invalid_output)" in caplog.text


async def test_too_few_questions_is_invalid_output(respx_mock):
    only_technical = questions_json(question_draft("How do Kubernetes readiness probes work?"))
    respx_mock.post(OPENAI).mock(return_value=completion(only_technical))

    with pytest.raises(LLMError) as e:
        await make_provider().write_questions(question_request())
    assert (
        e.value.reason == "invalid output twice: questions missing from the mix: {'behavioral': 1}"
    )


async def test_server_error_then_success_backs_off(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.post(OPENAI).mock(
        side_effect=[error(500, "boom"), error(503, "busy"), completion(evaluation_json())]
    )

    evaluation = await make_provider(sleeps).evaluate_answer(evaluation_input())

    assert route.call_count == 3
    assert sleeps == [0.5, 1.0]
    assert evaluation.score == 82


async def test_rate_limit_honors_retry_after(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.post(OPENAI).mock(
        side_effect=[
            error(429, "Rate limit reached", {"Retry-After": "7"}),
            completion(questions_json()),
        ]
    )

    questions = await make_provider(sleeps).write_questions(question_request())

    assert route.call_count == 2
    assert sleeps == [7.0]
    assert len(questions) == 2


async def test_retry_after_longer_than_the_timeout_gives_up(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.post(OPENAI).mock(
        return_value=error(429, "Rate limit reached", {"Retry-After": "120"})
    )

    with pytest.raises(LLMError) as e:
        await make_provider(sleeps, timeout_s=30).evaluate_answer(evaluation_input())

    assert route.call_count == 1
    assert sleeps == []
    assert e.value.status_code == 429


async def test_retries_run_out(respx_mock):
    route = respx_mock.post(OPENAI).mock(return_value=error(502, "bad gateway"))

    with pytest.raises(LLMError) as e:
        await make_provider(max_retries=1).evaluate_answer(evaluation_input())

    assert route.call_count == 2
    assert (e.value.kind, e.value.status_code) == ("http", 502)


async def test_unauthorized_fails_at_once(respx_mock):
    route = respx_mock.post(OPENAI).mock(
        return_value=error(401, "Incorrect API key provided: sk-te***st.")
    )

    with pytest.raises(LLMError) as e:
        await make_provider().write_questions(question_request())

    assert route.call_count == 1
    assert e.value.status_code == 401
    assert e.value.reason == "HTTP 401: Incorrect API key provided: sk-te***st."


async def test_timeout(respx_mock):
    route = respx_mock.post(OPENAI).mock(side_effect=httpx.ReadTimeout("read timed out"))

    with pytest.raises(LLMError) as e:
        await make_provider(timeout_s=5).evaluate_answer(evaluation_input())

    assert route.call_count == 1
    assert (e.value.kind, e.value.reason) == ("timeout", "timeout after 5s")


async def test_connection_errors_are_retried(respx_mock):
    route = respx_mock.post(OLLAMA).mock(
        side_effect=[httpx.ConnectError("refused"), completion(evaluation_json())]
    )

    provider = make_provider(api_key=None, base_url="http://localhost:11434/v1")
    evaluation = await provider.evaluate_answer(evaluation_input())

    assert route.call_count == 2
    assert evaluation.score == 82


async def test_ollama_without_key_and_fenced_json(respx_mock):
    fenced = f"<think>\nLet me grade.\n</think>\n```json\n{evaluation_json()}\n```"
    route = respx_mock.post(OLLAMA).mock(return_value=completion(fenced))

    provider = make_provider(api_key=None, base_url="http://localhost:11434/v1/", model="llama3.1")
    evaluation = await provider.evaluate_answer(evaluation_input())

    request = route.calls.last.request
    assert "authorization" not in request.headers
    assert json.loads(request.content)["model"] == "llama3.1"
    assert evaluation.score == 82


async def test_refusal_counts_as_invalid_output(respx_mock):
    route = respx_mock.post(OPENAI).mock(return_value=completion(None))

    with pytest.raises(LLMError) as e:
        await make_provider().evaluate_answer(evaluation_input())

    assert route.call_count == 2
    assert e.value.reason == "invalid output twice: empty reply"


async def test_a_page_that_is_not_a_completion(respx_mock):
    respx_mock.post(OPENAI).mock(return_value=httpx.Response(200, text="<html>proxy</html>"))

    with pytest.raises(LLMError) as e:
        await make_provider().evaluate_answer(evaluation_input())
    assert e.value.reason == "not a chat-completions response"


async def test_unexpected_errors_leave_as_llm_error(respx_mock):
    respx_mock.post(OPENAI).mock(side_effect=RuntimeError("bug in a transport"))

    with pytest.raises(LLMError) as e:
        await make_provider().evaluate_answer(evaluation_input())
    assert e.value.kind == "unexpected"


def test_openai_without_key_is_refused_at_construction():
    with pytest.raises(LLMError) as e:
        OpenAICompatProvider(LLMSettings(provider="openai_compat"))
    assert e.value.kind == "config"
    assert "LLM__API_KEY" in e.value.reason


async def test_server_down_after_retries_is_a_network_error(respx_mock):
    route = respx_mock.post(OLLAMA).mock(side_effect=httpx.ConnectError("refused"))

    provider = make_provider(api_key=None, base_url="http://localhost:11434/v1", max_retries=1)
    with pytest.raises(LLMError) as e:
        await provider.write_questions(question_request())

    assert route.call_count == 2
    assert (e.value.kind, e.value.reason) == ("network", "network error: ConnectError")
