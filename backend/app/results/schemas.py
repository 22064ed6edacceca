import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.coding.result_schemas import CodingResults
from app.evaluation.schemas import AnswerEvaluation
from app.interviews.schemas import InterviewSummary
from app.interviews.states import EvaluationStatus, QuestionStatus
from app.jobs.parsed import MatchResult
from app.questions.bank import InterviewCategory


class Scores(BaseModel):
    technical: int | None = Field(description="Average score of technical questions")
    communication: int | None = Field(description="Average communication sub-score")
    job_match: int | None = Field(description="Resume-to-job match, when both are known")
    overall: int | None
    not_scored_reason: str | None = Field(
        default=None, description="Why there are no scores, when nothing could be scored"
    )
    coding: int | None = Field(
        default=None,
        description="Average score of the coding problems (see `coding`), counted in overall",
    )


class QuestionResult(BaseModel):
    question_id: uuid.UUID
    position: int
    text: str
    category: InterviewCategory
    skills: list[str]
    reason: str
    status: QuestionStatus
    key_points: list[str]
    model_answer: str | None
    transcript: str | None
    duration_s: float | None
    over_time: bool
    recording_id: str | None
    evaluation_status: EvaluationStatus | None
    evaluation_error: str | None = Field(description="Why the evaluation failed, when it did")
    evaluation: AnswerEvaluation | None


class TranscriptLine(BaseModel):
    question_id: uuid.UUID
    speaker: Literal["interviewer", "candidate"]
    text: str


class InterviewResults(BaseModel):
    interview: InterviewSummary
    candidate_name: str
    status: Literal["ready", "pending"] = Field(
        description="pending while some answers are still being evaluated"
    )
    scores: Scores
    strengths: list[str]
    weaknesses: list[str]
    recommendations: list[str]
    questions: list[QuestionResult]
    transcript: list[TranscriptLine]
    match: MatchResult | None
    coding: CodingResults | None = Field(
        default=None, description="The coding problems, when the interview had any"
    )


class Checklist(BaseModel):
    """The steps to a first report, each done or not."""

    resume: bool = Field(description="A resume is uploaded")
    job: bool = Field(description="A job description is saved, or an interview was for a job")
    interview: bool = Field(description="An interview is finished")


class DashboardStats(BaseModel):
    interviews_completed: int
    interviews_in_progress: int
    questions_answered: int
    average_score: int | None
    best_score: int | None
    streak_days: int = Field(description="Consecutive days, up to today, with a finished interview")


class HistoryItem(InterviewSummary):
    overall: int | None


class History(BaseModel):
    items: list[HistoryItem]
    total: int
    page: int
    page_size: int


class ProgressPoint(BaseModel):
    interview_id: uuid.UUID
    completed_at: datetime
    role: str
    overall: int | None
    technical: int | None
    communication: int | None
    by_category: dict[str, int]


class SkillPoint(BaseModel):
    completed_at: datetime
    score: int


class SkillProgress(BaseModel):
    skill: str
    average: int
    points: list[SkillPoint]


class Progress(BaseModel):
    points: list[ProgressPoint]
    skills: list[SkillProgress]


class AdminInterviewItem(HistoryItem):
    candidate_id: uuid.UUID
    candidate_email: str
    candidate_name: str


class AdminInterviewList(BaseModel):
    items: list[AdminInterviewItem]
    total: int
    page: int
    page_size: int
