"""Creating an interview: gather the resume and job, choose questions, record how."""

import asyncio
import logging
import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.adapters.llm.base import LLMError, LLMProvider, QuestionWritingRequest
from app.auth.models import User
from app.coding.planning import (
    coding_round_for,
    link_coding_questions,
    place_coding_questions,
    plan_coding_questions,
)
from app.evaluation.rubrics import infer_category
from app.interviews.exceptions import NoQuestionsAvailable
from app.interviews.models import Interview, InterviewQuestion
from app.interviews.schemas import CustomQuestion, InterviewCreate, InterviewSettings
from app.jobs.bounded_parsing import parse_outside_transaction
from app.jobs.descriptions import get_owned_job_description
from app.jobs.matching import match_in_worker
from app.jobs.parsed import ParsedJob
from app.jobs.service import get_job
from app.questions import reasons
from app.questions.active_bank import load_active_bank
from app.questions.bank import CategoryMix, PlannedQuestion
from app.questions.generator import generate_interview_questions, infer_key_points
from app.questions.templates import get_template
from app.resumes.parsed import ParsedResume
from app.resumes.service import get_owned_resume

logger = logging.getLogger(__name__)
RECENT_INTERVIEWS_TO_AVOID = 3


@dataclass
class TargetJob:
    parsed: ParsedJob | None = None
    title: str | None = None


async def _target_job(session: AsyncSession, *, user: User, data: InterviewCreate) -> TargetJob:
    if data.job_id:
        job = await get_job(session, job_id=data.job_id)
        return TargetJob(ParsedJob.model_validate(job.parsed), f"{job.title} at {job.company}")
    if data.job_description_id:
        jd = await get_owned_job_description(
            session, description_id=data.job_description_id, user_id=user.id
        )
        parsed = ParsedJob.model_validate(jd.parsed)
        return TargetJob(parsed, jd.title or parsed.title)
    if data.jd_text:
        parsed = await parse_outside_transaction(session, data.jd_text)
        return TargetJob(parsed, parsed.title)
    return TargetJob()


async def recent_bank_slugs(session: AsyncSession, *, user_id: uuid.UUID) -> set[str]:
    recent = (
        select(Interview.id)
        .where(Interview.user_id == user_id)
        .order_by(Interview.created_at.desc())
        .limit(RECENT_INTERVIEWS_TO_AVOID)
    )
    rows = await session.scalars(
        select(InterviewQuestion.bank_slug).where(
            InterviewQuestion.interview_id.in_(recent), InterviewQuestion.bank_slug.is_not(None)
        )
    )
    return {slug for slug in rows if slug is not None}


def _custom_questions(data: InterviewCreate) -> list[PlannedQuestion]:
    return [_custom_question(custom) for custom in data.custom_questions or []]


def _custom_question(custom: CustomQuestion) -> PlannedQuestion:
    # The category given (or inferred) also shapes the key points inferred for it.
    category = custom.category or infer_category(custom.text)
    return PlannedQuestion(
        text=custom.text,
        category=category,
        key_points=custom.key_points or infer_key_points(custom.text, category),
        model_answer=custom.model_answer,
        source="custom",
        reason=reasons.OWN_QUESTION,
    )


async def _write_with_llm(
    llm: LLMProvider, request: QuestionWritingRequest
) -> tuple[list[PlannedQuestion] | None, str | None]:
    try:
        questions = await llm.write_questions(request)
    except LLMError as exc:
        logger.warning(
            "LLM %s could not write questions (%s); using the built-in generator", llm.name, exc
        )
        return None, f"{llm.name} failed ({exc}); the built-in generator wrote the questions."
    return questions[: request.count], None


def _resume_highlights(resume: ParsedResume | None, limit: int = 6) -> list[str]:
    if resume is None:
        return []
    return [h for job in resume.experience for h in job.highlights][:limit]


@dataclass(frozen=True)
class _QuestionPlan:
    questions: list[PlannedQuestion]
    generator: str
    """Which generator wrote them: custom, the LLM's name, local or coding."""
    note: str | None = None
    """Why the LLM's questions were not used, when it fell back."""
    bank_ids: Mapping[str, uuid.UUID] = field(default_factory=dict)
    """The stored bank questions' ids by slug, when the bank was read."""


