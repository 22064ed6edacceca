import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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
    text: str | None = Field(default=None, min_length=10, max_length=2000)
    category: QuestionCategory | None = None
    skills: list[str] | None = Field(default=None, max_length=20)
    role_families: list[str] | None = Field(default=None, max_length=20)
    competency: str | None = Field(default=None, max_length=50)
    difficulty: int | None = Field(default=None, ge=1, le=3)
    key_points: list[str] | None = Field(default=None, min_length=1, max_length=8)
    model_answer: str | None = Field(default=None, max_length=5000)
    follow_ups: list[str] | None = Field(default=None, max_length=5)
    archived: bool | None = None

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


class TemplateFields(BaseModel):
    name: str = Field(min_length=2, max_length=120)
    description: str = Field(default="", max_length=2000)
    role: str | None = Field(default=None, max_length=120)
    seniority: Seniority | None = None
    mix: CategoryMix
    time_per_question_s: int = Field(default=180, ge=30, le=1800)
    follow_ups: bool = True

    @field_validator("mix")
    @classmethod
    def _some_questions(cls, mix: CategoryMix) -> CategoryMix:
        if not 1 <= mix.total <= 20:
            raise ValueError("A template needs between 1 and 20 questions in total")
        return mix


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
    name: str | None = Field(default=None, min_length=2, max_length=120)
    description: str | None = Field(default=None, max_length=2000)
    role: str | None = Field(default=None, max_length=120)
    seniority: Seniority | None = None
    mix: CategoryMix | None = None
    time_per_question_s: int | None = Field(default=None, ge=30, le=1800)
    follow_ups: bool | None = None

    _some_questions = field_validator("mix")(
        lambda mix: None if mix is None else TemplateFields._some_questions(mix)
    )

    @model_validator(mode="after")
    def _required_fields_not_null(self):
        for name in ("name", "mix", "time_per_question_s", "follow_ups", "description"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class TemplateRead(TemplateFields):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    updated_at: datetime


class TemplateList(BaseModel):
    items: list[TemplateRead]
