import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.core.validation import omittable
from app.jobs.parsed import Seniority
from app.questions.bank import CategoryMix, QuestionCategory


def _clean_points(points: list[str] | None) -> list[str] | None:
    if points is None:
        return None
    cleaned = [p.strip() for p in points]
    if any(not p for p in cleaned):
        raise ValueError("Key points must not be blank")
    return cleaned


class QuestionFields(BaseModel):
    text: str = Field(min_length=10, max_length=2000)
    category: QuestionCategory
    skills: list[str] = Field(default_factory=list, max_length=20)
    role_families: list[str] = Field(default_factory=list, max_length=20)
    competency: str | None = Field(default=None, max_length=50)
    difficulty: int = Field(default=2, ge=1, le=3)
    key_points: list[str] = Field(min_length=1, max_length=8)
    model_answer: str = Field(default="", max_length=5000)
    follow_ups: list[str] = Field(default_factory=list, max_length=5)

    _no_blank_points = field_validator("key_points")(_clean_points)


class QuestionCreate(QuestionFields):
    slug: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9-]{1,118}$")


class QuestionUpdate(BaseModel):
    """Only the fields sent are changed; `competency` may be cleared with null."""

    text: str = omittable(min_length=10, max_length=2000)
    category: QuestionCategory = omittable()
    skills: list[str] = omittable(max_length=20)
    role_families: list[str] = omittable(max_length=20)
    competency: str | None = Field(default=None, max_length=50)
    difficulty: int = omittable(ge=1, le=3)
    key_points: list[str] = omittable(min_length=1, max_length=8)
    model_answer: str = omittable(max_length=5000)
    follow_ups: list[str] = omittable(max_length=5)
    archived: bool = omittable()

    _no_blank_points = field_validator("key_points")(_clean_points)


class QuestionRead(QuestionFields):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    slug: str
    archived: bool
    created_at: datetime
    updated_at: datetime


class QuestionList(BaseModel):
    items: list[QuestionRead]
    total: int
    page: int
    page_size: int


class ImportRowError(BaseModel):
    row: int = Field(description="1-based row (CSV: data row after the header)")
    field: str | None
    message: str


class ImportResult(BaseModel):
    created: int
    updated: int


def _some_questions(mix: CategoryMix) -> CategoryMix:
    if not 1 <= mix.total <= 20:
        raise ValueError("A template needs between 1 and 20 questions in total")
    return mix


class TemplateFields(BaseModel):
    name: str = Field(min_length=2, max_length=120)
    description: str = Field(default="", max_length=2000)
    role: str | None = Field(default=None, max_length=120)
    seniority: Seniority | None = None
    mix: CategoryMix
    time_per_question_s: int = Field(default=180, ge=30, le=1800)
    follow_ups: bool = True
    coding_problems: int = Field(
        default=0, ge=0, le=3, description="Coding problems added to the questions of the mix"
    )

    _some_questions = field_validator("mix")(_some_questions)


class TemplateCreate(TemplateFields):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Backend engineer, 30 min",
                    "role": "Backend engineer",
                    "mix": {"behavioral": 2, "technical": 3, "situational": 0},
                    "time_per_question_s": 300,
                    "follow_ups": True,
                }
            ]
        }
    )


class TemplateUpdate(BaseModel):
    """Only the fields sent are changed; `role` and `seniority` may be cleared with null."""

    name: str = omittable(min_length=2, max_length=120)
    description: str = omittable(max_length=2000)
    role: str | None = Field(default=None, max_length=120)
    seniority: Seniority | None = None
    mix: CategoryMix = omittable()
    time_per_question_s: int = omittable(ge=30, le=1800)
    follow_ups: bool = omittable()
    coding_problems: int = omittable(ge=0, le=3)

    _some_questions = field_validator("mix")(_some_questions)


class TemplateRead(TemplateFields):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    updated_at: datetime


class TemplateList(BaseModel):
    items: list[TemplateRead]
