"""Render one D-ID clip in the background; the room shows the browser avatar meanwhile."""

import logging
import uuid

from app.adapters.avatar.base import AvatarError
from app.adapters.avatar.did import DIDClient
from app.avatar.models import AvatarClip
from app.avatar.service import pending_clips
from app.avatar.states import ClipStatus
from app.tasks.runner import TaskContext, TaskRunner

logger = logging.getLogger(__name__)
JOB_NAME = "avatar.render_clip"


async def enqueue_clip(runner: TaskRunner, clip_id: uuid.UUID) -> None:
    await runner.enqueue(JOB_NAME, task_key=f"clip:{clip_id}", clip_id=str(clip_id))


async def _render(client: DIDClient, text: str) -> dict[str, str | None]:
    try:
        rendered = await client.render_clip(text)
    finally:
        await client.aclose()
    if rendered.status == "done" and rendered.result_url:
        return {
            "status": ClipStatus.READY,
            "video_url": rendered.result_url,
            "external_id": rendered.id,
        }
    return {
        "status": ClipStatus.FAILED,
        "external_id": rendered.id,
        "error": rendered.error or rendered.status,
    }


async def render_clip_task(context: TaskContext, *, clip_id: str) -> None:
    async with context.sessionmaker() as session:
        clip = await session.get(AvatarClip, uuid.UUID(clip_id))
        if clip is None or clip.status != ClipStatus.PENDING:
            return
        text = clip.text
    try:
        values = await _render(DIDClient(context.settings.avatar), text)
    except AvatarError as exc:
        logger.warning("D-ID clip %s failed, the browser avatar speaks instead: %s", clip_id, exc)
        values = {"status": ClipStatus.FAILED, "error": exc.message}
    async with context.sessionmaker() as session:
        clip = await session.get(AvatarClip, uuid.UUID(clip_id))
        if clip is not None:
            for name, value in values.items():
                setattr(clip, name, value)
            await session.commit()


async def enqueue_clips(runner: TaskRunner, clips: list[AvatarClip]) -> None:
    for clip in clips:
        await enqueue_clip(runner, clip.id)


async def recover_pending_clips(context: TaskContext, runner: TaskRunner) -> int:
    if context.settings.avatar.provider != "did":
        return 0
    async with context.sessionmaker() as session:
        clips = await pending_clips(session)
    for clip in clips:
        await enqueue_clip(runner, clip.id)
    return len(clips)
