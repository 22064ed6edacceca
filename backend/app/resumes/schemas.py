import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.core.validation import omittable
from app.resumes.parsed import (
    DegreeLevel,
    Education,
    Experience,
    ParsedResume,
    ResumeLinks,
)


class ResumeSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    filename: str
    file_format: str = Field(description="pdf, docx or txt, detected from the content")
    size_bytes: int
    page_count: int
    is_default: bool
    created_at: datetime
    updated_at: datetime


class ResumeRead(ResumeSummary):
    parsed: ParsedResume


class ResumeList(BaseModel):
    items: list[ResumeSummary]


class EducationCorrection(Education):
    year: int | None = Field(default=None, ge=1900, le=2100)


class ResumeUpdate(BaseModel):
    """Corrections to the parsed resume: only the fields sent are changed (null clears the
    fields that may be empty; lists are emptied with [])."""

    name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=50)
    links: ResumeLinks = omittable()
    summary: str | None = Field(default=None, max_length=5000)
    stated_role: str | None = Field(
        default=None, max_length=200, description="The job the candidate does or seeks"
    )
    skills: list[str] = omittable(max_length=300, description="Skill names; aliases are normalised")
    experience: list[Experience] = omittable(max_length=50)
    education: list[EducationCorrection] = omittable(max_length=20)
    certifications: list[str] = omittable(max_length=50)
    years_experience: float = omittable(ge=0, le=70)
    highest_degree: DegreeLevel | None = None

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"skills": ["Python", "k8s", "PostgreSQL"]}]}
    )
