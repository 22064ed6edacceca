import uuid
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response, status

from app.adapters.avatar.factory import AvatarDep
from app.adapters.llm.factory import LLMDep
from app.auth.dependencies import AccessClaims, CurrentUser
from app.auth.viewer import ViewerClaims, bearer_claims
from app.avatar.service import end_session as end_avatar_session
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import error_responses
from app.core.lean_route import LeanRoute
from app.core.validation import Page, PageSize
from app.events.bus import EventBus, publish_event
from app.events.factory import EventBusDep
from app.interviews import lifecycle
from app.interviews.creation import create_interview
from app.interviews.dependencies import LockedInterview
from app.interviews.evaluation_queue import awaiting_evaluation, commit_and_enqueue
from app.interviews.evaluation_task import enqueue_evaluation, reset_failed_evaluation
from app.interviews.models import Interview
from app.interviews.queries import expire_stale, list_interviews, load_interview
from app.interviews.read_model import read_interview
from app.interviews.schemas import (
    AnswerCreate,
    InterviewCreate,
    InterviewList,
    InterviewRead,
    InterviewStatus,
)
from app.interviews.views import interview_view, summary_view
from app.tasks.dependencies import TaskRunnerDep

router = APIRouter(prefix="/api/interviews", tags=["interviews"])


def _announce_question(
    background: BackgroundTasks,
    events: EventBus | None,
    interview: Interview,
    *,
    before: uuid.UUID | None = None,
) -> None:
    """After the commit, tell live watchers about the question now asked, if it changed."""
    asked = lifecycle.asked_question_id(interview)
    if asked is not None and asked != before:
        background.add_task(
            publish_event, events, interview.id, "question_asked", question_id=asked
        )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create an interview tailored to a resume and a job",
    responses=error_responses(401, 404, 422),
)
async def create(
    session: SessionDep, user: CurrentUser, llm: LLMDep, data: InterviewCreate
) -> InterviewRead:
    interview = await create_interview(session, user=user, data=data, llm=llm)
    return interview_view(await load_interview(session, interview_id=interview.id))


@router.get("", summary="My interviews, newest first", responses=error_responses(401, 422))
async def list_mine(
    session: SessionDep,
    user: CurrentUser,
    settings: SettingsDep,
    status_filter: Annotated[InterviewStatus | None, Query(alias="status")] = None,
    page: Page = 1,
    page_size: PageSize = 20,
) -> InterviewList:
    rows, total = await list_interviews(
        session, user_id=user.id, status=status_filter, page=page, page_size=page_size
    )
    for row in rows:
        await expire_stale(session, row, expiry_hours=settings.interview_expiry_hours)
    return InterviewList(
        items=[summary_view(r) for r in rows], total=total, page=page, page_size=page_size
    )


@router.get(
    "/{interview_id}",
    summary="One interview with its questions, stages and clock",
    responses=error_responses(401, 404),
    response_model=InterviewRead,
)
async def get(interview_id: uuid.UUID, request: Request, claims: ViewerClaims) -> Response:
    return await _interview_response(request, interview_id, claims)


async def _interview_response(
    request: Request, interview_id: uuid.UUID, claims: AccessClaims
) -> Response:
    # The signed-in user is checked inside the read's own query (see `read_model`).
    body = await read_interview(
        request.app.state.sessionmaker,
        interview_id=interview_id,
        claims=claims,
        expiry_hours=request.app.state.settings.interview_expiry_hours,
    )
    return Response(body, media_type="application/json")


async def _lean_get(request: Request, interview_id: uuid.UUID) -> Response:
    return await _interview_response(request, interview_id, await bearer_claims(request))


lean_get = LeanRoute(f"{router.prefix}/{{interview_id:uuid}}", _lean_get)
"""`get` for the interview page's polling, before FastAPI's routing (see `app.core.lean_route`)."""


@router.post(
    "/{interview_id}/start",
    summary="Start the interview",
    responses=error_responses(401, 403, 404, 409),
)
async def start(
    session: SessionDep,
    interview: LockedInterview,
    events: EventBusDep,
    background: BackgroundTasks,
) -> InterviewRead:
    if await lifecycle.start_interview(session, interview=interview):
        _announce_question(background, events, interview)
    return interview_view(interview)


@router.post(
    "/{interview_id}/complete",
    summary="Finish the interview",
    responses=error_responses(401, 403, 404, 409),
)
async def complete(
    session: SessionDep,
    interview: LockedInterview,
    events: EventBusDep,
    avatar: AvatarDep,
    background: BackgroundTasks,
) -> InterviewRead:
    if await lifecycle.complete_interview(session, interview=interview):
        await end_avatar_session(session, interview=interview, client=avatar)
        background.add_task(publish_event, events, interview.id, "interview_completed")
    return interview_view(interview)


@router.post(
    "/{interview_id}/abandon",
    summary="Give up on the interview",
    responses=error_responses(401, 403, 404, 409),
)
async def abandon(session: SessionDep, interview: LockedInterview) -> InterviewRead:
    await lifecycle.abandon_interview(session, interview=interview)
    return interview_view(interview)


@router.post(
    "/{interview_id}/questions/{question_id}/answer",
    summary="Answer a question (again, to replace the answer); evaluation runs in the background",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def answer(
    session: SessionDep,
    interview: LockedInterview,
    question_id: uuid.UUID,
    data: AnswerCreate,
    runner: TaskRunnerDep,
    events: EventBusDep,
    background: BackgroundTasks,
) -> InterviewRead:
    question = lifecycle.find_question(interview, question_id)
    asked_before = lifecycle.asked_question_id(interview)
    await lifecycle.submit_answer(session, interview=interview, question=question, data=data)
    # A repeat (a retry after a lost reply) queues it too: the process may have died in between.
    waiting = awaiting_evaluation(question)
    if waiting is not None:
        await commit_and_enqueue(session, runner, waiting)
    _announce_question(background, events, interview, before=asked_before)
    return interview_view(interview)


@router.post(
    "/{interview_id}/questions/{question_id}/evaluation",
    summary="Evaluate the current answer again after its evaluation failed",
    responses=error_responses(401, 403, 404, 409),
)
async def retry_evaluation(
    session: SessionDep,
    interview: LockedInterview,
    question_id: uuid.UUID,
    runner: TaskRunnerDep,
    background: BackgroundTasks,
) -> InterviewRead:
    question = lifecycle.find_question(interview, question_id)
    answer = await reset_failed_evaluation(session, interview=interview, question=question)
    # After the commit, as for a new answer.
    background.add_task(enqueue_evaluation, runner, answer.id)
    return interview_view(interview)


@router.post(
    "/{interview_id}/questions/{question_id}/skip",
    summary="Skip a question",
    responses=error_responses(401, 403, 404, 409),
)
async def skip(
    session: SessionDep,
    interview: LockedInterview,
    question_id: uuid.UUID,
    events: EventBusDep,
    background: BackgroundTasks,
) -> InterviewRead:
    question = lifecycle.find_question(interview, question_id)
    asked_before = lifecycle.asked_question_id(interview)
    await lifecycle.skip_question(session, interview=interview, question=question)
    _announce_question(background, events, interview, before=asked_before)
    return interview_view(interview)
