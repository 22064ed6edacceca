import uuid
from typing import Literal

from pydantic import BaseModel, Field

from app.avatar.states import ClipStatus

AvatarProvider = Literal["browser", "tavus", "did"]
WebhookOutcome = Literal["applied", "duplicate", "ignored"]


class AvatarClipRead(BaseModel):
    question_id: uuid.UUID
    status: ClipStatus
    video_url: str | None


class AvatarSessionRead(BaseModel):
    provider: AvatarProvider
    status: str
    conversation_url: str | None = Field(description="Tavus: the video call to embed in an iframe")
    clips: list[AvatarClipRead] = Field(description="D-ID: a clip of the avatar per question")
    fallback_reason: str | None = Field(
        description="Why the browser avatar stands in for the configured one"
    )


class WebhookReceipt(BaseModel):
    status: WebhookOutcome
    answers_stored: int = 0
