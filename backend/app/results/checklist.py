"""The first-run checklist: what a new candidate has done of the steps to a first report."""

import uuid

from sqlalchemy import exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.models import Interview
from app.interviews.states import InterviewStatus
from app.jobs.models import JobDescription
from app.results.schemas import Checklist
from app.resumes.models import Resume


async def first_run_checklist(session: AsyncSession, *, user_id: uuid.UUID) -> Checklist:
    """One query of four EXISTS: a resume, a job (saved or practised for), a finished interview.

    Reviewing the report is the client's to remember: opening a page is not a write."""
    own_interview = Interview.user_id == user_id
    has_resume = exists().where(Resume.user_id == user_id)
    has_job = or_(
        exists().where(JobDescription.user_id == user_id),
        exists().where(
            own_interview,
            or_(Interview.job_id.is_not(None), Interview.job_description_id.is_not(None)),
        ),
    )
    has_finished = exists().where(own_interview, Interview.status == InterviewStatus.COMPLETED)
    row = (await session.execute(select(has_resume, has_job, has_finished))).one()
    resume, job, interview = (bool(value) for value in row)
    return Checklist(resume=resume, job=job, interview=interview)
