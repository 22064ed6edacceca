"""The LLM consistency bench against a stubbed chat-completions server (respx): the figures it
counts from replies whose scores vary, whose quotes are sometimes invented, or that fail."""

import json
from itertools import count

import httpx
import pytest

from bench.llm_consistency import main, measure
from tests.adapters.llm.samples import evaluation_input, evaluation_json, rating
from tests.adapters.llm.test_evaluation_samples import SAMPLES
from tests.adapters.llm.test_factory import settings_with
from tests.adapters.llm.test_openai_compat import OPENAI, completion, make_provider

# Key point 3 credited with words the answer never says: that quote is dropped, nothing else.
INVENTED_QUOTE = evaluation_json(
    key_points_covered=[
        {"key_point": 1, "evidence": "our checkout API was slow, with a p95 of 900 ms"},
        {"key_point": 2, "evidence": "I profiled it and added Redis caching"},
        {"key_point": 3, "evidence": "latency fell by half for every customer"},
    ]
)
# Relevance proven by an invented quote: the app rejects the reply and asks once more.
UNPROVEN_RELEVANCE = evaluation_json(relevance=rating(5, "I rewrote the whole service in Rust"))


async def test_spread_run_to_run_and_dropped_quotes(respx_mock):
    # Run 1: three samples that agree (82 each). Run 2: 82, 96 and 74, mean 84, spread 12.
    replies = [INVENTED_QUOTE, evaluation_json(), evaluation_json(), *SAMPLES]
    route = respx_mock.post(OPENAI).mock(side_effect=[completion(text) for text in replies])

    figures = await measure(make_provider(evaluation_samples=3), [evaluation_input()], runs=2)

    assert route.call_count == 6
    assert figures["evaluations"] == 2
    assert figures["k-sample spread within +-5 (%)"] == 50
    assert figures["k-sample spread, mean"] == 6
    assert figures["k-sample spread, max"] == 12
    assert figures["run to run: mean |difference|"] == 2  # 82, then 84
    assert figures["run to run: answers moving <= 5 (%)"] == 100
    # 6 replies of 3 key-point quotes and 4 rating quotes; one invented.
    assert figures["quotes dropped as unverified (%)"] == pytest.approx(100 / 42)
    assert figures["replies rejected as invalid (%)"] == 0
    assert figures["fallbacks to the built-in (%)"] == 0
    assert figures["scored with fewer than k=3 samples (%)"] == 0
    assert figures["built-in: run-to-run max difference"] == 0


async def test_rejected_replies_fallbacks_and_abstentions(respx_mock):
    other = evaluation_input(answer="We cached the product pages in Redis and the API got faster.")
    inputs = [evaluation_input(), evaluation_input(answer="Not sure."), other]
    down = [httpx.Response(500, json={"error": {"message": "down"}})] * 3
    valid = [completion(evaluation_json())] * 3
    replies = [
        # Run 1: one of the first answer's samples gets a reply that is not JSON and is asked
        # again; "Not sure." is too little to score (no call); the server is down for `other`.
        completion("I'm sorry, I can only grade in plain words."),
        *valid,
        *down,
        # Run 2: a reply whose relevance quote is invented is rejected and asked again.
        completion(UNPROVEN_RELEVANCE),
        *valid,
        *down,
    ]
    route = respx_mock.post(OPENAI).mock(side_effect=replies)

    figures = await measure(make_provider(evaluation_samples=3, max_retries=0), inputs, runs=2)

    assert route.call_count == 14
    assert figures["abstained, no call (%)"] == pytest.approx(100 / 3)
    assert figures["fallbacks to the built-in (%)"] == 50  # `other`, twice, of 4 scored
    assert figures["replies rejected as invalid (%)"] == 25  # 2 of 8 replies
    assert figures["quotes dropped as unverified (%)"] == pytest.approx(100 / 49)  # 7 parsed
    assert figures["scored with fewer than k=3 samples (%)"] == 0
    assert figures["k-sample spread within +-5 (%)"] == 100  # the first answer, 82 every time
    # Run to run only over answers the LLM scored both times: not the fallbacks.
    assert figures["run to run: max |difference|"] == 0
    assert figures["built-in: run-to-run max difference"] == 0


def test_no_llm_configured_says_so_and_measures_nothing(respx_mock, capsys, monkeypatch):
    monkeypatch.delenv("CI", raising=False)

    assert main([], settings_with(provider="local")) == 0

    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "no LLM configured" in out
    assert not respx_mock.calls


def test_one_command_against_an_ollama_like_server(respx_mock, capsys, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    calls = count()

    def grade(request: httpx.Request) -> httpx.Response:
        """Quote the answer's opening words; communication moves 3, 4, 5 from one sample to the
        next (weight 0.20: 5 points a step), the other criteria stay at 4."""
        prompt = json.loads(request.content)["messages"][1]["content"]
        answer = prompt.split("<<<ANSWER\n", 1)[1].rsplit("\nANSWER>>>", 1)[0]
        quote = " ".join(answer.split()[:6])
        reply = {
            "key_points_covered": [],
            "key_points_missed": [],
            **{name: rating(4, quote) for name in ("relevance", "depth", "structure")},
            "communication": rating(3 + next(calls) % 3, quote),
            "remark": "You answer the question.",
            "suggestion": "Give an example.",
        }
        return completion(json.dumps(reply))

    route = respx_mock.post("http://llm.test/v1/chat/completions").mock(side_effect=grade)
    settings = settings_with(provider="openai_compat", base_url="http://llm.test/v1", model="m")

    assert main(["--limit", "4", "--runs", "2"], settings) == 0

    out = capsys.readouterr().out
    assert "openai_compat/m, k=3, 2 runs" in out
    # One question's four answers (15 to 127 words: all scored, none rambling), k=3, twice.
    assert route.call_count == 4 * 3 * 2
    lines = {line[:44].strip(): line[44:].split() for line in out.splitlines()}
    assert lines["answers"] == ["4.0"]
    assert lines["fallbacks to the built-in (%)"] == ["0.0"]
    assert lines["replies rejected as invalid (%)"] == ["0.0"]
    # Every evaluation's samples score 70, 75 and 80: a spread of exactly 5, within +-5.
    assert lines["k-sample spread, mean"] == lines["k-sample spread, max"] == ["5.0"]
    assert lines["k-sample spread within +-5 (%)"] == ["100.0"]
    assert lines["run to run: max |difference|"] == ["0.0"]
    assert lines["built-in: run-to-run max difference"] == ["0.0"]


def test_refuses_to_run_in_ci(respx_mock, capsys, monkeypatch):
    monkeypatch.setenv("CI", "true")
    settings = settings_with(provider="openai_compat", base_url="http://llm.test/v1", model="m")

    assert main([], settings) == 0

    assert "not run in CI" in capsys.readouterr().out
    assert not respx_mock.calls
