"""Which questions a drill asks: the weakest spots first, one each in turn, new ones first."""

import uuid
from datetime import UTC, datetime, timedelta

from app.practice.drills import pick_drill
from app.practice.schemas import WeaknessKind
from app.practice.weaknesses import Observation, group
from app.questions.models import Question

START = datetime(2026, 11, 1, tzinfo=UTC)


def _question(
    slug: str, category: str, skills: list[str], competency: str | None = None
) -> Question:
    return Question(
        slug=slug,
        text=f"Question {slug}?",
        category=category,
        skills=skills,
        role_families=["software"],
        competency=competency,
        difficulty=2,
        key_points=["a point"],
        model_answer="An answer.",
        follow_ups=[],
    )


BANK = [
    _question("sql-1", "technical", ["SQL", "PostgreSQL"]),
    _question("sql-2", "technical", ["PostgreSQL", "SQL"]),
    _question("py-1", "technical", ["Python"]),
    _question("team-1", "behavioral", [], "teamwork"),
    _question("team-2", "behavioral", [], "teamwork"),
    _question("conflict-1", "behavioral", [], "conflict"),
]


def _entries(scores: dict[tuple[WeaknessKind, str], list[int]]):
    """Entries from one observation per interview per score, a day apart."""
    observations = [
        Observation(
            kind=kind,
            key=key,
            interview_id=uuid.UUID(int=day),
            completed_at=START + timedelta(days=day),
            question_id=uuid.uuid4(),
            question="Asked before",
            score=score,
        )
        for (kind, key), values in scores.items()
        for day, score in enumerate(values)
    ]
    return group(observations)


def test_each_weak_spot_gets_a_question_squarely_on_it_weakest_first() -> None:
    entries = _entries(
        {
            (WeaknessKind.SKILL, "SQL"): [30, 35, 40],
            (WeaknessKind.COMPETENCY, "teamwork"): [40, 45],
            (WeaknessKind.SKILL, "Python"): [80, 85],
        }
    )
    picked = pick_drill(entries, BANK, count=3, avoid=set(), seed=1)
    # SQL first, where it is the primary skill; then teamwork; Python, not weak, is still the
    # weakest left.
    assert picked[0].bank_slug == "sql-1"
    assert picked[0].reason == "Drill: SQL was weak in 3 of your last 3 interviews that tested it."
    assert picked[1].bank_slug in {"team-1", "team-2"}
    assert picked[2].bank_slug == "py-1"


def test_questions_just_asked_come_last_and_the_count_is_kept() -> None:
    entries = _entries({(WeaknessKind.COMPETENCY, "teamwork"): [30, 30]})
    picked = pick_drill(entries, BANK, count=3, avoid={"team-1"}, seed=1)
    # Two teamwork questions exist: the new one first, the one just asked only to fill the drill.
    assert [q.bank_slug for q in picked] == ["team-2", "team-1"]


def test_a_structure_weakness_is_drilled_with_stories_on_what_the_candidate_practises() -> None:
    entries = _entries(
        {
            (WeaknessKind.DIMENSION, "structure"): [20, 25],
            (WeaknessKind.COMPETENCY, "conflict"): [70, 72],
        }
    )
    picked = pick_drill(entries, BANK, count=1, avoid=set(), seed=3)
    assert [q.bank_slug for q in picked] == ["conflict-1"]
    assert picked[0].category == "behavioral"


def test_no_question_for_any_spot_gives_an_empty_drill() -> None:
    entries = _entries({(WeaknessKind.SKILL, "Kubernetes"): [20, 20]})
    assert pick_drill(entries, BANK, count=3, avoid=set(), seed=1) == []
