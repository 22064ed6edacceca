"""Double clicks: the same interview action sent many times at once takes effect once.

These run on `race_client` (requests commit for real on their own connections), so the
burst races as it does in production; a repeat gets the same answer as the click that counted.
"""

import asyncio
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from tests.factories import signed_in_candidate
from tests.helpers import get_ok
from tests.interviews.helpers import answer, create_interview, current_question, start

BURST = 10
QUESTIONS = [
    {"text": "How would you design a rate limiter for a public API?"},
    {"text": "Tell me about a production incident you handled."},
    {"text": "How do you decide what to test in a new service?"},
]


async def running_interview(client, *, follow_ups: bool = True):
    me = await signed_in_candidate(client)
    interview = await create_interview(
        client,
        me,
        question_count=len(QUESTIONS),
        custom_questions=QUESTIONS,
        settings={"time_per_question_s": 120, "follow_ups": follow_ups},
    )
    return me, await start(client, me, interview["id"])


async def burst(request) -> list:
    return await asyncio.gather(*(request(i) for i in range(BURST)))


@asynccontextmanager
async def live_events(app, interview_id: str) -> AsyncIterator[Counter]:
    """Counts the event types a live watcher of the interview receives inside the block."""
    heard: Counter = Counter()
    async with app.state.event_bus.subscribe(uuid.UUID(interview_id)) as events:
        yield heard
        await app.state.task_runner.drain()
        while True:
            try:
                event = await asyncio.wait_for(anext(events), 0.2)
            except TimeoutError:
                break
            heard[event.type] += 1


async def fetch(client, me, iid: str) -> dict:
    return await get_ok(client, me, f"/api/interviews/{iid}")


async def test_the_same_answer_sent_ten_times_counts_once(race_client, race_app):
    me, interview = await running_interview(race_client)
    iid, first = interview["id"], current_question(interview)

    async with live_events(race_app, iid) as heard:
        responses = await burst(lambda _: answer(race_client, me, iid, first["id"], "Not sure."))

    assert [r.status_code for r in responses] == [200] * BURST
    assert len({tuple(q["id"] for q in r.json()["questions"]) for r in responses}) == 1
    after = await fetch(race_client, me, iid)
    questions = after["questions"]
    assert [q["position"] for q in questions] == sorted({q["position"] for q in questions})
    assert [q["source"] for q in questions].count("follow_up") == 1
    answered, follow_up = questions[0], questions[1]
    assert answered["answer"]["transcript"] == "Not sure."
    assert answered["previous_answers"] == []
    assert follow_up["parent_id"] == first["id"]
    assert current_question(after)["id"] == follow_up["id"]
    assert heard["answer_evaluated"] == 1
    assert heard["question_asked"] == 1


async def test_a_burst_of_different_answers_keeps_every_one_with_one_current(race_client, race_app):
    me, interview = await running_interview(race_client)
    iid, first = interview["id"], current_question(interview)

    async with live_events(race_app, iid) as heard:
        responses = await burst(
            lambda i: answer(race_client, me, iid, first["id"], f"Attempt number {i}.")
        )

    assert [r.status_code for r in responses] == [200] * BURST
    after = await fetch(race_client, me, iid)
    answered = next(q for q in after["questions"] if q["id"] == first["id"])
    kept = [answered["answer"]["transcript"]] + [
        a["transcript"] for a in answered["previous_answers"]
    ]
    assert sorted(kept) == sorted(f"Attempt number {i}." for i in range(BURST))
    assert all(not a["is_current"] for a in answered["previous_answers"])
    follow_ups = [q for q in after["questions"] if q["source"] == "follow_up"]
    assert [q["parent_id"] for q in follow_ups] == [first["id"]]
    assert after["questions"][1]["id"] == follow_ups[0]["id"]
    assert heard["answer_evaluated"] == BURST


async def test_follow_ups_stay_within_the_limit_under_bursts(race_client):
    me, interview = await running_interview(race_client)
    iid = interview["id"]
    for _ in range(len(QUESTIONS) + 2):
        question = current_question(interview)
        responses = await burst(
            lambda i, qid=question["id"]: answer(race_client, me, iid, qid, f"No idea {i}.")
        )
        assert [r.status_code for r in responses] == [200] * BURST
        interview = await fetch(race_client, me, iid)

    questions = interview["questions"]
    follow_ups = [q for q in questions if q["source"] == "follow_up"]
    assert len(follow_ups) == 2
    assert [q["position"] for q in questions] == list(range(len(questions)))
    for follow_up in follow_ups:
        parent = next(i for i, q in enumerate(questions) if q["id"] == follow_up["parent_id"])
        assert questions[parent + 1]["id"] == follow_up["id"]
    assert all(q["status"] == "answered" for q in questions)
    assert all(q["answer"]["is_current"] for q in questions)


async def test_a_double_clicked_start_starts_once(race_client, race_app):
    me = await signed_in_candidate(race_client)
    created = await create_interview(
        race_client, me, question_count=len(QUESTIONS), custom_questions=QUESTIONS
    )
    iid = created["id"]

    async with live_events(race_app, iid) as heard:
        responses = await burst(
            lambda _: race_client.post(f"/api/interviews/{iid}/start", headers=me.headers)
        )

    assert [r.status_code for r in responses] == [200] * BURST
    after = await fetch(race_client, me, iid)
    assert {r.json()["started_at"] for r in responses} == {after["started_at"]}
    assert [q["status"] for q in after["questions"]] == ["asked", "pending", "pending"]
    assert heard["question_asked"] == 1


async def test_a_double_clicked_skip_skips_one_question(race_client, race_app):
    me, interview = await running_interview(race_client, follow_ups=False)
    iid, first = interview["id"], current_question(interview)
    path = f"/api/interviews/{iid}/questions/{first['id']}/skip"

    async with live_events(race_app, iid) as heard:
        responses = await burst(lambda _: race_client.post(path, headers=me.headers))

    assert [r.status_code for r in responses] == [200] * BURST
    after = await fetch(race_client, me, iid)
    assert [q["status"] for q in after["questions"]] == ["skipped", "asked", "pending"]
    assert {r.json()["questions"][0]["answered_at"] for r in responses} == {
        after["questions"][0]["answered_at"]
    }
    assert heard["question_asked"] == 1


async def test_a_double_clicked_finish_completes_once(race_client, race_app):
    me, interview = await running_interview(race_client, follow_ups=False)
    iid = interview["id"]
    saved = await answer(race_client, me, iid, current_question(interview)["id"], "Token bucket.")
    assert saved.status_code == 200

    async with live_events(race_app, iid) as heard:
        responses = await burst(
            lambda _: race_client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
        )

    assert [r.status_code for r in responses] == [200] * BURST
    after = await fetch(race_client, me, iid)
    assert after["status"] == "completed"
    assert {r.json()["completed_at"] for r in responses} == {after["completed_at"]}
    assert [q["status"] for q in after["questions"]] == ["answered", "skipped", "skipped"]
    assert after["questions"][0]["answer"]["transcript"] == "Token bucket."
    assert heard["interview_completed"] == 1


async def test_a_double_clicked_abandon_abandons_once(race_client):
    me, interview = await running_interview(race_client)
    iid = interview["id"]

    responses = await burst(
        lambda _: race_client.post(f"/api/interviews/{iid}/abandon", headers=me.headers)
    )

    assert [r.status_code for r in responses] == [200] * BURST
    after = await fetch(race_client, me, iid)
    assert after["status"] == "abandoned"
    assert {r.json()["completed_at"] for r in responses} == {after["completed_at"]}
