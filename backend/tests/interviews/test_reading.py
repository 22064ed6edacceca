"""Reading an interview shows exactly what the change before it answered: questions, answers
(current and replaced, evaluated or not), follow-ups, skips, stages and clock."""

from tests.factories import signed_in_candidate
from tests.interviews.helpers import (
    answer,
    create_interview,
    current_question,
    start,
)

TICKING = ("elapsed_s", "current_question_elapsed_s", "current_question_remaining_s")


def _still(interview: dict) -> dict:
    """The interview without the clock's running seconds (they move between two requests)."""
    clock = {k: v for k, v in interview["clock"].items() if k not in TICKING}
    return {**interview, "clock": clock}


async def test_reading_shows_what_every_change_answered(client, shipped, tasks):
    me = await signed_in_candidate(client)
    settings = {"time_per_question_s": 120, "follow_ups": True}
    interview = await create_interview(client, me, question_count=3, settings=settings)
    iid = interview["id"]

    async def read_agrees(changed: dict) -> dict:
        read = await client.get(f"/api/interviews/{iid}", headers=me.headers)
        assert read.status_code == 200, read.text
        assert _still(read.json()) == _still(changed)
        for key in TICKING:
            moved = (read.json()["clock"][key] or 0) - (changed["clock"][key] or 0)
            assert abs(moved) <= 2, key
        return changed

    await read_agrees(interview)
    running = await read_agrees(await start(client, me, iid))
    first = current_question(running)
    weak = await read_agrees((await answer(client, me, iid, first["id"], "Not sure.")).json())
    assert any(q["source"] == "follow_up" for q in weak["questions"])
    await read_agrees((await answer(client, me, iid, first["id"], "A second try.")).json())
    await tasks.drain()
    following = current_question(weak)
    answered = await read_agrees(
        (await answer(client, me, iid, following["id"], "I would measure first.")).json()
    )
    replaced = next(q for q in answered["questions"] if q["id"] == first["id"])
    assert replaced["answer"]["evaluation_status"] == "done"
    assert [a["transcript"] for a in replaced["previous_answers"]] == ["Not sure."]
    skipped = await client.post(
        f"/api/interviews/{iid}/questions/{current_question(answered)['id']}/skip",
        headers=me.headers,
    )
    await read_agrees(skipped.json())
    await read_agrees(
        (await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)).json()
    )
