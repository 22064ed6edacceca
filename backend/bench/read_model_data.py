"""The data `bench.read_models` measures on: candidates with many interviews each, written
with bulk inserts (not through the API); their stored scores are then computed by the backfill
the migration runs (`app.results.backfill`), which is timed too.

Synthetic and seeded (the same rows every run): five questions an interview over three
categories and twenty skills; 80% completed (15% of their questions skipped, 8% of the answers
too short to score, 2% of the evaluations failed and 2% still pending), the rest abandoned, in
progress or scheduled; created over the past year.
"""

import random
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert

from app.auth.models import Role, User
from app.core.security import hash_password
from app.evaluation.schemas import AnswerEvaluation, grade_for
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.states import EvaluationStatus, InterviewStatus, QuestionStatus
from app.results.backfill import backfill_score_summaries

PASSWORD = "bench-password-1"
ADMIN_EMAIL = "admin@bench.example.com"
QUESTIONS = 5
BATCH = 1000
CATEGORIES = ("technical", "behavioral", "situational")
SKILLS = (
    *("Python", "SQL", "PostgreSQL", "Docker", "Kubernetes", "AWS", "React", "TypeScript"),
    *("Kafka", "Redis", "Go", "Java", "Terraform", "GraphQL", "Testing", "Linux"),
    *("Communication", "Leadership", "Machine learning", "CI/CD"),
)
ROLES = ("Backend engineer", "Data engineer", "Frontend engineer", "SRE", "Product manager")
STATUSES = (
    InterviewStatus.COMPLETED,
    InterviewStatus.ABANDONED,
    InterviewStatus.IN_PROGRESS,
    InterviewStatus.SCHEDULED,
)
STATUS_WEIGHTS = (0.80, 0.08, 0.07, 0.05)
SUB_SCORES = ("relevance", "depth", "structure", "communication")
ANSWER = (
    "At my last job I moved our nightly batch to an event-driven pipeline with idempotent "
    "consumers, measured latency before and after, and rolled it out behind a feature flag. "
    "Invoices went from hours to minutes and failures fell by forty percent."
)
_EVALUATION = AnswerEvaluation(
    score=70,
    grade="B",
    relevance=70,
    depth=70,
    structure=70,
    communication=70,
    key_points_covered=[],
    key_points_missed=["States a measurable result", "Names the trade-offs"],
    remark="A clear answer with one concrete result.",
    suggestion="Say what you would do differently and why.",
    signals={"word_count": 48, "filler_count": 1, "delivery_basis": "written"},
).model_dump(mode="json")


@dataclass(frozen=True)
class Seeded:
    interviews: int
    questions: int
    answers: int
    insert_s: float
    backfill_s: float


def candidate_email(number: int) -> str:
    return f"candidate{number:02d}@bench.example.com"


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _clamped(value: float) -> int:
    return max(0, min(100, round(value)))


def _evaluation(rng: random.Random) -> dict[str, Any]:
    if rng.random() < 0.08:
        abstained = {"scored": False, "score": None, "grade": None}
        return {**_EVALUATION, **abstained, "abstain_reason": "Too short to judge."}
    score = _clamped(rng.gauss(65, 15))
    parts = {name: _clamped(score + rng.randint(-10, 10)) for name in SUB_SCORES}
    return {**_EVALUATION, **parts, "score": score, "grade": grade_for(score)}


def _answer(
    rng: random.Random, question_id: uuid.UUID, at: datetime, settled: bool
) -> dict[str, Any]:
    """A current answer; its evaluation done (mostly), failed or pending (always, unless
    `settled`)."""
    roll = rng.random()
    status = EvaluationStatus.DONE
    if not settled or roll < 0.02:
        status = EvaluationStatus.PENDING
    elif roll < 0.04:
        status = EvaluationStatus.FAILED
    done = status == EvaluationStatus.DONE
    return {
        "id": _uuid(rng),
        "question_id": question_id,
        "transcript": ANSWER,
        "source": "typed",
        "is_current": True,
        "submitted_at": at,
        "evaluation_status": status,
        "evaluation_error": "The evaluator was unreachable." if status == "failed" else None,
        "evaluation": _evaluation(rng) if done else None,
        "evaluated_at": at if done else None,
    }


