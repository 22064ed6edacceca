"""Which behavioral competencies suit an interview: the ones the job's wording and soft skills
point at first, then the ones its seniority and role family usually probe."""

import re
from collections.abc import Iterable, Sequence

from app.jobs.parsed import ParsedJob, Seniority
from app.skills.taxonomy import Taxonomy

COMPETENCIES = (
    "teamwork", "conflict", "leadership", "failure", "ownership",
    "prioritization", "communication", "ambiguity", "customer focus",
)  # fmt: skip

# The keys are stored values and keep their US spelling; the product's words are British.
_SHOWN = {"prioritization": "prioritisation"}


def shown_competency(key: str) -> str:
    """A competency as the candidate reads it."""
    return _SHOWN.get(key, key)


_SOFT_SKILL_COMPETENCY = {
    "Teamwork": "teamwork", "Collaboration": "teamwork",
    "Cross-functional Collaboration": "teamwork", "Remote Collaboration": "teamwork",
    "Conflict Resolution": "conflict", "Negotiation": "conflict", "Leadership": "leadership",
    "People Management": "leadership", "Mentoring": "leadership", "Coaching": "leadership",
    "Technical Leadership": "leadership", "Delegation": "leadership",
    "Resilience": "failure", "Growth Mindset": "failure", "Accountability": "ownership",
    "Self-Motivation": "ownership", "Time Management": "prioritization",
    "Decision Making": "prioritization", "Multitasking": "prioritization",
    "Prioritization": "prioritization", "Communication": "communication",
    "Written Communication": "communication", "Presentation Skills": "communication",
    "Stakeholder Management": "communication", "Public Speaking": "communication",
    "Adaptability": "ambiguity", "Problem Solving": "ambiguity", "Critical Thinking": "ambiguity",
    "Customer Focus": "customer focus", "Empathy": "customer focus",
    "Customer Service": "customer focus", "Relationship Building": "customer focus",
}  # fmt: skip
_TEXT_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), competency)
    for pattern, competency in (
        (r"\bmentor|\blead\b|\bleading\b|\bmanag(?:e|ing) (?:a |the )?team|\bcoach", "leadership"),
        (r"stakeholder|cross-functional|present(?:ing|ations?)\b|communicat", "communication"),
        (r"\bcustomers?\b|\bclients?\b|\bpatients?\b|\bfamilies\b", "customer focus"),
        (r"ambigu|fast-paced|start-?up|changing priorities", "ambiguity"),
        (r"prioriti|deadlines?|competing", "prioritization"),
        (r"conflict|negotiat|difficult conversations", "conflict"),
        (r"\bown(?:ership)?\b|end-to-end|on-call|accountab", "ownership"),
        (r"\bteam(?:work)?\b|collaborat", "teamwork"),
        (r"postmortem|post-mortem|retrospective|learn from", "failure"),
    )
)
_SENIORITY_COMPETENCIES: dict[Seniority, tuple[str, ...]] = {
    "intern": ("teamwork", "failure"),
    "junior": ("teamwork", "failure"),
    "senior": ("leadership", "ownership"),
    "lead": ("leadership", "conflict"),
}
_FAMILY_COMPETENCIES = {
    "software": ("ownership", "failure"), "data": ("communication", "ownership"),
    "ml": ("ambiguity", "ownership"), "design": ("communication", "conflict"),
    "product": ("prioritization", "ambiguity"), "sales": ("customer focus", "ambiguity"),
    "marketing": ("failure", "customer focus"), "support": ("customer focus", "conflict"),
    "healthcare": ("customer focus", "teamwork"), "finance": ("ownership", "prioritization"),
    "education": ("communication", "conflict"), "operations": ("prioritization", "ownership"),
}  # fmt: skip


def favoured_competencies(
    *,
    seniority: Seniority | None,
    families: Sequence[str],
    job: ParsedJob | None,
    extra_skills: Iterable[str],
    taxonomy: Taxonomy,
) -> tuple[list[str], list[str]]:
    """Two tiers: competencies the job itself points at (its responsibilities and soft skills,
    plus soft skills the candidate chose), then those its level and role family suggest."""
    named = [taxonomy.canonical(skill) for skill in extra_skills]
    if job is not None:
        named += [taxonomy.canonical(skill) for skill in job.required_skills]
    from_job = [_SOFT_SKILL_COMPETENCY[name] for name in named if name in _SOFT_SKILL_COMPETENCY]
    if job is not None:
        text = " ".join(job.responsibilities)
        from_job += [competency for pattern, competency in _TEXT_CUES if pattern.search(text)]
    suggested = list(_SENIORITY_COMPETENCIES.get(seniority or "mid", ()))
    if families:
        suggested += _FAMILY_COMPETENCIES[families[0]]
    first = list(dict.fromkeys(from_job))
    return first, [competency for competency in dict.fromkeys(suggested) if competency not in first]
