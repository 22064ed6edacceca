"""Relevance ranking for catalog search: explainable term weights, no index needed at this size."""

import re
from dataclasses import dataclass

from app.jobs.models import Job
from app.skills.taxonomy import get_taxonomy

_WORD = re.compile(r"[a-z0-9+#.]+")
TITLE_WEIGHT, SKILL_WEIGHT, COMPANY_WEIGHT, TEXT_WEIGHT = 5.0, 3.0, 2.0, 1.0


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[str, ...]
    skills: tuple[str, ...]


def build_query(q: str | None, skills: str | None) -> SearchQuery:
    terms = tuple(dict.fromkeys(_WORD.findall((q or "").lower())))
    taxonomy = get_taxonomy()
    wanted = [s.strip() for s in (skills or "").split(",") if s.strip()]
    canonical = tuple(dict.fromkeys(taxonomy.canonical(s) or s for s in wanted))
    return SearchQuery(terms=terms, skills=canonical)


def _job_skills(job: Job) -> set[str]:
    parsed = job.parsed
    return {
        s.lower() for s in parsed.get("required_skills", []) + parsed.get("nice_to_have_skills", [])
    }


def relevance(job: Job, query: SearchQuery) -> float:
    """0 when nothing asked for is present; higher for more terms matched in stronger places."""
    if not query.terms and not query.skills:
        return 1.0
    title = set(_WORD.findall(job.title.lower()))
    company = set(_WORD.findall(job.company.lower()))
    text = set(_WORD.findall(job.description.lower()))
    skills = _job_skills(job)
    skill_words = {word for skill in skills for word in _WORD.findall(skill)}
    score, matched_terms = 0.0, 0
    for term in query.terms:
        term_score = (
            TITLE_WEIGHT * (term in title)
            + SKILL_WEIGHT * (term in skill_words)
            + COMPANY_WEIGHT * (term in company)
            + TEXT_WEIGHT * (term in text)
        )
        score += term_score
        matched_terms += term_score > 0
    if query.terms:
        if matched_terms == 0:
            return 0.0
        # Jobs that match every word of the query rank above those matching some.
        score *= matched_terms / len(query.terms)
    matched_skills = sum(skill.lower() in skills for skill in query.skills)
    if query.skills and matched_skills == 0:
        return 0.0
    return round(score + SKILL_WEIGHT * matched_skills, 2)
