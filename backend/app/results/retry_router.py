import uuid

from fastapi import APIRouter, BackgroundTasks, Request, Response, status
from fastapi.responses import FileResponse

from app.adapters.storage.factory import FileStoreDep
from app.auth.dependencies import CurrentUser
from app.auth.policy import ensure_can_write
from app.core.config import Settings
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import error_responses
from app.interviews.dependencies import LockedInterview, ViewableInterview
from app.interviews.lifecycle import find_question
from app.interviews.models import Interview
from app.interviews.queries import load_interview
from app.recordings.stored_media import MEDIA_RESPONSES, SignedMediaDep
from app.results import retries
from app.results.exceptions import RetryNotFound
from app.results.models import QuestionRetry
from app.results.retry_media import media_link_valid, signed_media
from app.results.retry_schemas import RetryCreate, RetryList, RetryMedia, RetryRead
from app.results.retry_task import enqueue_retry_evaluation
from app.tasks.dependencies import TaskRunnerDep

router = APIRouter(prefix="/api/interviews", tags=["results"])
media_router = APIRouter(prefix="/api/retries", tags=["results"])


def _media_link(settings: Settings) -> retries.MediaLink:
    def link(retry: QuestionRetry) -> RetryMedia | None:
        if retry.media_type is None:
            return None
        ttl_s = settings.media_url_minutes * 60
        return signed_media(settings.secret_key, retry.id, retry.media_type, ttl_s=ttl_s)

    return link


def _one(
    interview: Interview, rows: list[QuestionRetry], retry_id: uuid.UUID, settings: Settings
) -> RetryRead:
    reads = retries.retry_reads(interview, rows, media_link=_media_link(settings))
    return next(read for read in reads if read.id == retry_id)


@router.post(
    "/{interview_id}/questions/{question_id}/retries",
    status_code=status.HTTP_201_CREATED,
    summary="Answer a question of a finished interview again; evaluated in the background",
    responses={
        200: {"model": RetryRead, "description": "The same attempt sent twice: the first one"},
        **error_responses(401, 403, 404, 409, 415, 422),
    },
)
async def create_retry(
    session: SessionDep,
    settings: SettingsDep,
    interview: LockedInterview,
    question_id: uuid.UUID,
    data: RetryCreate,
    runner: TaskRunnerDep,
    background: BackgroundTasks,
    response: Response,
) -> RetryRead:
    question = find_question(interview, question_id)
    retry, created = await retries.create_retry(
        session, interview=interview, question=question, data=data
    )
    if created:
        # After the response, so after the commit: the job always finds the attempt.
        background.add_task(enqueue_retry_evaluation, runner, retry.id)
    else:
        response.status_code = status.HTTP_200_OK
    rows = await retries.list_retries(session, interview_id=interview.id)
    return _one(interview, rows, retry.id, settings)


@router.get(
    "/{interview_id}/retries",
    summary="Every retried question of the interview, each beside the attempt before it",
    responses=error_responses(401, 404),
)
async def list_retries(
    session: SessionDep, settings: SettingsDep, interview: ViewableInterview
) -> RetryList:
    rows = await retries.list_retries(session, interview_id=interview.id)
    return RetryList(items=retries.retry_reads(interview, rows, media_link=_media_link(settings)))


@media_router.put(
    "/{retry_id}/media",
    summary="Upload the recording of a retried answer (raw bytes of the type given at creation)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
    responses=error_responses(401, 403, 404, 409, 413, 415),
)
async def upload_media(
    retry_id: uuid.UUID,
    session: SessionDep,
    settings: SettingsDep,
    user: CurrentUser,
    store: FileStoreDep,
    request: Request,
) -> RetryRead:
    retry = await retries.load_retry(session, retry_id=retry_id)
    interview = await load_interview(session, interview_id=retry.interview_id)
    ensure_can_write(user, interview.user_id, not_found=RetryNotFound, thing="interview")
    retry = await retries.attach_media(session, retry=retry, body=request.stream(), store=store)
    interview = await load_interview(session, interview_id=retry.interview_id)
    rows = await retries.list_retries(session, interview_id=interview.id)
    return _one(interview, rows, retry.id, settings)


@media_router.get(
    "/{retry_id}/media",
    summary="A retried answer's recording, with HTTP Range support (signed link)",
    response_class=FileResponse,
    responses=MEDIA_RESPONSES,
)
async def media(retry_id: uuid.UUID, session: SessionDep, link: SignedMediaDep) -> Response:
    link.ensure_signed(media_link_valid, retry_id)
    retry = await retries.load_retry(session, retry_id=retry_id)
    if retry.media_key is None or retry.media_type is None:
        raise RetryNotFound()
    return await link.serve(retry.media_key, mime_type=retry.media_type, missing=RetryNotFound)
