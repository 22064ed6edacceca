"""Coding problems chosen for the role and level, placed among the talking questions, from a
template or a coding round."""

from app.questions.catalog import sync_question_bank
from tests.coding.helpers import coding_url, load_problems
from tests.factories import signed_in_admin, signed_in_candidate


async def _problems(client, me, **body) -> list[dict]:
    payload = {"role": "Software engineer", "seed": 11, **body}
    created = await client.post("/api/interviews", headers=me.headers, json=payload)
    assert created.status_code == 201, created.text
    interview = created.json()
    coding = [q for q in interview["questions"] if q["category"] == "coding"]
    states = [
        (await client.get(coding_url(interview, q["id"]), headers=me.headers)).json()["problem"]
        for q in coding
    ]
    return states


async def test_the_level_sets_the_difficulty(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    round_ = {"problems": 3, "only": True}
    junior = await _problems(client, me, seniority="junior", coding=round_)
    senior = await _problems(client, me, seniority="lead", coding=round_)
    assert {p["difficulty"] for p in junior} <= {"easy", "medium"}
    assert "hard" in {p["difficulty"] for p in senior}
    assert len({p["topic"] for p in junior}) == 3  # several problems, several topics


async def test_topics_and_difficulty_asked_for_are_honoured(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    (problem,) = await _problems(
        client,
        me,
        coding={
            "problems": 1,
            "only": True,
            "topics": ["dynamic_programming"],
            "difficulty": "hard",
        },
    )
    assert problem["topic"] == "dynamic_programming" and problem["difficulty"] == "hard"


async def test_the_same_seed_gives_the_same_problem_unless_it_was_just_seen(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    other = await signed_in_candidate(client)
    round_ = {"coding": {"problems": 1, "only": True}, "seniority": "mid"}
    (first,) = await _problems(client, me, **round_)
    (again,) = await _problems(client, me, **round_)
    (elsewhere,) = await _problems(client, other, **round_)
    assert elsewhere["slug"] == first["slug"]
    assert again["slug"] != first["slug"]


async def test_a_template_mixes_coding_with_talking_questions(client, db_session):
    await sync_question_bank(db_session)
    await load_problems(db_session)
    admin = await signed_in_admin(client, db_session)
    template = await client.post(
        "/api/templates",
        headers=admin.headers,
        json={
            "name": "Backend loop",
            "mix": {"behavioral": 1, "technical": 1, "situational": 1},
            "coding_problems": 1,
        },
    )
    assert template.status_code == 201 and template.json()["coding_problems"] == 1
    me = await signed_in_candidate(client)
    created = await client.post(
        "/api/interviews",
        headers=me.headers,
        json={"role": "Backend engineer", "template_id": template.json()["id"], "seed": 2},
    )
    categories = [q["category"] for q in created.json()["questions"]]
    assert len(categories) == 4 and categories[1] == "coding"
    assert sorted(categories) == ["behavioral", "coding", "situational", "technical"]


async def test_the_catalog_counts_problems_by_topic_and_level(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    catalog = (await client.get("/api/coding/catalog", headers=me.headers)).json()
    assert catalog["languages"] == ["python", "javascript"]
    total = sum(sum(t["counts"].values()) for t in catalog["topics"])
    assert total >= 40 and all(sum(t["counts"].values()) >= 5 for t in catalog["topics"])
