"""The interviewer the candidate sees: the browser's, a Tavus video call, or D-ID clips."""

import hashlib
import logging
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.adapters.avatar.base import AvatarError, TavusEvent
from app.adapters.avatar.did import DIDClient, clip_cache_key
from app.adapters.avatar.tavus import TavusClient, build_interview_context
from app.avatar.exceptions import InvalidWebhookToken, UnknownConversation
from app.avatar.models import AvatarClip, AvatarSession, WebhookEvent
from app.avatar.schemas import AvatarClipRead, AvatarSessionRead, WebhookOutcome
from app.avatar.states import ClipStatus
from app.avatar.tokens import webhook_token, webhook_token_valid
from app.avatar.transcript_answers import assign_turns, store_answers
from app.core.config import Settings
from app.interviews.models import Answer, Interview
from app.interviews.queries import load_interview
from app.interviews.schemas import InterviewSettings
from app.results.summary import refresh_score_summary

logger = logging.getLogger(__name__)
# D-ID result URLs are signed and expire; a clip older than this is rendered again.
CLIP_MAX_AGE = timedelta(hours=20)
AvatarClient = TavusClient | DIDClient | None


def _callback_url(settings: Settings, interview: Interview) -> str | None:
    if not settings.public_base_url:
        return None
    token = webhook_token(settings.secret_key, interview.id)
    return f"{settings.public_base_url.rstrip('/')}/api/webhooks/tavus/{token}"


async def _start_tavus(
    avatar: AvatarSession, interview: Interview, client: TavusClient, settings: Settings
) -> None:
    questions = [q.text for q in interview.questions if q.parent_id is None]
    context, greeting = build_interview_context(interview.role, interview.job_title, questions)
    per_question = InterviewSettings.model_validate(interview.settings).time_per_question_s
    callback_url = _callback_url(settings, interview)
    if callback_url is None:
        logger.warning("PUBLIC_BASE_URL is not set: Tavus cannot send the transcript back")
    conversation = await client.create_conversation(
        name=f"Rehearse: {interview.job_title or interview.role}",
        context=context,
        greeting=greeting,
        callback_url=callback_url,
        max_call_duration_s=per_question * len(questions) + 300,
    )
    avatar.external_id = conversation.conversation_id
    avatar.url = conversation.conversation_url
    avatar.status = conversation.status or "active"


def _fall_back(avatar: AvatarSession, reason: str) -> None:
    logger.warning(
        "Avatar falls back to the browser for interview %s: %s", avatar.interview_id, reason
    )
    avatar.provider = "browser"
    avatar.fallback_reason = reason


async def open_session(
    session: AsyncSession,
    *,
    interview: Interview,
    client: AvatarClient,
    settings: Settings,
    unavailable: str | None = None,
) -> tuple[AvatarSession, list[AvatarClip]]:
    """The interview's avatar, created on first call; (session, D-ID clips to render)."""
    avatar = await session.scalar(
        select(AvatarSession).where(AvatarSession.interview_id == interview.id)
    )
    if avatar is None:
        avatar = AvatarSession(
            interview_id=interview.id, provider=settings.avatar.provider, status="active"
        )
        session.add(avatar)
        if unavailable or (client is None and avatar.provider != "browser"):
            _fall_back(avatar, unavailable or "The avatar service is not configured.")
        elif isinstance(client, TavusClient):
            try:
                await _start_tavus(avatar, interview, client, settings)
            except AvatarError as exc:
                _fall_back(avatar, f"The Tavus avatar could not start: {exc.message}")
        await session.flush()
    to_render = []
    if avatar.provider == "did" and isinstance(client, DIDClient):
        to_render = await _ensure_clips(session, interview, settings)
    return avatar, to_render


def _clip_keys(interview: Interview, settings: Settings) -> dict[uuid.UUID, str]:
    """The cache key of each question's clip: its words on the configured portrait."""
    source = settings.avatar.did_source_url or ""
    return {q.id: clip_cache_key(q.text, source) for q in interview.questions}


async def _clips_by_key(session: AsyncSession, keys: Iterable[str]) -> dict[str, AvatarClip]:
    rows = await session.scalars(select(AvatarClip).where(AvatarClip.cache_key.in_(set(keys))))
    return {clip.cache_key: clip for clip in rows}


