"""A candidate's progress across interviews."""

import uuid
from datetime import UTC, datetime, timedelta
from statistics import mean

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.models import Interview
from app.interviews.queries import with_questions
from app.results.schemas import (
    DashboardStats,
    Progress,
    ProgressPoint,
    SkillPoint,
    SkillProgress,
)
from app.results.scoring import category_scores, compute_scores, scored_questions


async def _interviews(session: AsyncSession, user_id: uuid.UUID) -> list[Interview]:
    rows = await session.scalars(
        with_questions(select(Interview).where(Interview.user_id == user_id))
    )
    return list(rows)


def _completed(interviews: list[Interview]) -> list[Interview]:
    done = [i for i in interviews if i.status == "completed" and i.completed_at]
    return sorted(done, key=lambda i: i.completed_at)


def overall_score(interview: Interview) -> int | None:
    if interview.status != "completed":
        return None
    return compute_scores(interview, scored_questions(interview)).overall


def streak_days(days: set, today) -> int:
    """Consecutive days with practice, ending today (or yesterday, so a streak isn't lost
    before the day is over)."""
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


async def dashboard_stats(session: AsyncSession, *, user_id: uuid.UUID) -> DashboardStats:
    """Counts, average and best overall score, and the practice streak."""
    interviews = await _interviews(session, user_id)
    completed = _completed(interviews)
    scores = [s for i in completed if (s := overall_score(i)) is not None]
    return DashboardStats(
        interviews_completed=len(completed),
        interviews_in_progress=sum(i.status == "in_progress" for i in interviews),
        questions_answered=sum(q.status == "answered" for i in interviews for q in i.questions),
        average_score=round(mean(scores)) if scores else None,
        best_score=max(scores) if scores else None,
        streak_days=streak_days(
            {i.completed_at.date() for i in completed}, datetime.now(UTC).date()
        ),
    )


async def progress(session: AsyncSession, *, user_id: uuid.UUID) -> Progress:
    """Overall, per-category and per-skill scores over time."""
    points, per_skill = [], {}
    for interview in _completed(await _interviews(session, user_id)):
        scored = scored_questions(interview)
        scores = compute_scores(interview, scored)
        if scores.overall is None:
            continue
        points.append(
            ProgressPoint(
                interview_id=interview.id,
                completed_at=interview.completed_at,
                role=interview.role,
                overall=scores.overall,
                technical=scores.technical,
                communication=scores.communication,
                by_category=category_scores(scored),
            )
        )
        for item in scored:
            if item.assessed is None:
                continue
            for skill in item.question.skills:
                per_skill.setdefault(skill, []).append(
                    SkillPoint(completed_at=interview.completed_at, score=item.score)
                )
    skills = [
        SkillProgress(skill=skill, average=round(mean(p.score for p in pts)), points=pts)
        for skill, pts in per_skill.items()
    ]
    skills.sort(key=lambda s: (-len(s.points), s.skill))
    return Progress(points=points, skills=skills)