def _question_status(
    rng: random.Random, status: InterviewStatus, position: int, reached: int
) -> QuestionStatus:
    """Completed: answered or skipped. Otherwise answered up to the one `reached`."""
    if status == InterviewStatus.COMPLETED:
        return QuestionStatus.SKIPPED if rng.random() < 0.15 else QuestionStatus.ANSWERED
    if status == InterviewStatus.SCHEDULED or position > reached:
        return QuestionStatus.PENDING
    return QuestionStatus.ASKED if position == reached else QuestionStatus.ANSWERED


def _questions(
    rng: random.Random, interview: dict[str, Any], rows: dict[str, list[dict[str, Any]]]
) -> None:
    started: datetime = interview["created_at"]
    reached = rng.randrange(QUESTIONS)
    for position in range(QUESTIONS):
        at = started + timedelta(minutes=3 * position + 2)
        status = _question_status(rng, interview["status"], position, reached)
        question_id = _uuid(rng)
        rows["questions"].append(
            {
                "id": question_id,
                "interview_id": interview["id"],
                "position": position,
                "text": f"Question {position + 1} for a {interview['role']}?",
                "category": rng.choice(CATEGORIES),
                "skills": rng.sample(SKILLS, 2),
                "key_points": ["States a measurable result", "Names the trade-offs"],
                "model_answer": ANSWER,
                "status": status,
                "asked_at": at if status != QuestionStatus.PENDING else None,
                "answered_at": at if status == QuestionStatus.ANSWERED else None,
            }
        )
        if status == QuestionStatus.ANSWERED:
            settled = interview["status"] != InterviewStatus.IN_PROGRESS or rng.random() < 0.8
            rows["answers"].append(_answer(rng, question_id, at, settled))


def _interview(rng: random.Random, user_id: uuid.UUID, now: datetime) -> dict[str, Any]:
    status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
    created = now - timedelta(seconds=rng.randrange(365 * 24 * 3600))
    ended = created + timedelta(minutes=20)
    finished = status in (InterviewStatus.COMPLETED, InterviewStatus.ABANDONED)
    return {
        "id": _uuid(rng),
        "user_id": user_id,
        "role": rng.choice(ROLES),
        "status": status,
        "settings": {"time_per_question_s": 180, "follow_ups": True},
        "created_at": created,
        "updated_at": ended if finished else created,
        "started_at": None if status == InterviewStatus.SCHEDULED else created,
        "completed_at": ended if finished else None,
        "ended_reason": status.value if finished else None,
    }


def _users(rng: random.Random, candidates: int, now: datetime) -> list[dict[str, Any]]:
    password_hash = hash_password(PASSWORD)
    people = [(ADMIN_EMAIL, "Bench Admin", Role.admin)] + [
        (candidate_email(n), f"Candidate {n:02d}", Role.candidate) for n in range(candidates)
    ]
    return [
        {
            "id": _uuid(rng),
            "email": email,
            "full_name": name,
            "password_hash": password_hash,
            "role": role,
            "created_at": now,
            "updated_at": now,
        }
        for email, name, role in people
    ]


def _insert(connection: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    connection.execute(insert(Interview), rows["interviews"])
    connection.execute(insert(InterviewQuestion), rows["questions"])
    if rows["answers"]:
        connection.execute(insert(Answer), rows["answers"])


def seed(engine: Engine, *, interviews: int, candidates: int, seed: int = 7) -> Seeded:
    """Users (an admin and the candidates) and `interviews` shared evenly among the
    candidates, then their stored scores by the migration's backfill."""
    rng, now = random.Random(seed), datetime.now(UTC)
    counts = {"interviews": 0, "questions": 0, "answers": 0}
    started = time.perf_counter()
    with engine.begin() as connection:
        users = _users(rng, candidates, now)
        connection.execute(insert(User), users)
        owners = [user["id"] for user in users[1:]]
        for start in range(0, interviews, BATCH):
            rows: dict[str, list[dict[str, Any]]] = {k: [] for k in counts}
            for number in range(start, min(start + BATCH, interviews)):
                interview = _interview(rng, owners[number % len(owners)], now)
                rows["interviews"].append(interview)
                _questions(rng, interview, rows)
            _insert(connection, rows)
            for name, batch in rows.items():
                counts[name] += len(batch)
    inserted = time.perf_counter()
    with engine.begin() as connection:
        backfill_score_summaries(connection)
    return Seeded(**counts, insert_s=inserted - started, backfill_s=time.perf_counter() - inserted)
