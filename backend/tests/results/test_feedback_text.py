"""The report's sentences that quote a question read as a person would write them."""

import re

from tests.factories import signed_in_candidate
from tests.interviews.helpers import answer, create_interview, current_question, start
from tests.results.helpers import VAGUE, finished_interview, results_of

QUOTED = re.compile(r'"([^"]+)"')


async def test_a_quoted_question_ends_its_sentence_once_and_is_cut_between_words(
    client, shipped, tasks
):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE, VAGUE])
    results = await results_of(client, me, iid)
    texts = {question["text"] for question in results["questions"]}

    quoting = [
        line
        for line in results["strengths"] + results["weaknesses"] + results["recommendations"]
        if QUOTED.search(line)
    ]
    assert any(line.startswith("Weak answer") for line in quoting), quoting
    for line in quoting:
        # 'to "What did you do?".' ends twice; 'to "What did you do?"' once.
        assert not re.search(r'[.?!…]"\.', line), line
        quoted = QUOTED.search(line).group(1)  # type: ignore[union-attr]
        if quoted.endswith("…"):
            shown = quoted.removesuffix("…")
            # A cut question stops at the end of a word of the question, not inside one.
            assert any(re.match(re.escape(shown) + r"\W", text) for text in texts), line
        else:
            assert quoted in texts, line


async def test_a_follow_up_is_named_by_the_question_it_follows(client, shipped, tasks):
    me = await signed_in_candidate(client)
    interview = await create_interview(
        client, me, question_count=1, settings={"time_per_question_s": 120, "follow_ups": True}
    )
    iid = interview["id"]
    running = await start(client, me, iid)
    first = current_question(running)
    after = (await answer(client, me, iid, first["id"], VAGUE)).json()
    follow_up = current_question(after)
    assert follow_up["parent_id"] == first["id"]
    assert (await answer(client, me, iid, follow_up["id"], VAGUE)).status_code == 200
    await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    await tasks.drain()

    results = await results_of(client, me, iid)
    lines = results["weaknesses"] + results["recommendations"]
    about_follow_up = [line for line in lines if "a follow-up on " in line]
    assert about_follow_up, lines
    parent_start = first["text"].split()[0]
    assert all(f'a follow-up on "{parent_start}' in line for line in about_follow_up)
    assert not any(follow_up["text"][:30] in line for line in lines), lines
