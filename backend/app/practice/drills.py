"""Drill mode: a short interview on the candidate's weakest spots, from their evaluated results.

Targets are the weak spots weakest first (most often weak, then the lowest latest score); each
gets a bank question squarely on it, in turn, so three questions cover three spots when the bank
has them. Questions the candidate was just asked come last.
"""

import random
import uuid
from collections.abc import Callable, Sequence, Set

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import User
from app.auth.policy import ensure_can_write
from app.interviews.creation import question_row, recent_bank_slugs
from app.interviews.exceptions import InterviewNotFound
from app.interviews.models import Interview
from app.interviews.schemas import InterviewSettings
from app.interviews.states import InterviewMode
from app.practice.exceptions import NoDrillQuestions, NoEvaluatedInterviews
from app.practice.queries import evaluated_answers
from app.practice.schemas import DrillCreate, WeaknessEntry, WeaknessKind
from app.practice.weaknesses import group, reason
from app.questions.active_bank import load_active_bank
from app.questions.bank import BankEntry, PlannedQuestion, planned_from_bank

# Which questions exercise a sub-score best: stories show structure, explanations show depth.
_DIMENSION_CATEGORIES = {
    "structure": ("behavioral",),
    "communication": ("behavioral", "situational"),
    "depth": ("technical",),
    "relevance": ("technical", "behavioral", "situational"),
}


def _candidates(entry: WeaknessEntry, bank: Sequence[BankEntry]) -> list[BankEntry]:
    if entry.kind == WeaknessKind.SKILL:
        return [q for q in bank if entry.key in q.skills]
    if entry.kind == WeaknessKind.COMPETENCY:
        return [q for q in bank if q.competency == entry.key]
    categories = _DIMENSION_CATEGORIES.get(entry.key, ())
    return [q for q in bank if q.category in categories]


def pick_drill(
    entries: Sequence[WeaknessEntry],
    bank: Sequence[BankEntry],
    *,
    count: int,
    avoid: Set[str],
    seed: int,
) -> list[PlannedQuestion]:
    """`count` questions on the weakest spots, one spot at a time, in turn."""
    rng = random.Random(seed)
    tiebreak = {q.slug: rng.random() for q in sorted(bank, key=lambda q: q.slug)}
    # What the candidate practises (their skills and competencies): a sub-score is drilled
    # on questions about those rather than on some other job's.
    familiar = {e.key for e in entries if e.kind != WeaknessKind.DIMENSION}
    used: set[str] = set()
    picked: list[PlannedQuestion] = []
    targets = list(entries)
    while len(picked) < count and targets:
        for entry in list(targets):
            if len(picked) == count:
                break
            question = _best(entry, bank, used=used, avoid=avoid, familiar=familiar, tie=tiebreak)
            if question is None:
                targets.remove(entry)
                continue
            used.add(question.slug)
            picked.append(planned_from_bank(question, f"Drill: {reason(entry)}"))
    return picked


def _best(
    entry: WeaknessEntry,
    bank: Sequence[BankEntry],
    *,
    used: Set[str],
    avoid: Set[str],
    familiar: Set[str],
    tie: dict[str, float],
) -> BankEntry | None:
    choices = [q for q in _candidates(entry, bank) if q.slug not in used]
    if not choices:
        return None
    key: Callable[[BankEntry], tuple]
    if entry.kind == WeaknessKind.SKILL:
        key = lambda q: (q.slug in avoid, q.skills.index(entry.key), tie[q.slug])  # noqa: E731
    else:
        key = lambda q: (  # noqa: E731
            q.slug in avoid,
            familiar.isdisjoint([*q.skills, q.competency or ""]),
            tie[q.slug],
        )
    return min(choices, key=key)


async def _ensure_owned(session: AsyncSession, *, user: User, interview_id: uuid.UUID) -> None:
    interview = await session.get(Interview, interview_id)
    if interview is None:
        raise InterviewNotFound()
    ensure_can_write(user, interview.user_id, not_found=InterviewNotFound, thing="interview")


async def create_drill(session: AsyncSession, *, user: User, data: DrillCreate) -> Interview:
    """A scheduled drill interview on the weakest spots of recent results (or of one)."""
    if data.interview_id is not None:
        await _ensure_owned(session, user=user, interview_id=data.interview_id)
    evaluated = await evaluated_answers(session, user_id=user.id, interview_id=data.interview_id)
    if not evaluated.observations or evaluated.latest is None:
        raise NoEvaluatedInterviews()
    bank = await load_active_bank(session)
    avoid = evaluated.bank_slugs | await recent_bank_slugs(session, user_id=user.id)
    seed = random.SystemRandom().randrange(1 << 30)
    planned = pick_drill(
        group(evaluated.observations),
        bank.entries,
        count=data.question_count,
        avoid=avoid,
        seed=seed,
    )
    if not planned:
        raise NoDrillQuestions()
    latest = evaluated.latest
    interview = Interview(
        user_id=user.id,
        role=latest.role,
        seniority=latest.seniority,
        mode=InterviewMode.DRILL,
        settings=InterviewSettings(follow_ups=False).model_dump(),
        generator="local",
        seed=seed,
    )
    interview.questions = [
        question_row(q, position=index, bank_ids=bank.ids) for index, q in enumerate(planned)
    ]
    session.add(interview)
    await session.flush()
    return interview
