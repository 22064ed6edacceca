"""Merge a candidate's corrections into the parsed resume, keeping derived fields consistent."""

from datetime import date
from typing import Any

from app.resumes.parsed import ParsedResume, ResumeSkill
from app.resumes.parsing.education import highest_level
from app.resumes.parsing.years import total_years
from app.resumes.schemas import ResumeUpdate
from app.skills.taxonomy import get_taxonomy

UNKNOWN_SKILL_CATEGORY = "other"


def normalize_skills(names: list[str]) -> list[ResumeSkill]:
    """Canonical names where the taxonomy knows the skill, the candidate's words otherwise."""
    taxonomy = get_taxonomy()
    skills: dict[str, ResumeSkill] = {}
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        canonical = taxonomy.canonical(name)
        skill = ResumeSkill(
            name=canonical or name,
            category=(canonical and taxonomy.category(canonical)) or UNKNOWN_SKILL_CATEGORY,
        )
        skills.setdefault(skill.name.lower(), skill)
    return list(skills.values())


def apply_corrections(
    parsed: dict[str, Any], data: ResumeUpdate, *, today: date | None = None
) -> ParsedResume:
    """The parsed resume with the sent fields replaced and years/degree recomputed if needed."""
    changes = data.model_dump(exclude_unset=True)
    if "skills" in changes:
        changes["skills"] = [s.model_dump() for s in normalize_skills(data.skills or [])]
    updated = ParsedResume.model_validate({**parsed, **changes})
    if "experience" in changes and "years_experience" not in changes:
        updated.years_experience = total_years(updated.experience, today=today or date.today())
    if "education" in changes and "highest_degree" not in changes:
        updated.highest_degree = highest_level(updated.education)
    return updated
