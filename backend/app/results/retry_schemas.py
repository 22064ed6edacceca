import uuid
from datetime import datetime
from typing import Literal, Self

from pydantic import BaseModel, Field, model_validator

from app.evaluation.schemas import AnswerEvaluation, CoveredPoint
from app.evaluation.timings import AnswerTimings
from app.interviews.states import EvaluationStatus

RetrySource = Literal["typed", "browser_stt"]


class RetryCreate(BaseModel):
    transcript: str = Field(min_length=1, max_length=20000)
    source: RetrySource = "typed"
    duration_s: float | None = Field(default=None, ge=0, le=7200)
    timings: AnswerTimings | None = Field(
        default=None, description="Spoken answers: when each phrase was said (as for answers)"
    )
    media_type: str | None = Field(
        default=None,
        max_length=100,
        description="The type of the take that will be uploaded to /api/retries/{id}/media "
        "(video/webm, audio/webm, video/mp4, audio/mp4, with codecs); none for a typed retry",
    )

    @model_validator(mode="after")
    def _timings_only_when_spoken(self) -> Self:
        if self.timings and self.source != "browser_stt":
            raise ValueError("Timings come with a spoken answer only (source browser_stt)")
        return self


class RetryMedia(BaseModel):
    url: str = Field(description="A short-lived signed link, usable as a <video> source")
    expires_at: datetime
    mime_type: str


class AttemptComparison(BaseModel):
    """This attempt beside the one before it that was evaluated (the interview's answer, or an
    earlier retry)."""

    previous: Literal["original", "retry"]
    previous_attempt: int = Field(description="0 for the interview's answer, n for retry n")
    previous_score: int | None = Field(description="None when skipped or not enough to score")
    score: int | None
    score_change: int | None = Field(description="score - previous_score, when both exist")
    newly_covered: list[CoveredPoint] = Field(
        description="Key points covered now that were missed before, with the words that cover them"
    )
    still_missed: list[str]
    no_longer_covered: list[str] = Field(description="Covered before, missed this time")


class RetryRead(BaseModel):
    id: uuid.UUID
    question_id: uuid.UUID
    attempt: int = Field(description="1 for the first retry of the question, and so on")
    created_at: datetime
    transcript: str
    source: RetrySource
    duration_s: float | None
    evaluation_status: EvaluationStatus
    evaluation_error: str | None
    evaluation: AnswerEvaluation | None
    has_media: bool = Field(description="Whether the take's recording was uploaded")
    media: RetryMedia | None = Field(description="Where to play the take, once uploaded")
    comparison: AttemptComparison | None = Field(description="Once this attempt is evaluated")


class RetryList(BaseModel):
    items: list[RetryRead] = Field(description="By question, oldest attempt first")
