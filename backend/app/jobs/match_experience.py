"""Experience fit: years against the years asked for, and the candidate's level (from the
latest title and the years) against the posting's level."""

from app.jobs.parsed import ExperienceFit, ExperienceVerdict, ParsedJob, Seniority
from app.jobs.parsing import SENIORITY_LEVELS, level_for_years, seniority_from_title
from app.resumes.parsed import Experience, ParsedResume, recency

LEVEL_GAP_PENALTY = 30
OVERQUALIFIED_PENALTY = 10


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
    verdict: ExperienceVerdict
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
    return max(experience, key=recency)
