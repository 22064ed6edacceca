"""What kind of role an interview is for: role families inferred from the role text, the job
title and the taxonomy categories of the job's (or resume's) skills, and the difficulty range
that suits a seniority level."""

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from app.jobs.matching import infer_candidate_seniority
from app.jobs.parsed import ParsedJob, Seniority
from app.jobs.parsing import seniority_from_title
from app.resumes.parsed import ParsedResume
from app.skills.taxonomy import Taxonomy

ROLE_FAMILIES = (
    "software", "data", "ml", "design", "product", "sales",
    "marketing", "support", "healthcare", "finance", "education", "operations",
)  # fmt: skip

# Checked in this order: the first family a title matches is its primary one, so
# "Instructional Designer" is education before design, "Product Marketing Manager" is
# marketing before product and "Technical Support Engineer" is support before software.
_TITLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (family, re.compile(pattern, re.I))
    for family, pattern in (
        (
            "healthcare",
            r"\b(?:nurs\w*|rn|lpn|cna|medical|clinical|clinic|patient|physician|doctor"
            r"|pharmac\w*|therapist|caregiver|icu|telemetry|paramedic|emt|midwife|dental)\b",
        ),
        (
            "education",
            r"\b(?:teach\w*|tutor\w*|educat\w*|instructor|instructional|professor|lecturer"
            r"|curriculum|school|preschool|kindergarten|esl|faculty)\b",
        ),
        (
            "finance",
            r"\b(?:accountant|accounting|bookkeep\w*|financ\w*|fp&a|controller|audit\w*"
            r"|payable|receivable|treasur\w*|invest\w*|tax|payroll|credit|banking|cfo)\b",
        ),
        (
            "ml",
            r"\b(?:machine learning|ml|ai|artificial intelligence|deep learning|nlp"
            r"|computer vision|data scien\w*|mlops)\b",
        ),
        ("design", r"\b(?:design\w*|ux|ui|illustrat\w*|art director)\b"),
        (
            "marketing",
            r"\b(?:marketing|seo|sem|ppc|paid media|content|brand|social media|growth marketer"
            r"|communications|copywriter|public relations|pr)\b",
        ),
        ("product", r"\b(?:product|apm|cpo)\b"),
        ("data", r"\b(?:data|analytics|bi|business intelligence|etl|dba|database)\b"),
        (
            "sales",
            r"\b(?:sales|account executive|account manager|business development|sdr|bdr"
            r"|partnerships?|retail|quota)\b",
        ),
        (
            "support",
            r"\b(?:support|customer service|customer success|help ?desk|call cent(?:er|re)"
            r"|service desk|customer experience|cx)\b",
        ),
        (
            "operations",
            r"\b(?:operations|project manager|program manager|project management|coordinator"
            r"|hr|human resources|recruit\w*|talent|supply chain|logistics|procurement"
            r"|office manager|business analyst|scrum master|administrative)\b",
        ),
        (
            "software",
            r"\b(?:software|engineer\w*|developer|programmer|devops|sre|site reliability"
            r"|platform|back-?end|front-?end|full[- ]?stack|ios|android|mobile|web|qa"
            r"|test automation|security|cloud|architect|sysadmin|system administrator"
            r"|embedded|firmware)\b",
        ),
    )
)
_CATEGORY_FAMILY = {
    "software": "software", "cloud": "software", "devops": "software", "security": "software",
    "mobile": "software", "data": "data", "ml": "ml", "design": "design", "product": "product",
    "sales": "sales", "marketing": "marketing", "support": "support",
    "healthcare": "healthcare", "finance": "finance", "education": "education",
    "operations": "operations",
}  # fmt: skip
# A family suggested by skills alone must cover at least this share of the leading family's
# skills, so one "Billing" on a backend job does not make it a finance interview.
_MIN_SKILL_FAMILY_SHARE = 0.25
_DIFFICULTY_RANGES: dict[Seniority, tuple[int, int]] = {
    "intern": (1, 2),
    "junior": (1, 2),
    "mid": (2, 2),
    "senior": (2, 3),
    "lead": (2, 3),
}


def infer_role_families(
    role: str, job: ParsedJob | None, resume: ParsedResume | None, taxonomy: Taxonomy
) -> list[str]:
    """Role families, most relevant first: from the role text and job title, then from the
    categories of the job's skills (or the resume's, when there is no job)."""
    families = families_from_title(role)
    if job is not None:
        families += families_from_title(job.title)
        families += families_from_skills([*job.required_skills, *job.nice_to_have_skills], taxonomy)
    if not families and resume is not None:
        families += families_from_skills((skill.name for skill in resume.skills), taxonomy)
    return list(dict.fromkeys(families))


def families_from_title(title: str | None) -> list[str]:
    if not title:
        return []
    return [family for family, pattern in _TITLE_PATTERNS if pattern.search(title)]


def families_from_skills(skills: Iterable[str], taxonomy: Taxonomy) -> list[str]:
    counts: Counter[str] = Counter()
    for skill in skills:
        family = _CATEGORY_FAMILY.get(taxonomy.category(skill) or "")
        if family:
            counts[family] += 1
    if not counts:
        return []
    threshold = max(counts.values()) * _MIN_SKILL_FAMILY_SHARE
    ranked = sorted(counts, key=lambda family: (-counts[family], ROLE_FAMILIES.index(family)))
    return [family for family in ranked if counts[family] >= threshold]


def in_families(question_families: Sequence[str], families: Sequence[str]) -> bool:
    """Whether a question written for `question_families` suits an interview for `families`;
    generic questions suit every interview and every question suits an unknown role."""
    if not families or "any" in question_families:
        return True
    return any(family in families for family in question_families)


def resolve_seniority(
    seniority: Seniority | None, role: str, job: ParsedJob | None, resume: ParsedResume | None
) -> Seniority | None:
    """The level asked for, else the job's, else what the role text or job title states,
    else the level the resume suggests."""
    if seniority:
        return seniority
    if job is not None and job.seniority:
        return job.seniority
    stated = seniority_from_title(role) or seniority_from_title(job.title if job else None)
    if stated:
        return stated
    if resume is not None and (resume.experience or resume.years_experience):
        return infer_candidate_seniority(resume)
    return None


def difficulty_range(seniority: Seniority | None) -> tuple[int, int]:
    """Junior 1-2, mid 2, senior and lead 2-3; an unknown level is treated as mid."""
    return _DIFFICULTY_RANGES.get(seniority or "mid", (2, 2))
