from typing import Any

from fastapi import APIRouter, BackgroundTasks, Body
from pydantic import ValidationError

from app.adapters.avatar.base import TavusEvent
from app.adapters.avatar.factory import AvatarDep
from app.avatar import service
from app.avatar.clip_task import enqueue_clips
from app.avatar.dependencies import AvatarUnavailableDep
from app.avatar.schemas import AvatarSessionRead, WebhookReceipt
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import InvalidInput, error_responses
from app.interviews.dependencies import OwnedInterview
from app.interviews.evaluation_task import enqueue_evaluation
from app.tasks.dependencies import TaskRunnerDep

router = APIRouter(prefix="/api/interviews", tags=["avatar"])
webhooks_router = APIRouter(prefix="/api/webhooks", tags=["webhooks"])
# Read as a plain object (kept whole for the record), validated as a TavusEvent in the route.
_TAVUS_BODY = {
    "requestBody": {"content": {"application/json": {"schema": TavusEvent.model_json_schema()}}}
}


@router.post(
    "/{interview_id}/avatar",
    summary="The interviewer for this interview: browser speech, a Tavus call or D-ID clips",
    responses=error_responses(401, 403, 404),
)
async def open_avatar(
    session: SessionDep,
    settings: SettingsDep,
    interview: OwnedInterview,
    client: AvatarDep,
    unavailable: AvatarUnavailableDep,
    runner: TaskRunnerDep,
    background: BackgroundTasks,
) -> AvatarSessionRead:
    avatar, to_render = await service.open_session(
        session, interview=interview, client=client, settings=settings, unavailable=unavailable
    )
    if to_render:
        background.add_task(enqueue_clips, runner, to_render)
    return await service.session_view(session, avatar, interview, settings)


@webhooks_router.post(
    "/tavus/{token}",
    summary="Tavus conversation callbacks (transcript, shutdown); each event is applied once",
    openapi_extra=_TAVUS_BODY,
    responses=error_responses(403, 404, 422),
)
async def tavus_callback(
    token: str,
    session: SessionDep,
    settings: SettingsDep,
    runner: TaskRunnerDep,
    background: BackgroundTasks,
    payload: dict[str, Any] = Body(),
) -> WebhookReceipt:
    try:
        event = TavusEvent.model_validate(payload)
    except ValidationError as exc:
        raise InvalidInput(
            "This is not a Tavus callback: it needs conversation_id and event_type.",
            details=exc.errors(include_url=False, include_context=False),
        ) from None
    status, answers = await service.apply_tavus_event(
        session, token=token, event=event, payload=payload, settings=settings
    )
    for answer in answers:
        background.add_task(enqueue_evaluation, runner, answer.id)
    return WebhookReceipt(status=status, answers_stored=len(answers))
