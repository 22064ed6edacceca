"""Answers with timings: the communication score follows how that answer was spoken; typed
answers are judged on their writing; invalid timings are refused in the one error format."""

import pytest

from app.evaluation.timings import MAX_TIMED_SPANS
from tests.evaluation.test_spoken_delivery import ANSWER, QUESTION, RUSHED_AND_HALTING, STEADY
from tests.factories import signed_in_candidate
from tests.interviews.helpers import answer, create_interview, current_question, start
from tests.interviews.test_router import NO_FOLLOW_UPS

CUSTOM = {
    "text": QUESTION["question"],
    "category": QUESTION["category"],
    "key_points": QUESTION["key_points"],
    "model_answer": QUESTION["model_answer"],
}
DELIVERY_WORDS = ("pace", "paced", "pause", "words a minute", "spoke")


@pytest.fixture
async def running(client):
    """A candidate in an interview of the same question asked three times."""
    me = await signed_in_candidate(client)
    interview = await create_interview(
        client, me, question_count=3, custom_questions=[CUSTOM] * 3, settings=NO_FOLLOW_UPS
    )
    return me, await start(client, me, interview["id"])


async def _answer_current(client, me, interview, **body) -> dict:
    question = current_question(interview)
    response = await answer(client, me, interview["id"], question["id"], ANSWER, **body)
    assert response.status_code == 200, response.text
    return response.json()


async def _results(client, me, tasks, interview) -> dict:
    await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    await tasks.drain()
    return (await client.get(f"/api/results/{interview['id']}", headers=me.headers)).json()


async def test_the_same_words_spoken_steadily_or_rushed_with_pauses_score_differently(
    client, running, tasks
):
    me, interview = running
    interview = await _answer_current(client, me, interview, source="browser_stt", timings=STEADY)
    interview = await _answer_current(
        client, me, interview, source="browser_stt", timings=RUSHED_AND_HALTING
    )
    steady, halting, _skipped = (
        q["evaluation"] for q in (await _results(client, me, tasks, interview))["questions"]
    )

    assert steady["communication"] >= 85
    assert halting["communication"] <= steady["communication"] - 30
    assert halting["score"] < steady["score"]
    figures = halting["working"]["delivery"]
    assert figures["basis"] == "spoken"
    assert figures["words_per_minute"] == pytest.approx(230, abs=10)
    assert (figures["good_pace_min_wpm"], figures["good_pace_max_wpm"]) == (110, 200)
    assert figures["long_pauses"] == len(RUSHED_AND_HALTING) - 1
    assert figures["longest_pause_s"] == pytest.approx(3.5)
    assert figures["fillers_per_minute"] > 0
    assert {d["name"] for d in figures["deductions"]} >= {"pace", "pauses", "fillers"}
    pause = figures["pauses"][0]
    assert pause["duration_s"] == pytest.approx(3.5)
    assert pause["before"] in ANSWER and pause["after"] in ANSWER
    assert "230 words a minute is too fast" in halting["remark"]
    assert steady["working"]["delivery"]["long_pauses"] == 0
    assert (
        steady["signals"]["words_per_minute"] == steady["working"]["delivery"]["words_per_minute"]
    )


async def test_a_typed_answer_is_judged_on_its_writing_only(client, running, tasks):
    me, interview = running
    interview = await _answer_current(client, me, interview)
    results = await _results(client, me, tasks, interview)
    typed = results["questions"][0]["evaluation"]

    delivery = typed["working"]["delivery"]
    assert delivery["basis"] == "written"
    assert "writing only" in delivery["note"]
    assert delivery["words_per_minute"] is None and delivery["long_pauses"] is None
    assert delivery["pauses"] == []
    said = f"{typed['remark']} {typed['suggestion']}".lower()
    assert not any(word in said for word in DELIVERY_WORDS)
    assert not any("spoke" in line for line in results["strengths"] + results["weaknesses"])


async def test_the_same_words_said_again_are_judged_on_the_new_timings(client, running, tasks):
    me, interview = running
    question = current_question(interview)
    for timings in (RUSHED_AND_HALTING, STEADY):
        response = await answer(
            client, me, interview["id"], question["id"], ANSWER, source="browser_stt",
            timings=timings,
        )  # fmt: skip
        assert response.status_code == 200, response.text
    results = await _results(client, me, tasks, interview)
    assert results["questions"][0]["evaluation"]["working"]["delivery"]["long_pauses"] == 0


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        (
            {"source": "browser_stt", "timings": [
                {"text": "second", "start_s": 4, "end_s": 5},
                {"text": "first", "start_s": 1, "end_s": 2},
            ]},
            "timings",
            "in order",
        ),
        (
            {"source": "browser_stt", "timings": [{"text": "late", "start_s": 3, "end_s": 1}]},
            "timings.0",
            "end before it starts",
        ),
        (
            {"source": "browser_stt", "timings": [{"text": "neg", "start_s": -2, "end_s": 1}]},
            "timings.0.start_s",
            "greater than or equal to 0",
        ),
        (
            {"source": "browser_stt", "timings": [
                {"text": "w", "start_s": i, "end_s": i} for i in range(MAX_TIMED_SPANS + 1)
            ]},
            "timings",
            "at most",
        ),
        (
            {"source": "typed", "timings": [{"text": "typed", "start_s": 0, "end_s": 1}]},
            "",
            "spoken answer only",
        ),
    ],
)  # fmt: skip
async def test_invalid_timings_are_refused_with_a_422(client, running, body, field, message):
    me, interview = running
    question = current_question(interview)
    response = await answer(client, me, interview["id"], question["id"], ANSWER, **body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["details"][0]["field"] == field
    assert message in error["message"]
    # Nothing was recorded.
    fresh = (await client.get(f"/api/interviews/{interview['id']}", headers=me.headers)).json()
    assert fresh["questions"][0]["answer"] is None
