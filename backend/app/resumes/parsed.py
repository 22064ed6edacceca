"""What the system understood from a resume. The candidate can correct every field."""

from typing import Literal

from pydantic import BaseModel, Field

DegreeLevel = Literal["Associate", "Bachelor", "Master", "PhD"]


class ResumeLinks(BaseModel):
    linkedin: str | None = None
    github: str | None = None
    portfolio: str | None = None


class ResumeSkill(BaseModel):
    name: str = Field(
        description=(
            "The skill as the resume writes it (AUTO CAD reads AutoCAD); known skills resolve to"
            " the O*NET/ESCO knowledge under any of their names"
        )
    )
    category: str = Field(description="Category, e.g. software, data, engineering, soft, other")


class Experience(BaseModel):
    title: str | None = None
    company: str | None = None
    start: str | None = Field(default=None, description="YYYY-MM (or YYYY when only the year)")
    end: str | None = Field(default=None, description="YYYY-MM or YYYY; null means present")
    highlights: list[str] = Field(default_factory=list)


def recency(job: Experience) -> tuple[str, str]:
    """A sort key for jobs, the latest last: by end, then start; an open end (the present)
    after any date."""
    return (job.end or "9999-99", job.start or "")


class Education(BaseModel):
    degree: str | None = None
    level: DegreeLevel | None = None
    field: str | None = None
    institution: str | None = None
    year: int | None = None


class ParsedResume(BaseModel):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    links: ResumeLinks = Field(default_factory=ResumeLinks)
    summary: str | None = None
    stated_role: str | None = Field(
        default=None,
        description="The job the candidate says they do or seek, as written: a 'Post applied "
        "for' line, an objective's 'as a Civil Engineer', or a title alone under the name",
    )
    skills: list[ResumeSkill] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    years_experience: float = Field(
        default=0, description="Total professional years, overlapping jobs counted once"
    )
    education: list[Education] = Field(default_factory=list)
    highest_degree: DegreeLevel | None = None
    certifications: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list, description="Section headings found")
