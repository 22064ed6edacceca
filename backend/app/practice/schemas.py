import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class WeaknessKind(StrEnum):
    SKILL = "skill"
    COMPETENCY = "competency"
    DIMENSION = "dimension"


class Trend(StrEnum):
    IMPROVING = "improving"
    STEADY = "steady"
    WORSE = "worse"


class WeaknessOccurrence(BaseModel):
    interview_id: uuid.UUID
    completed_at: datetime
    question_id: uuid.UUID = Field(description="The weakest answer on it in that interview")
    question: str
    score: int = Field(description="The interview's mean score on it, 0-100")
    weak: bool


class WeaknessEntry(BaseModel):
    kind: WeaknessKind = Field(description="skill, behavioural competency or evaluator sub-score")
    key: str = Field(description="The skill, competency or sub-score name")
    label: str
    weak_count: int = Field(description="Interviews in which it was weak")
    seen_count: int = Field(description="Interviews in which it was tested")
    recurring: bool = Field(description="Weak in two interviews or more")
    average: int
    latest_score: int
    last_practised_at: datetime
    trend: Trend = Field(description="The latest score against the mean of the earlier ones")
    history: list[WeaknessOccurrence] = Field(description="Oldest first")


class PracticeSuggestion(BaseModel):
    kind: WeaknessKind
    key: str
    label: str
    reason: str = Field(description="e.g. 'Answer structure was weak in 3 of your last 4 ...'")
    last_practised_at: datetime
    suggested_at: datetime
    due: bool = Field(description="The suggested time has come")
    rule: str = Field(description="The spacing rule that set the time, in words")


class Weaknesses(BaseModel):
    interviews_considered: int = Field(description="Evaluated interviews read, the latest ones")
    recurring: list[WeaknessEntry]
    suggestion: PracticeSuggestion | None = Field(
        description="What to practise next and when; none before an evaluated interview"
    )


class DrillCreate(BaseModel):
    question_count: int = Field(default=3, ge=1, le=5)
    interview_id: uuid.UUID | None = Field(
        default=None, description="Drill the weak spots of this interview (else of recent ones)"
    )