async def _ensure_clips(
    session: AsyncSession, interview: Interview, settings: Settings
) -> list[AvatarClip]:
    """A clip row per question text; returns those that need rendering."""
    keys = _clip_keys(interview, settings)
    clips = await _clips_by_key(session, keys.values())
    stale_before = datetime.now(UTC) - CLIP_MAX_AGE
    to_render = []
    for question in interview.questions:
        key = keys[question.id]
        clip = clips.get(key)
        if clip is None:
            clip = AvatarClip(
                cache_key=key, provider="did", text=question.text, status=ClipStatus.PENDING
            )
            session.add(clip)
            clips[key] = clip
            to_render.append(clip)
        elif clip.status == ClipStatus.READY and clip.updated_at < stale_before:
            clip.status, clip.video_url = ClipStatus.PENDING, None
            to_render.append(clip)
    await session.flush()
    return to_render


async def session_view(
    session: AsyncSession, avatar: AvatarSession, interview: Interview, settings: Settings
) -> AvatarSessionRead:
    clips: list[AvatarClipRead] = []
    if avatar.provider == "did":
        keys = _clip_keys(interview, settings)
        by_key = await _clips_by_key(session, keys.values())
        for question in interview.questions:
            clip = by_key.get(keys[question.id])
            status = clip.status if clip else ClipStatus.PENDING
            clips.append(
                AvatarClipRead(
                    question_id=question.id,
                    status=status,
                    video_url=clip.video_url if clip and status == ClipStatus.READY else None,
                )
            )
    return AvatarSessionRead(
        provider=avatar.provider,
        status=avatar.status,
        conversation_url=avatar.url if avatar.provider == "tavus" else None,
        clips=clips,
        fallback_reason=avatar.fallback_reason,
    )


async def end_session(session: AsyncSession, *, interview: Interview, client: AvatarClient) -> None:
    """Close the Tavus room when the interview ends; a failure is logged, never raised."""
    avatar = await session.scalar(
        select(AvatarSession).where(AvatarSession.interview_id == interview.id)
    )
    if (
        avatar is None
        or avatar.provider != "tavus"
        or avatar.ended_at
        or not isinstance(client, TavusClient)
    ):
        return
    try:
        await client.end_conversation(avatar.external_id or "")
    except AvatarError as exc:
        logger.warning("Could not end Tavus conversation %s: %s", avatar.external_id, exc)
        return
    avatar.status, avatar.ended_at = "ended", datetime.now(UTC)


async def apply_tavus_event(
    session: AsyncSession, *, token: str, event: TavusEvent, payload: dict, settings: Settings
) -> tuple[WebhookOutcome, list[Answer]]:
    """Apply a callback once: ("applied"|"duplicate"|"ignored", answers stored)."""
    avatar = await session.scalar(
        select(AvatarSession).where(
            AvatarSession.provider == "tavus", AvatarSession.external_id == event.conversation_id
        )
    )
    if avatar is None:
        raise UnknownConversation()
    if not webhook_token_valid(settings.secret_key, avatar.interview_id, token):
        raise InvalidWebhookToken()
    key = hashlib.sha256(event.idempotency_key.encode()).hexdigest()
    try:
        async with session.begin_nested():
            session.add(
                WebhookEvent(
                    provider="tavus", event_key=key, event_type=event.event_type, payload=payload
                )
            )
    except IntegrityError:
        return "duplicate", []
    if event.shutdown_reason is not None:
        avatar.status, avatar.ended_at = "ended", avatar.ended_at or datetime.now(UTC)
        return "applied", []
    turns = event.transcript_turns()
    if not turns:
        return "ignored", []
    interview = await load_interview(session, interview_id=avatar.interview_id, for_update=True)
    main_questions = [q for q in interview.questions if q.parent_id is None]
    answers = store_answers(interview, assign_turns(turns, main_questions))
    refresh_score_summary(interview)
    await session.flush()
    return "applied", answers


async def pending_clips(session: AsyncSession) -> list[AvatarClip]:
    pending = select(AvatarClip).where(AvatarClip.status == ClipStatus.PENDING)
    return list(await session.scalars(pending))
