"""A completed interview's results with its coding section, as every reader of them shows it:
the results page, the PDF, the coach's shared report and the data export."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import User
from app.coding.results import coding_results
from app.interviews.models import Interview
from app.interviews.states import InterviewStatus
from app.results.schemas import InterviewResults
from app.results.service import build_results


async def results_with_coding(
    session: AsyncSession, interview: Interview, *, candidate: User
) -> InterviewResults:
    """`build_results` with the coding problems (read only once completed: they reveal the
    hidden tests' inputs); a 409 before completion, as `build_results` answers."""
    completed = interview.status == InterviewStatus.COMPLETED
    coding = await coding_results(session, interview) if completed else None
    return build_results(interview, candidate=candidate, coding=coding)
