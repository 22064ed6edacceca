"""A transcript sent as typed keeps the speaker's hesitations however the transcriber spelled
them, British spellings too ("er", "urr", "erm"): the results count them, cost communication
for them and never credit them as things said."""

from tests.evaluation.test_transcript_fillers import BRITISH, CLEAN, LEADERSHIP
from tests.factories import signed_in_candidate
from tests.interviews.helpers import answer, create_interview, current_question, start
from tests.interviews.test_router import NO_FOLLOW_UPS

QUESTION = {"text": LEADERSHIP, "category": "behavioral"}


async def test_british_hesitations_in_a_transcript_are_counted_in_the_results(client, tasks):
    me = await signed_in_candidate(client)
    interview = await create_interview(
        client, me, question_count=2, custom_questions=[QUESTION] * 2, settings=NO_FOLLOW_UPS
    )
    interview = await start(client, me, interview["id"])
    for transcript in (CLEAN, BRITISH):
        question = current_question(interview)
        response = await answer(client, me, interview["id"], question["id"], transcript)
        assert response.status_code == 200, response.text
        interview = response.json()
    await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    await tasks.drain()
    results = (await client.get(f"/api/results/{interview['id']}", headers=me.headers)).json()

    clean, british = (q["evaluation"] for q in results["questions"])
    assert british["communication"] < clean["communication"]
    delivery = british["working"]["delivery"]
    assert delivery["filler_count"] == 7
    assert delivery["basis"] == "spoken_untimed"
    assert any(d["name"] == "fillers" and d["points"] > 0 for d in delivery["deductions"])
    assert clean["working"]["delivery"]["filler_count"] == 0
    assert british["signals"]["words_said"] == clean["signals"]["words_said"]
