"""What travels over the live-events WebSocket: server events, client messages, notices."""

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator
from pydantic_core import to_jsonable_python

EventType = Literal[
    "question_asked",
    "transcript_partial",
    "answer_evaluated",
    "analysis_progress",
    "interview_completed",
]
TRANSCRIPT_PARTIAL_MAX_CHARS = 2000


def _now() -> datetime:
    return datetime.now(UTC)


class InterviewEvent(BaseModel):
    """One live event of an interview, as pushed to every watcher."""

    type: EventType
    interview_id: uuid.UUID
    data: dict[str, Any] = Field(default_factory=dict)
    at: datetime = Field(default_factory=_now)

    @field_validator("data")
    @classmethod
    def _json_values(cls, data: dict[str, Any]) -> dict[str, Any]:
        # UUIDs and datetimes become strings here, so an event reads the same whether it went
        # through a local queue or through Redis as JSON.
        return to_jsonable_python(data)


class SocketNotice(BaseModel):
    """A reply to one client only (never published): a pong or an error about its message."""

    type: Literal["pong", "error"]
    interview_id: uuid.UUID
    data: dict[str, Any] = Field(default_factory=dict)
    at: datetime = Field(default_factory=_now)


class TranscriptPartialIn(BaseModel):
    """The candidate's browser shares its running transcript; watchers see it live."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["transcript_partial"]
    question_id: uuid.UUID
    text: str = Field(max_length=TRANSCRIPT_PARTIAL_MAX_CHARS)


class PingIn(BaseModel):
    """An application-level ping, so a client can tell a live socket from a half-open one."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["ping"]


ClientMessage = Annotated[TranscriptPartialIn | PingIn, Field(discriminator="type")]
client_message_adapter: TypeAdapter[TranscriptPartialIn | PingIn] = TypeAdapter(ClientMessage)
