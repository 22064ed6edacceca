"""Score how well a parsed resume fits a parsed job, with the reasons in plain words.

The score blends required-skill coverage (the main weight), nice-to-have coverage and
experience fit. A related skill on the resume (PostgreSQL for "SQL") earns partial credit.
Experience only counts in proportion to how relevant the resume's skills are, so ten years
as a nurse do not make a strong backend candidate.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.jobs.parsed import ExperienceFit, MatchResult, ParsedJob, PartialMatch, Seniority
from app.jobs.parsing import SENIORITY_LEVELS, level_for_years, seniority_from_title
from app.resumes.parsed import Experience, ParsedResume
from app.skills.taxonomy import Taxonomy, get_taxonomy

REQUIRED_WEIGHT = 0.6
NICE_WEIGHT = 0.15
EXPERIENCE_WEIGHT = 0.25
# Job descriptions over-list skills: covering 80% of a list earns its full weight.
FULL_SKILL_COVERAGE = 0.8
# Covering half the required skills is enough for experience to count in full.
FULL_RELEVANCE_COVERAGE = 0.5
LEVEL_GAP_PENALTY = 30
OVERQUALIFIED_PENALTY = 10
MAX_LISTED = 6


@dataclass
class SkillCoverage:
    total: int = 0
    credit: float = 0.0
    matched: list[str] = field(default_factory=list)
    partial: list[PartialMatch] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.credit / self.total if self.total else 0.0


def match_resume_to_job(
    resume: ParsedResume, job: ParsedJob, *, taxonomy: Taxonomy | None = None
) -> MatchResult:
    taxonomy = taxonomy or get_taxonomy()
    resume_skills = _resume_skill_names(resume, taxonomy)
    required_names = _unique(taxonomy.canonical(s) or s for s in job.required_skills)
    nice_names = [
        name
        for name in _unique(taxonomy.canonical(s) or s for s in job.nice_to_have_skills)
        if name not in required_names
    ]
    required = _cover(required_names, resume_skills, taxonomy)
    nice = _cover(nice_names, resume_skills, taxonomy)
    experience = assess_experience(resume, job)
    used = set(required_names) | set(nice_names)
    used |= {partial.via for partial in required.partial + nice.partial}
    return MatchResult(
        score=_score(required, nice, experience),
        matched_skills=required.matched + nice.matched,
        partial_matches=required.partial + nice.partial,
        missing_required=required.missing,
        missing_nice_to_have=nice.missing,
        extra_skills=[skill for skill in resume_skills if skill not in used],
        experience_fit=experience,
        explanation=_explain(required, nice, experience),
    )


def assess_experience(resume: ParsedResume, job: ParsedJob) -> ExperienceFit:
    """Years against the years asked for, and inferred level against the job's level; the
    score is the average of the two checks that apply."""
    years = resume.years_experience
    candidate_level = infer_candidate_seniority(resume)
    checks: list[int] = []
    below = above = False
    if job.years_required is not None:
        below = years < job.years_required
        checks.append(100 if not below else round(100 * years / max(job.years_required, 1)))
    if job.seniority is not None:
        gap = SENIORITY_LEVELS.index(job.seniority) - SENIORITY_LEVELS.index(candidate_level)
        below = below or gap > 0
        above = gap <= -2
        overqualified = max(0, -gap - 1) * OVERQUALIFIED_PENALTY
        checks.append(max(0, 100 - max(gap, 0) * LEVEL_GAP_PENALTY - overqualified))
    if not checks:
        verdict, score = "unknown", 100
    else:
        verdict = "below" if below else "above" if above else "meets"
        score = round(sum(checks) / len(checks))
    return ExperienceFit(
        candidate_years=years,
        required_years=job.years_required,
        job_seniority=job.seniority,
        candidate_seniority=candidate_level,
        verdict=verdict,
        score=score,
    )


def infer_candidate_seniority(resume: ParsedResume) -> Seniority:
    """The higher of what the latest title says and what the years suggest; "intern" only
    when the latest title says so and there is less than a year of experience."""
    by_years = level_for_years(resume.years_experience)
    latest = _latest_experience(resume.experience)
    by_title = seniority_from_title(latest.title) if latest else None
    if by_title == "intern":
        return "intern" if resume.years_experience < 1 else by_years
    if by_title is None:
        return by_years
    return max(by_years, by_title, key=SENIORITY_LEVELS.index)


def _latest_experience(experience: list[Experience]) -> Experience | None:
    if not experience:
        return None
    # An open end date means "present", which sorts after any real date.
    return max(experience, key=lambda job: (job.end or "9999-99", job.start or ""))


def _resume_skill_names(resume: ParsedResume, taxonomy: Taxonomy) -> list[str]:
    return _unique(taxonomy.canonical(skill.name) or skill.name for skill in resume.skills)


def _cover(job_skills: list[str], resume_skills: list[str], taxonomy: Taxonomy) -> SkillCoverage:
    coverage = SkillCoverage(total=len(job_skills))
    have = set(resume_skills)
    for skill in job_skills:
        if skill in have:
            coverage.matched.append(skill)
            coverage.credit += 1
            continue
        via, credit = _best_related(skill, resume_skills, taxonomy)
        if via is None:
            coverage.missing.append(skill)
        else:
            coverage.partial.append(PartialMatch(skill=skill, via=via, credit=credit))
            coverage.credit += credit
    return coverage


def _best_related(
    skill: str, resume_skills: list[str], taxonomy: Taxonomy
) -> tuple[str | None, float]:
    best, best_credit = None, 0.0
    for candidate in resume_skills:
        credit = taxonomy.similarity(skill, candidate)
        if credit > best_credit:
            best, best_credit = candidate, credit
    return best, best_credit


def _score(required: SkillCoverage, nice: SkillCoverage, experience: ExperienceFit) -> int:
    if required.total and nice.total:
        weights = (REQUIRED_WEIGHT, NICE_WEIGHT)
    elif required.total:
        weights = (REQUIRED_WEIGHT + NICE_WEIGHT, 0.0)
    elif nice.total:
        weights = (0.0, REQUIRED_WEIGHT + NICE_WEIGHT)
    else:
        return experience.score
    main_ratio = required.ratio if required.total else nice.ratio
    relevance = min(1.0, main_ratio / FULL_RELEVANCE_COVERAGE)
    skills_part = weights[0] * _saturate(required.ratio) + weights[1] * _saturate(nice.ratio)
    total = 100 * skills_part + EXPERIENCE_WEIGHT * experience.score * relevance
    return max(0, min(100, round(total)))


def _saturate(ratio: float) -> float:
    return min(1.0, ratio / FULL_SKILL_COVERAGE)


def _explain(required: SkillCoverage, nice: SkillCoverage, experience: ExperienceFit) -> str:
    sentences = [_skills_sentence(required, nice)]
    missing = required.missing or nice.missing
    if missing:
        label = "Missing" if required.missing else "Nice to have, not on your resume"
        sentences.append(f"{label}: {_listing(missing)}.")
    experience_sentence = _experience_sentence(experience)
    if experience_sentence:
        sentences.append(experience_sentence)
    return " ".join(sentences)


def _skills_sentence(required: SkillCoverage, nice: SkillCoverage) -> str:
    coverage, kind = (required, "required") if required.total else (nice, "listed")
    if not coverage.total:
        return "The job lists no skills to compare against."
    sentence = f"You match {len(coverage.matched)} of {coverage.total} {kind} skills"
    if coverage.partial:
        shown = ", ".join(f"{p.skill} via {p.via}" for p in coverage.partial[:3])
        including = "including " if len(coverage.partial) > 3 else ""
        sentence += f" and partly cover {len(coverage.partial)} more ({including}{shown})"
    return sentence + "."


def _experience_sentence(experience: ExperienceFit) -> str:
    have = f"You have {_years(experience.candidate_years)} of experience"
    if experience.required_years is not None:
        asked = f"{_number(experience.required_years)}+"
        if experience.candidate_years < experience.required_years:
            return f"{have}; the role asks for {asked}."
        return f"{have}, meeting the {asked} the role asks for."
    if experience.job_seniority is None:
        return ""
    return (
        f"{have}, which reads as {experience.candidate_seniority}-level; "
        f"the role is {experience.job_seniority}-level."
    )


def _years(value: float) -> str:
    return f"{_number(value)} year" + ("" if value == 1 else "s")


def _number(value: float) -> str:
    return f"{value:g}"


def _listing(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_LISTED])
    extra = len(names) - MAX_LISTED
    return f"{shown} and {extra} more" if extra > 0 else shown


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))
