import re
import uuid

import anyio
from fastapi import APIRouter, Response
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics.schemas import DeliveryReport
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.interviews.dependencies import ViewableInterview
from app.recordings.models import Recording
from app.recordings.states import AnalysisStatus
from app.results.report_pdf import ReportInput, render_report
from app.results.service import load_candidate
from app.results.with_coding import results_with_coding

router = APIRouter(prefix="/api/interviews", tags=["results"])


async def latest_delivery(
    session: AsyncSession, *, interview_id: uuid.UUID
) -> DeliveryReport | None:
    """The delivery analysis of the interview's newest analysed recording, if any."""
    analysis = await session.scalar(
        select(Recording.analysis)
        .where(
            Recording.interview_id == interview_id,
            Recording.analysis_status == AnalysisStatus.DONE,
            Recording.analysis.is_not(None),
        )
        .order_by(Recording.created_at.desc())
        .limit(1)
    )
    return DeliveryReport.model_validate(analysis) if analysis else None


def _filename(role: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", role.lower()).strip("-")[:60] or "interview"
    return f"rehearse-{slug}-report.pdf"


@router.get(
    "/{interview_id}/report.pdf",
    summary="The results as a PDF: scores and their working, feedback, answers, transcript",
    response_class=Response,
    responses={
        200: {"content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
        **error_responses(401, 404, 409),
    },
)
async def report_pdf(session: SessionDep, interview: ViewableInterview) -> Response:
    candidate = await load_candidate(session, interview)
    results = await results_with_coding(session, interview, candidate=candidate)
    delivery = await latest_delivery(session, interview_id=interview.id)
    # Laying out pages is CPU work: kept off the event loop.
    pdf = await anyio.to_thread.run_sync(render_report, ReportInput(results, delivery))
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{_filename(results.interview.role)}"',
            "Cache-Control": "private, no-store",
        },
    )