async def _plan_questions(
    session: AsyncSession,
    *,
    llm: LLMProvider | None,
    data: InterviewCreate,
    user: User,
    context: TargetJob,
    resume: ParsedResume | None,
    mix: CategoryMix | None,
    count: int,
    seed: int,
) -> _QuestionPlan:
    planned = _custom_questions(data)
    remaining = count - len(planned)
    if remaining <= 0:
        return _QuestionPlan(planned, "custom")
    avoid = await recent_bank_slugs(session, user_id=user.id)
    note = None
    if llm is not None:
        request = QuestionWritingRequest(
            role=data.role,
            seniority=data.seniority or (context.parsed.seniority if context.parsed else None),
            job=context.parsed,
            resume_skills=[s.name for s in resume.skills] if resume else [],
            resume_highlights=_resume_highlights(resume),
            count=remaining,
            mix=mix,
            avoid=[],
        )
        written, note = await _write_with_llm(llm, request)
        if written:
            return _QuestionPlan(planned + written, llm.name)
    bank = await load_active_bank(session)
    # CPU work over the whole bank: off the event loop, like matching.
    generated = await asyncio.to_thread(
        generate_interview_questions,
        list(bank.entries),
        role=data.role,
        seniority=data.seniority or (context.parsed.seniority if context.parsed else None),
        job=context.parsed,
        resume=resume,
        count=remaining,
        mix=mix,
        avoid_slugs=avoid,
        seed=seed,
        extra_skills=data.skills or [],
    )
    return _QuestionPlan(planned + generated, "local", note, bank.ids)


async def create_interview(
    session: AsyncSession, *, user: User, data: InterviewCreate, llm: LLMProvider | None
) -> Interview:
    """Create a scheduled interview tailored to the resume, the job and the template."""
    resume_row = (
        await get_owned_resume(session, resume_id=data.resume_id, user_id=user.id)
        if data.resume_id
        else None
    )
    resume = ParsedResume.model_validate(resume_row.parsed) if resume_row else None
    context = await _target_job(session, user=user, data=data)
    template = (
        await get_template(session, template_id=data.template_id) if data.template_id else None
    )
    settings = data.settings or (
        InterviewSettings(
            time_per_question_s=template.time_per_question_s, follow_ups=template.follow_ups
        )
        if template
        else InterviewSettings()
    )
    mix = CategoryMix.model_validate(template.mix) if template else None
    count = mix.total if mix and mix.total else data.question_count
    seed = data.seed if data.seed is not None else random.SystemRandom().randrange(1 << 30)
    coding_round = coding_round_for(data.coding, template)
    plan = (
        _QuestionPlan([], "coding")
        if coding_round is not None and coding_round.only
        else await _plan_questions(
            session,
            llm=llm,
            data=data,
            user=user,
            context=context,
            resume=resume,
            mix=mix,
            count=count,
            seed=seed,
        )
    )
    coding = await plan_coding_questions(
        session,
        request=coding_round,
        role=data.role,
        seniority=data.seniority or (context.parsed.seniority if context.parsed else None),
        skills=[*(data.skills or []), *(s.name for s in resume.skills)]
        if resume
        else data.skills or [],
        user_id=user.id,
        seed=seed,
    )
    planned = plan.questions
    if not planned and not coding:
        raise NoQuestionsAvailable()
    match = await match_in_worker(resume, context.parsed) if resume and context.parsed else None
    interview = Interview(
        user_id=user.id,
        role=data.role,
        seniority=data.seniority or (context.parsed.seniority if context.parsed else None),
        resume_id=resume_row.id if resume_row else None,
        job_id=data.job_id,
        job_description_id=data.job_description_id,
        template_id=template.id if template else None,
        job_title=context.title,
        job_snapshot=context.parsed.model_dump(mode="json") if context.parsed else None,
        match=match.model_dump(mode="json") if match else None,
        settings=settings.model_dump(),
        generator=plan.generator,
        generator_note=plan.note,
        seed=seed,
    )
    interview.questions = place_coding_questions(
        [question_row(q, position=i, bank_ids=plan.bank_ids) for i, q in enumerate(planned)],
        coding,
    )
    session.add(interview)
    await session.flush()
    await link_coding_questions(session, interview=interview, coding=coding)
    return interview


def question_row(
    question: PlannedQuestion, *, position: int, bank_ids: Mapping[str, uuid.UUID]
) -> InterviewQuestion:
    return InterviewQuestion(
        id=uuid.uuid4(),
        position=position,
        text=question.text,
        category=question.category,
        skills=question.skills,
        difficulty=question.difficulty,
        key_points=question.key_points,
        model_answer=question.model_answer,
        follow_ups=question.follow_ups,
        source=question.source,
        reason=question.reason,
        bank_question_id=bank_ids.get(question.bank_slug) if question.bank_slug else None,
        bank_slug=question.bank_slug,
        answers=[],
    )
