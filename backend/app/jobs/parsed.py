"""What the system understood from a job description, and how a resume matches it."""

from typing import Literal

from pydantic import BaseModel, Field

Seniority = Literal["intern", "junior", "mid", "senior", "lead"]

# Longer than any real posting (a long one is 10-15k characters), short enough that parsing
# stays well under a second.
MAX_JOB_DESCRIPTION_CHARS = 30_000


class ParsedJob(BaseModel):
    title: str | None = None
    seniority: Seniority | None = None
    required_skills: list[str] = Field(default_factory=list, description="Canonical skill names")
    nice_to_have_skills: list[str] = Field(default_factory=list)
    years_required: float | None = None
    responsibilities: list[str] = Field(default_factory=list)


class PartialMatch(BaseModel):
    skill: str = Field(description="The job's skill")
    via: str = Field(description="The related skill on the resume")
    credit: float = Field(ge=0, le=1)


class ExperienceFit(BaseModel):
    candidate_years: float
    required_years: float | None
    job_seniority: Seniority | None
    candidate_seniority: Seniority
    verdict: Literal["meets", "below", "above", "unknown"]
    score: int = Field(ge=0, le=100)


class MatchResult(BaseModel):
    score: int = Field(ge=0, le=100)
    matched_skills: list[str]
    partial_matches: list[PartialMatch]
    missing_required: list[str]
    missing_nice_to_have: list[str]
    extra_skills: list[str]
    experience_fit: ExperienceFit
    explanation: str
