import uuid
from datetime import datetime
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.coding.schemas import CodingRound
from app.evaluation.schemas import AnswerEvaluation
from app.evaluation.timings import AnswerTimings
from app.interviews.states import (
    EvaluationStatus,
    InterviewMode,
    InterviewStatus,
    QuestionStatus,
)
from app.jobs.parsed import MAX_JOB_DESCRIPTION_CHARS, MatchResult, Seniority
from app.questions.bank import InterviewCategory, QuestionCategory

AnswerSource = Literal["typed", "browser_stt", "server_stt", "avatar"]
SPOKEN_SOURCES = frozenset({"browser_stt", "server_stt", "avatar"})
StageStatus = Literal["done", "current", "pending", "skipped"]


class InterviewSettings(BaseModel):
    time_per_question_s: int = Field(default=180, ge=30, le=1800)
    follow_ups: bool = True


class CustomQuestion(BaseModel):
    text: str = Field(min_length=10, max_length=1000)
    category: QuestionCategory | None = Field(
        default=None,
        description="Inferred from the wording when left out (behavioral, situational, else "
        "technical)",
    )
    key_points: list[str] | None = Field(default=None, max_length=8)
    model_answer: str | None = Field(default=None, max_length=5000)


class InterviewCreate(BaseModel):
    role: str = Field(min_length=2, max_length=120)
    seniority: Seniority | None = None
    skills: list[str] | None = Field(default=None, max_length=30)
    resume_id: uuid.UUID | None = None
    job_id: uuid.UUID | None = None
    job_description_id: uuid.UUID | None = None
    jd_text: str | None = Field(default=None, min_length=30, max_length=MAX_JOB_DESCRIPTION_CHARS)
    template_id: uuid.UUID | None = None
    question_count: int = Field(default=5, ge=1, le=20)
    custom_questions: list[CustomQuestion] | None = Field(default=None, max_length=20)
    coding: CodingRound | None = Field(
        default=None,
        description="Coding problems to include (a template's count applies when left out); "
        "with only=true a coding round of just the problems",
    )
    settings: InterviewSettings | None = None
    seed: int | None = Field(
        default=None, ge=0, le=2**31 - 1, description="Same inputs and seed, same questions"
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"role": "Backend engineer", "seniority": "senior", "question_count": 5}]
        }
    )

    @model_validator(mode="after")
    def _at_most_one_job(self) -> Self:
        given = [self.job_id, self.job_description_id, self.jd_text]
        if sum(value is not None for value in given) > 1:
            raise ValueError("Give at most one of job_id, job_description_id or jd_text")
        return self


class AnswerCreate(BaseModel):
    transcript: str = Field(min_length=1, max_length=20000)
    duration_s: float | None = Field(default=None, ge=0, le=7200)
    source: AnswerSource = "typed"
    recording_id: str | None = Field(default=None, max_length=64)
    timings: AnswerTimings | None = Field(
        default=None,
        description="Spoken answers: when each phrase was said, in seconds from the start of "
        "the answer (the browser's final captions), in order; pace and pauses are judged from "
        "them",
    )

    @model_validator(mode="after")
    def _timings_only_when_spoken(self) -> Self:
        if self.timings and self.source not in SPOKEN_SOURCES:
            raise ValueError("Timings come with a spoken answer only (source browser_stt)")
        return self


class AnswerRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    transcript: str
    source: AnswerSource
    duration_s: float | None
    recording_id: str | None
    is_current: bool
    over_time: bool
    submitted_at: datetime
    evaluation_status: EvaluationStatus
    evaluation_error: str | None
    evaluation: AnswerEvaluation | None


class InterviewQuestionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    position: int
    text: str
    category: InterviewCategory = Field(
        description="coding: a coding problem, worked on at /api/coding/interviews/{id}/..."
    )
    skills: list[str]
    difficulty: int
    source: str
    reason: str
    parent_id: uuid.UUID | None
    status: QuestionStatus
    asked_at: datetime | None
    answered_at: datetime | None
    answer: AnswerRead | None = None
    previous_answers: list[AnswerRead] = Field(default_factory=list)


class Stage(BaseModel):
    key: str
    label: str
    status: StageStatus


class Clock(BaseModel):
    started_at: datetime | None
    elapsed_s: float
    time_per_question_s: int
    current_question_id: uuid.UUID | None
    current_question_elapsed_s: float | None
    current_question_remaining_s: float | None


class InterviewSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    role: str
    seniority: str | None
    status: InterviewStatus
    mode: InterviewMode = Field(
        default=InterviewMode.STANDARD, description="drill: a short session on weak spots"
    )
    job_title: str | None
    question_count: int
    answered_count: int
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None


class InterviewRead(InterviewSummary):
    resume_id: uuid.UUID | None
    job_id: uuid.UUID | None
    job_description_id: uuid.UUID | None
    template_id: uuid.UUID | None
    settings: InterviewSettings
    generator: str
    generator_note: str | None
    match: MatchResult | None
    questions: list[InterviewQuestionRead]
    stages: list[Stage]
    clock: Clock


class InterviewList(BaseModel):
    items: list[InterviewSummary]
    total: int
    page: int
    page_size: int
