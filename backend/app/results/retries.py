"""Retrying a question of a finished interview: record the attempt, read attempts side by side."""

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.adapters.storage.base import FileStore
from app.evaluation.schemas import AnswerEvaluation
from app.interviews.exceptions import InterviewStateConflict
from app.interviews.models import Interview, InterviewQuestion
from app.interviews.queries import current_answer
from app.interviews.states import EvaluationStatus, InterviewStatus
from app.recordings.service import normalize_mime_type
from app.results.attempts import Attempt, baseline, compare
from app.results.exceptions import RetryMediaExists, RetryNotFound, UnsupportedRetryMedia
from app.results.models import QuestionRetry
from app.results.retry_media import media_key, store_media
from app.results.retry_schemas import AttemptComparison, RetryCreate, RetryMedia, RetryRead

MediaLink = Callable[[QuestionRetry], RetryMedia | None]


def _evaluation(stored: dict | None) -> AnswerEvaluation | None:
    return AnswerEvaluation.model_validate(stored) if stored else None


async def list_retries(session: AsyncSession, *, interview_id: uuid.UUID) -> list[QuestionRetry]:
    """The interview's retries, oldest first."""
    rows = await session.scalars(
        select(QuestionRetry)
        .where(QuestionRetry.interview_id == interview_id)
        .order_by(QuestionRetry.created_at, QuestionRetry.id)
    )
    return list(rows)


async def load_retry(session: AsyncSession, *, retry_id: uuid.UUID) -> QuestionRetry:
    retry = await session.get(QuestionRetry, retry_id, populate_existing=True)
    if retry is None:
        raise RetryNotFound()
    return retry


async def create_retry(
    session: AsyncSession,
    *,
    interview: Interview,
    question: InterviewQuestion,
    data: RetryCreate,
) -> tuple[QuestionRetry, bool]:
    """A new attempt awaiting evaluation, and True; or the latest one and False when this
    repeats it (a double click). Lock the interview first (`for_update`), so two clicks that
    arrive together take turns and the second sees the first."""
    if interview.status != InterviewStatus.COMPLETED:
        raise InterviewStateConflict("retry a question of", interview.status)
    media_type = normalize_mime_type(data.media_type) if data.media_type else None
    earlier = await list_retries(session, interview_id=interview.id)
    latest = next((r for r in reversed(earlier) if r.question_id == question.id), None)
    transcript = data.transcript.strip()
    if latest is not None and (latest.transcript, latest.source) == (transcript, data.source):
        return latest, False
    retry = QuestionRetry(
        id=uuid.uuid4(),
        interview_id=interview.id,
        question_id=question.id,
        transcript=transcript,
        source=data.source,
        duration_s=data.duration_s,
        timings=[span.model_dump() for span in data.timings] if data.timings else None,
        media_type=media_type,
        created_at=datetime.now(UTC),
        evaluation_status=EvaluationStatus.PENDING,
    )
    session.add(retry)
    await session.flush()
    return retry, True


async def attach_media(
    session: AsyncSession, *, retry: QuestionRetry, body: AsyncIterator[bytes], store: FileStore
) -> QuestionRetry:
    """Store the take once. The request commits what it read before the upload, so no database
    lock is held while the bytes arrive; of two uploads that race, the first to be recorded
    wins and the other's file is removed."""
    if retry.media_type is None:
        raise UnsupportedRetryMedia("This attempt was typed: it has no recording to upload.")
    if retry.media_key is not None:
        raise RetryMediaExists()
    retry_id, mime_type = retry.id, retry.media_type
    key = media_key(retry.interview_id, retry.id, mime_type, upload=uuid.uuid4())
    await session.commit()
    size = await store_media(store, key, body, mime_type=mime_type)
    result = await session.execute(
        update(QuestionRetry)
        .where(QuestionRetry.id == retry_id, QuestionRetry.media_key.is_(None))
        .values(media_key=key, media_bytes=size)
    )
    if getattr(result, "rowcount", 0) != 1:
        await store.delete(key)
        raise RetryMediaExists()
    return await load_retry(session, retry_id=retry_id)


def retry_reads(
    interview: Interview, retries: list[QuestionRetry], *, media_link: MediaLink
) -> list[RetryRead]:
    """Every retry, by question in interview order, each beside the attempt before it."""
    reads: list[RetryRead] = []
    for question in interview.questions:
        answer = current_answer(question)
        attempts = [Attempt(0, _evaluation(answer.evaluation) if answer else None)]
        for retry in (r for r in retries if r.question_id == question.id):
            evaluation = _evaluation(retry.evaluation)
            comparison = compare(baseline(attempts), evaluation) if evaluation else None
            reads.append(_read(retry, len(attempts), evaluation, comparison, media_link))
            attempts.append(Attempt(len(attempts), evaluation))
    return reads


def _read(
    retry: QuestionRetry,
    number: int,
    evaluation: AnswerEvaluation | None,
    comparison: AttemptComparison | None,
    media_link: MediaLink,
) -> RetryRead:
    return RetryRead.model_validate(
        {
            "id": retry.id,
            "question_id": retry.question_id,
            "attempt": number,
            "created_at": retry.created_at,
            "transcript": retry.transcript,
            "source": retry.source,
            "duration_s": retry.duration_s,
            "evaluation_status": retry.evaluation_status,
            "evaluation_error": retry.evaluation_error,
            "evaluation": evaluation,
            "has_media": retry.media_key is not None,
            "media": media_link(retry) if retry.media_key else None,
            "comparison": comparison,
        }
    )
