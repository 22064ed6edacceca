import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from app.recordings.schemas import PlaybackLink, RecordingTranscript
from app.results.schemas import InterviewResults

ShareStatus = Literal["active", "expired", "revoked"]
MAX_SHARE_DAYS = 90


# Text that must say something: surrounding spaces are dropped before the length check.
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
AuthorName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
CommentText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)
]


class ShareCreate(BaseModel):
    label: Label = Field(description="Who the link is for, e.g. the coach's name")
    expires_in_days: int = Field(default=14, ge=1, le=MAX_SHARE_DAYS)
    include_video: bool = Field(
        default=False, description="Whether the coach may watch the interview's recording"
    )


class ShareLinkRead(BaseModel):
    id: uuid.UUID
    label: str
    include_video: bool
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    status: ShareStatus
    token: str | None = Field(description="The link's signed token, while it is active")


class ShareLinkList(BaseModel):
    items: list[ShareLinkRead] = Field(description="Newest first")


class CommentCreate(BaseModel):
    author_name: AuthorName
    text: CommentText
    question_id: uuid.UUID | None = Field(default=None, description="The question it is about")
    at_s: float | None = Field(
        default=None, ge=0, le=86400, description="The moment of the recording, in seconds"
    )


class CommentRead(BaseModel):
    id: uuid.UUID
    author_name: str
    text: str
    question_id: uuid.UUID | None
    at_s: float | None
    created_at: datetime
    share_label: str = Field(description="The label of the link it was left through")


class CommentList(BaseModel):
    items: list[CommentRead] = Field(description="Oldest first")


class SharedLinkInfo(BaseModel):
    label: str
    expires_at: datetime
    include_video: bool


class SharedVideo(BaseModel):
    playback: PlaybackLink
    transcript: RecordingTranscript
    audio_only: bool


class SharedResults(BaseModel):
    """What a coach sees through a share link: the results, read-only."""

    share: SharedLinkInfo
    results: InterviewResults
    video: SharedVideo | None = Field(description="Only when the candidate chose to share it")
    comments: list[CommentRead]
