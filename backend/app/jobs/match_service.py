"""Match a resume against a catalog job, a saved job description or pasted text."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import User
from app.jobs.bounded_parsing import parse_outside_transaction
from app.jobs.descriptions import get_owned_job_description
from app.jobs.matching import match_in_worker
from app.jobs.parsed import MatchResult, ParsedJob
from app.jobs.schemas import MatchRequest
from app.jobs.service import get_job
from app.resumes.parsed import ParsedResume
from app.resumes.service import get_owned_resume


async def resolve_job(session: AsyncSession, *, user: User, request: MatchRequest) -> ParsedJob:
    """The parsed requirements of whichever job the request names."""
    if request.job_id is not None:
        job = await get_job(session, job_id=request.job_id)
        return ParsedJob.model_validate(job.parsed)
    if request.job_description_id is not None:
        description = await get_owned_job_description(
            session, description_id=request.job_description_id, user_id=user.id
        )
        return ParsedJob.model_validate(description.parsed)
    assert request.jd_text is not None
    return await parse_outside_transaction(session, request.jd_text)


async def match(session: AsyncSession, *, user: User, request: MatchRequest) -> MatchResult:
    """Score the user's resume against the job (in a worker thread: it may embed text)."""
    resume = await get_owned_resume(session, resume_id=request.resume_id, user_id=user.id)
    job = await resolve_job(session, user=user, request=request)
    return await match_in_worker(ParsedResume.model_validate(resume.parsed), job)
