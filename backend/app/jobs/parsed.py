"""What the system understood from a job description, and how a resume matches it."""

from typing import Literal

from pydantic import BaseModel, Field

Seniority = Literal["intern", "junior", "mid", "senior", "lead"]
ExperienceVerdict = Literal["meets", "below", "above", "unknown"]

# Longer than any real posting (a long one is 10-15k characters), short enough that parsing
# stays well under a second.
MAX_JOB_DESCRIPTION_CHARS = 30_000


class JobOccupation(BaseModel):
    """The O*NET or ESCO occupation a posting's title reads as."""

    code: str = Field(description='O*NET-SOC code ("17-2141.00") or ESCO occupation URI')
    title: str = Field(description='The occupation\'s own title ("Mechanical Engineers")')
    source: Literal["onet", "esco"]
    matched_title: str = Field(
        description='The occupation title that matched ("Mechanical Design Engineer")'
    )


class ParsedJob(BaseModel):
    title: str | None = None
    occupation: JobOccupation | None = Field(
        default=None, description="The occupation of the title; null without a confident match"
    )
    seniority: Seniority | None = None
    required_skills: list[str] = Field(default_factory=list, description="Canonical skill names")
    nice_to_have_skills: list[str] = Field(default_factory=list)
    alternative_skills: list[list[str]] = Field(
        default_factory=list,
        description=(
            'Required skills that stand in for each other ("Go or Java"): a group is met by any'
            " one of its skills. Every member is also listed in required_skills."
        ),
    )
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
    verdict: ExperienceVerdict
    score: int = Field(ge=0, le=100)


MatchPartName = Literal["skills", "occupation", "semantic", "experience"]


class MatchPart(BaseModel):
    """One ingredient of the score: the score is the sum of weight x score over the parts."""

    name: MatchPartName
    score: int = Field(ge=0, le=100)
    weight: float = Field(
        ge=0, le=1, description="Share of the total this part carries here (0: does not apply)"
    )
    reason: str = Field(description="One line saying why, with the evidence")


class MatchResult(BaseModel):
    score: int = Field(ge=0, le=100)
    matched_skills: list[str]
    partial_matches: list[PartialMatch]
    missing_required: list[str]
    missing_nice_to_have: list[str]
    extra_skills: list[str]
    experience_fit: ExperienceFit
    explanation: str
    parts: list[MatchPart] = Field(
        default_factory=list,
        description="Skills, occupation, semantic closeness and experience, in that order",
    )
