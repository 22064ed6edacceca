"""k samples per answer and the abstention rule, through a provider (respx is the server)."""

import json
from statistics import mean

import httpx
import pytest

from app.adapters.llm.base import LLMError
from app.evaluation.local import evaluate_answer
from tests.adapters.llm.samples import evaluation_input, evaluation_json, rating
from tests.adapters.llm.test_openai_compat import OPENAI, completion, make_provider

# Three plausible readings of the same answer: they agree on relevance and differ a little on
# the rest, as a model sampled three times does.
SAMPLES = (
    evaluation_json(),
    evaluation_json(
        depth=rating(5, "a p95 of 900 ms during sales"),
        communication=rating(5, "I profiled it and added Redis caching"),
    ),
    evaluation_json(
        structure=rating(3, "Latency dropped by 40 percent within two weeks."),
        communication=rating(3, "At Acme our checkout API was slow"),
    ),
)


async def test_three_samples_are_averaged_and_their_spread_shown(respx_mock):
    route = respx_mock.post(OPENAI).mock(side_effect=[completion(text) for text in SAMPLES])

    evaluation = await make_provider(evaluation_samples=3).evaluate_answer(evaluation_input())

    assert route.call_count == 3
    working = evaluation.working
    assert working is not None and working.samples is not None
    # Alone they score 82 (5,4,4,4), 96 (5,5,4,5) and 74 (5,4,3,3).
    assert sorted(working.samples.scores) == [74, 82, 96]
    assert evaluation.score == round(mean(working.samples.scores)) == 84
    assert (evaluation.depth, evaluation.structure, evaluation.communication) == (83, 67, 75)
    assert working.samples.spread == 12
    assert evaluation.signals["samples"] == 3
    assert evaluation.evaluator == "openai_compat"


async def test_one_sample_by_default(respx_mock):
    route = respx_mock.post(OPENAI).mock(return_value=completion(evaluation_json()))

    evaluation = await make_provider().evaluate_answer(evaluation_input())

    assert route.call_count == 1
    assert evaluation.working is not None and evaluation.working.samples is not None
    assert evaluation.working.samples.scores == [evaluation.score]


async def test_a_failed_sample_is_left_out(respx_mock):
    route = respx_mock.post(OPENAI).mock(
        side_effect=[
            completion(SAMPLES[0]),
            httpx.Response(503, json={"error": {"message": "overloaded"}}),
            completion(SAMPLES[1]),
        ]
    )
    provider = make_provider(evaluation_samples=3, max_retries=0)

    evaluation = await provider.evaluate_answer(evaluation_input())

    assert route.call_count == 3
    assert evaluation.working is not None and evaluation.working.samples is not None
    assert sorted(evaluation.working.samples.scores) == [82, 96]


async def test_all_samples_failing_raises_for_the_fallback(respx_mock):
    respx_mock.post(OPENAI).mock(return_value=httpx.Response(500, json={"error": {}}))

    with pytest.raises(LLMError) as error:
        await make_provider(evaluation_samples=2, max_retries=0).evaluate_answer(evaluation_input())
    assert error.value.status_code == 500


@pytest.mark.parametrize("answer", ["", "Not sure.", "hmmm mmmm xkcdqw brrrr zzzzz hhhhh"])
async def test_too_little_to_score_abstains_before_any_call(respx_mock, answer):
    route = respx_mock.post(OPENAI).mock(return_value=completion(evaluation_json()))
    data = evaluation_input(answer=answer)

    evaluation = await make_provider(evaluation_samples=3).evaluate_answer(data)

    assert not route.called
    assert evaluation.scored is False and evaluation.score is None
    assert evaluation == evaluate_answer(data)


async def test_the_samples_all_see_the_same_prompt(respx_mock):
    route = respx_mock.post(OPENAI).mock(side_effect=[completion(text) for text in SAMPLES])

    await make_provider(evaluation_samples=3).evaluate_answer(evaluation_input())

    bodies = [json.loads(call.request.content) for call in route.calls]
    assert len({json.dumps(body["messages"]) for body in bodies}) == 1
    assert bodies[0]["response_format"]["json_schema"]["name"] == "EvaluationOutput"
