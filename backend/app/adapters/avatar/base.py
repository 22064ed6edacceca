"""What the hosted avatars give back: a Tavus conversation, a D-ID clip, a Tavus callback.

The browser avatar (speech synthesis in the SPA) needs nothing from the server, so the factory
answers None for it and these types only describe the hosted providers.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal, TypedDict

import httpx
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.adapters.http import ExternalServiceError, Sleep, send_with_retries
from app.core.config import AvatarSettings

ClipStatus = Literal["created", "started", "done", "error", "rejected"]
CLIP_FINISHED: frozenset[str] = frozenset({"done", "error", "rejected"})
TRANSCRIPTION_READY = "application.transcription_ready"
SHUTDOWN = "system.shutdown"


class AvatarError(ExternalServiceError):
    """The avatar service is misconfigured, unreachable or refused the request."""


class Conversation(BaseModel):
    """A Tavus conversation: a Daily room the SPA embeds in an iframe at `conversation_url`."""

    conversation_id: str
    conversation_url: str | None = None
    status: str = Field(description="active or ended (Tavus may add others)")


class Clip(BaseModel):
    """A D-ID talk: a video of the portrait saying one question, at `result_url` once done."""

    id: str
    status: ClipStatus
    result_url: str | None = None
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in CLIP_FINISHED


class TranscriptTurn(TypedDict):
    role: Literal["user", "assistant"]
    content: str


class TavusEvent(BaseModel):
    """A Tavus conversation callback; the event-specific data lives in `properties`."""

    model_config = ConfigDict(extra="ignore")

    conversation_id: str
    event_type: str
    message_type: str | None = None
    properties: dict[str, Any] = Field(default_factory=dict)
    timestamp: datetime | None = None

    @field_validator("properties", mode="before")
    @classmethod
    def _no_properties(cls, value: object) -> object:
        return {} if value is None else value

    @field_validator("timestamp", mode="before")
    @classmethod
    def _lenient_timestamp(cls, value: object) -> object:
        """An odd timestamp must not make us drop the transcript it arrives with."""
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return None
        return value

    @property
    def idempotency_key(self) -> str:
        """Same key for a callback Tavus delivers twice, to store each event once."""
        when = self.timestamp.isoformat() if self.timestamp else ""
        return f"{self.conversation_id}:{self.event_type}:{when}"

    def transcript_turns(self) -> list[TranscriptTurn]:
        """The spoken turns of `application.transcription_ready`, in order.

        Tavus puts the conversation's system prompt (our instructions and questions) first with
        role "system"; it is no part of what was said, so it is left out, as are empty turns.
        """
        if self.event_type != TRANSCRIPTION_READY:
            return []
        transcript = self.properties.get("transcript")
        if not isinstance(transcript, list):
            return []
        turns: list[TranscriptTurn] = []
        for item in transcript:
            if not isinstance(item, dict):
                continue
            role, content = item.get("role"), item.get("content")
            if role in ("user", "assistant") and isinstance(content, str) and content.strip():
                turns.append({"role": role, "content": content.strip()})
        return turns

    @property
    def shutdown_reason(self) -> str | None:
        """Why the room closed (`system.shutdown`), e.g. "participant_left_timeout"."""
        if self.event_type != SHUTDOWN:
            return None
        reason = self.properties.get("shutdown_reason")
        return reason if isinstance(reason, str) and reason else None


class AvatarHTTPClient:
    """What the Tavus and D-ID clients share: one connection pool, retries, typed errors."""

    vendor = "avatar"

    def __init__(
        self,
        settings: AvatarSettings,
        *,
        base_url: str,
        headers: dict[str, str],
        transport: httpx.AsyncBaseTransport | None,
        sleep: Sleep,
        backoff_base_s: float,
    ) -> None:
        self.base_url = (settings.base_url or base_url).rstrip("/")
        self._settings = settings
        self._sleep = sleep
        self._backoff_base_s = backoff_base_s
        self._http = httpx.AsyncClient(
            base_url=self.base_url, headers=headers, timeout=settings.timeout_s, transport=transport
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _send(
        self, label: str, build: Callable[[], httpx.Request], *, idempotent: bool = True
    ) -> httpx.Response:
        return await send_with_retries(
            self._http,
            build,
            label=f"{self.vendor} {label}",
            max_retries=self._settings.max_retries,
            backoff_base_s=self._backoff_base_s,
            max_wait_s=self._settings.timeout_s,
            sleep=self._sleep,
            error=AvatarError,
            idempotent=idempotent,
            auth_hint="check AVATAR__API_KEY",
        )
