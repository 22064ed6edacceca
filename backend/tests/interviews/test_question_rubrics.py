"""Every question is graded on a rubric of its own: a follow-up on the point the first answer
missed and its own wording (never the parent's key points and model answer), an own question
on key points shaped by the category given."""

from tests.factories import signed_in_candidate
from tests.interviews.helpers import answer, create_interview, current_question, start

QUESTION = {
    "text": "How do you deploy a web service to Kubernetes without downtime?",
    "category": "technical",
    "key_points": [
        "Rolling updates replace pods a few at a time",
        "Readiness probes hold traffic until a pod is ready",
        "Roll back with kubectl rollout undo when errors rise",
    ],
    "model_answer": (
        "I use a Deployment with a rolling update strategy, readiness probes so traffic only "
        "reaches ready pods, and kubectl rollout undo if the error rate rises."
    ),
}
ROLLING_ONLY = (
    "I would ship it as a Kubernetes Deployment and use a rolling update, so the new version "
    "replaces the old pods a few at a time while the rest keep serving users. We tuned "
    "maxSurge and maxUnavailable for that."
)
MISSED = "Readiness probes hold traffic until a pod is ready"
ON_READINESS = (
    "A readiness probe is an HTTP check on a health endpoint, for example /ready, that the "
    "kubelet calls every few seconds. Until it passes, the pod is not added to the Service "
    "endpoints, so no traffic reaches it. During a rollout this means a new pod that is still "
    "warming its cache or connecting to the database never gets requests. At Acme we added one "
    "after a deploy sent errors to cold pods."
)


async def test_a_follow_up_is_graded_on_the_missed_point_not_the_parents_list(client, tasks):
    me = await signed_in_candidate(client)
    interview = await create_interview(
        client,
        me,
        question_count=1,
        custom_questions=[QUESTION],
        settings={"time_per_question_s": 120, "follow_ups": True},
    )
    iid = interview["id"]
    running = await start(client, me, iid)
    first = current_question(running)
    after = (await answer(client, me, iid, first["id"], ROLLING_ONLY)).json()

    follow_up = current_question(after)
    assert follow_up["source"] == "follow_up" and follow_up["parent_id"] == first["id"]
    assert MISSED in follow_up["text"]
    assert (await answer(client, me, iid, follow_up["id"], ON_READINESS)).status_code == 200
    await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    await tasks.drain()

    results = (await client.get(f"/api/results/{iid}", headers=me.headers)).json()
    asked = next(q for q in results["questions"] if q["question_id"] == follow_up["id"])
    parents_others = set(QUESTION["key_points"]) - {MISSED}
    assert asked["key_points"][0] == MISSED
    assert not parents_others & set(asked["key_points"])
    assert asked["model_answer"] is None

    evaluation = asked["evaluation"]
    graded = [p["point"] for p in evaluation["key_points_covered"]]
    graded += evaluation["key_points_missed"]
    assert MISSED in graded and not parents_others & set(graded)
    covered = {p["point"]: p["evidence"] for p in evaluation["key_points_covered"]}
    assert covered[MISSED] in ON_READINESS
    assert evaluation["model_answer"] is None
    labels = {span["label"] for span in evaluation["working"]["evidence"]}
    assert MISSED in labels and not parents_others & labels
    assert evaluation["working"]["rubric"] == "key points"
    assert evaluation["score"] >= 70  # a good answer to what was asked, not a miss of the rest

    # The parent keeps its own rubric: the first answer is still judged on all three points.
    parent = next(q for q in results["questions"] if q["question_id"] == first["id"])
    assert parent["key_points"] == QUESTION["key_points"]
    assert MISSED in parent["evaluation"]["key_points_missed"]


async def test_an_own_questions_key_points_follow_the_category_given(client):
    me = await signed_in_candidate(client)
    text = "Our deploys to Kubernetes kept failing at night."
    interview = await create_interview(
        client,
        me,
        question_count=2,
        custom_questions=[{"text": text, "category": "behavioral"}, {"text": text}],
    )
    await start(client, me, interview["id"])
    await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    results = await client.get(f"/api/results/{interview['id']}", headers=me.headers)
    given, inferred = results.json()["questions"]
    assert given["category"] == "behavioral" and inferred["category"] == "technical"
    assert "States a measurable result" in given["key_points"]
    assert "Explains how it works" in inferred["key_points"]
