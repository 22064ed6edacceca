"""The results tell a candidate which of a common question's points their answer covered,
quoting where, when the answer says it in its own words; a custom question about leadership
is not also judged on a generated "Shows Leadership in a real example" or generic STAR points
that the leadership points already ask for."""

from tests.evaluation.test_transcript_fillers import CLEAN, LEADERSHIP
from tests.factories import signed_in_candidate
from tests.interviews.helpers import answer, create_interview, current_question, start
from tests.interviews.test_router import NO_FOLLOW_UPS


async def test_a_leadership_story_is_credited_with_the_points_it_shows(client, tasks):
    me = await signed_in_candidate(client)
    interview = await create_interview(
        client,
        me,
        question_count=1,
        custom_questions=[{"text": LEADERSHIP, "category": "behavioral"}],
        settings=NO_FOLLOW_UPS,
    )
    interview = await start(client, me, interview["id"])
    question = current_question(interview)
    response = await answer(client, me, interview["id"], question["id"], CLEAN)
    assert response.status_code == 200, response.text
    await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    await tasks.drain()
    results = (await client.get(f"/api/results/{interview['id']}", headers=me.headers)).json()

    evaluation = results["questions"][0]["evaluation"]
    covered = {point["point"]: point["evidence"] for point in evaluation["key_points_covered"]}
    assert "Describes a situation where they led people" in covered
    assert "States the result for the team" in covered
    assert all(quote in CLEAN for quote in covered.values())
    # Judged on the leadership points alone: not also on the generated "Shows Leadership in a
    # real example" nor on generic STAR points that say the same ("States a measurable result").
    assert set(covered) == {
        "Describes a situation where they led people",
        "Explains how they set direction and supported others",
        "States the result for the team",
    }
    assert evaluation["key_points_missed"] == []
    assert "Cover the missing point" not in evaluation["suggestion"]
