import uuid
from datetime import datetime
from typing import Annotated, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from app.core.validation import MAX_SALARY, omittable
from app.jobs.parsed import MAX_JOB_DESCRIPTION_CHARS, MatchResult, ParsedJob

JobType = Literal["full-time", "part-time", "contract", "internship"]


class JobBase(BaseModel):
    title: str = Field(min_length=2, max_length=200)
    company: str = Field(min_length=1, max_length=200)
    location: str = Field(min_length=1, max_length=200)
    remote: bool = False
    job_type: JobType = "full-time"
    salary_min: int | None = Field(default=None, ge=0, le=MAX_SALARY)
    salary_max: int | None = Field(default=None, ge=0, le=MAX_SALARY)
    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")
    description: str = Field(min_length=50, max_length=20000)

    @model_validator(mode="after")
    def _salary_range(self) -> Self:
        if self.salary_min and self.salary_max and self.salary_min > self.salary_max:
            raise ValueError("salary_min must not be above salary_max")
        return self


class JobCreate(JobBase):
    pass


class JobUpdate(BaseModel):
    """Only the fields sent are changed; the salaries may be cleared with null."""

    title: str = omittable(min_length=2, max_length=200)
    company: str = omittable(min_length=1, max_length=200)
    location: str = omittable(min_length=1, max_length=200)
    remote: bool = omittable()
    job_type: JobType = omittable()
    salary_min: int | None = Field(default=None, ge=0, le=MAX_SALARY)
    salary_max: int | None = Field(default=None, ge=0, le=MAX_SALARY)
    currency: str = omittable(pattern=r"^[A-Z]{3}$")
    description: str = omittable(min_length=50, max_length=20000)


class JobRead(JobBase):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    slug: str
    parsed: ParsedJob
    posted_at: datetime


class JobSearchItem(JobRead):
    relevance: float = Field(description="How well the job fits the query (higher is better)")


class JobSearchResults(BaseModel):
    items: list[JobSearchItem]
    total: int
    page: int
    page_size: int


class JobRecommendation(BaseModel):
    job: JobRead
    match: MatchResult


class JobRecommendations(BaseModel):
    resume_id: uuid.UUID
    items: list[JobRecommendation]


JobDescriptionTitle = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class JobDescriptionCreate(BaseModel):
    text: str = Field(min_length=30, max_length=MAX_JOB_DESCRIPTION_CHARS)
    title: JobDescriptionTitle | None = Field(
        default=None, description="Leave out (or blank) to use the title found in the text"
    )

    @field_validator("title")
    @classmethod
    def _blank_is_none(cls, title: str | None) -> str | None:
        return title or None


class JobDescriptionUpdate(BaseModel):
    """Only the fields sent are changed."""

    title: JobDescriptionTitle = omittable(
        min_length=1,
        pattern=r"\S",
        description="The description's new title; its parse follows it",
    )


class JobDescriptionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    title: str | None
    text: str
    parsed: ParsedJob
    created_at: datetime


class JobDescriptionList(BaseModel):
    items: list[JobDescriptionRead]


class MatchRequest(BaseModel):
    resume_id: uuid.UUID
    job_id: uuid.UUID | None = None
    job_description_id: uuid.UUID | None = None
    jd_text: str | None = Field(default=None, min_length=30, max_length=MAX_JOB_DESCRIPTION_CHARS)

    @model_validator(mode="after")
    def _exactly_one_job(self) -> Self:
        given = [self.job_id, self.job_description_id, self.jd_text]
        if sum(value is not None for value in given) != 1:
            raise ValueError("Give exactly one of job_id, job_description_id or jd_text")
        return self
