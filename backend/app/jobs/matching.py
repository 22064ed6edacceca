"""Score how well a parsed resume fits a parsed job, with the reasons in plain words.

Four parts, each scored 0-100 and shown with its weight and reason:

- skills: coverage of the job's skills, each weighed by how specific it is (Abaqus more than
  Excel, Excel more than "communication"), with partial credit for related and broader skills,
  more for skills the experience shows than for ones only listed (match_skills.py);
- occupation: the posting's title and the resume's titles read as O*NET/ESCO occupations, or,
  for a resume without titles, the occupations its tools point to (match_occupation.py); where
  neither says, what the duties or the described work mean (match_text_field.py); and how far
  the fields of work both sides read as agree, from all their titles, skills and the meaning
  of their work (match_family.py);
- semantic: the candidate's described experience against the posting's duties, with the
  built-in sentence model (match_semantic.py);
- experience: years and level against what the posting asks (match_experience.py).

A part that cannot be judged (a posting without skills, a resume without titles) weighs 0 and
the others share its weight. Experience counts in proportion to how well the rest fits, so ten
years as a nurse do not make a strong backend candidate. The score is the sum of weight x score.
"""

import asyncio
from dataclasses import replace

from app.jobs.match_experience import assess_experience, infer_candidate_seniority
from app.jobs.match_explain import explanation, part_reasons
from app.jobs.match_family import backed_resume_title_readings, with_fields
from app.jobs.match_occupation import OccupationFit, assess_occupation
from app.jobs.match_semantic import assess_semantic
from app.jobs.match_skills import SkillsFit, assess_skills
from app.jobs.match_specialism import SHARE, Specialism, assess_specialism
from app.jobs.parsed import MatchPart, MatchPartName, MatchResult, ParsedJob
from app.resumes.parsed import ParsedResume
from app.skills.taxonomy import Taxonomy, get_taxonomy

__all__ = ["assess_experience", "infer_candidate_seniority", "match_in_worker"]

# Set on the dev split of bench/matching.py: the occupation part (title closeness and the
# agreement of the two sides' fields of work, read from titles, tools and the meaning of the
# work) ranks best, now that a field is read even where titles say nothing (0.5 to 0.6 rank
# alike; the semantic part alone ranked a summary that reads like any office job too high);
# the postings list few skills beyond "communication", so skills weigh least.
WEIGHTS: dict[MatchPartName, float] = {
    "skills": 0.1,
    "occupation": 0.6,
    "semantic": 0.2,
    "experience": 0.1,
}
SURE_AGREEMENT = 0.8
LIFT = 1.5
"""Set on the dev splits (bench/match_roles.py against bench/matching.py, its --no-titles and
bench/match_title_cases.py): a lift from an agreement of 0.5 raised the roles most (mean
ROC-AUC .769 -> .789) but also lifted resumes of another field that read partly as the
posting's (an engineer's resume read as computing, agreement .64-.77, over a software
resume without the title skill), costing two title-blind picks and one or two in each title
case. From 0.8 no case loses a pick at any lift from 1 to 3 (0.75 loses title-blind ones
from 1.5), and the roles gain less: mean ROC-AUC .769 -> .776, same-role top 20 -> 21."""
FULL_RELEVANCE = 0.5
"""When the other parts average this much, experience counts in full."""


def match_resume_to_job(
    resume: ParsedResume, job: ParsedJob, *, taxonomy: Taxonomy | None = None
) -> MatchResult:
    """Synchronous and CPU-bound (it may embed text): on the event loop use match_in_worker."""
    taxonomy = taxonomy or get_taxonomy()
    skills = assess_skills(resume, job, taxonomy)
    specialism = assess_specialism(resume, job, taxonomy)
    skill_names = tuple(skill.name for skill in resume.skills)
    occupation = assess_occupation(
        resume,
        job,
        read_title=lambda title, context: backed_resume_title_readings(title, context, skill_names),
    )
    occupation = specialism_lift(with_fields(occupation, resume, job), specialism)
    semantic = assess_semantic(resume, job)
    experience = assess_experience(resume, job)
    scores: dict[MatchPartName, float] = {
        "skills": skills_score(skills, specialism),
        "occupation": occupation.score,
        "semantic": semantic.score,
        "experience": experience.score / 100,
    }
    weights, relevance = part_weights(
        scores,
        applies={
            "skills": skills.applies or specialism.applies,
            "occupation": occupation.applies,
            "semantic": semantic.applies,
        },
        specialism=SHARE if specialism.applies else 0.0,
    )
    reasons = part_reasons(
        skills, occupation, semantic, experience, relevance=relevance, specialism=specialism
    )
    parts = [
        MatchPart(name=name, score=round(100 * scores[name]), weight=weights[name], reason=reason)
        for name, reason in reasons.items()
    ]
    total = sum(weights[name] * 100 * scores[name] for name in scores)
    return MatchResult(
        score=max(0, min(100, round(total))),
        matched_skills=skills.required.matched + skills.nice.matched,
        partial_matches=skills.required.partial + skills.nice.partial,
        missing_required=skills.required.missing,
        missing_nice_to_have=skills.nice.missing,
        extra_skills=[name for name in skills.resume_skills if name not in skills.used],
        experience_fit=experience,
        explanation=explanation(skills, occupation, experience, specialism),
        parts=parts,
    )


def specialism_lift(occupation: OccupationFit, specialism: Specialism) -> OccupationFit:
    """The occupation fit lifted, within a field both sides surely share, by how far the
    resume does the posting's specialism (a Java developer above a tester who lists Java for
    a "Java Developer"): up to LIFT of what the fit lacks, in full at full field agreement,
    nothing at SURE_AGREEMENT or below."""
    if not (specialism.applies and occupation.applies):
        return occupation
    sure = max(0.0, (occupation.field_agreement - SURE_AGREEMENT) / (1 - SURE_AGREEMENT))
    gain = LIFT * sure * specialism.score * (1 - occupation.score)
    return replace(occupation, score=min(1.0, occupation.score + gain))


def skills_score(skills: SkillsFit, specialism: Specialism) -> float:
    """0..1: the skill coverage and, when the posting's title names its core skills, the
    specialism (match_specialism.py), each by its nominal share of the skills part."""
    if not specialism.applies:
        return skills.score
    if not skills.applies:
        return specialism.score
    own = WEIGHTS["skills"] * (1 - SHARE)
    return (own * skills.score + SHARE * specialism.score) / (own + SHARE)


def part_weights(
    scores: dict[MatchPartName, float],
    *,
    applies: dict[MatchPartName, bool],
    specialism: float = 0.0,
) -> tuple[dict[MatchPartName, float], float]:
    """Each part's share of the score, and how much of its share experience keeps: the parts
    that apply share the weights, the skills part takes `specialism` more of the whole (the
    others keep the rest, see skills_score), and experience keeps its share only as far as
    the rest shows the background fits."""
    shares: dict[MatchPartName, float] = {
        name: WEIGHTS[name] if applies.get(name, True) else 0.0 for name in WEIGHTS
    }
    total = sum(shares.values())
    shares = {name: share / total * (1 - specialism) for name, share in shares.items()}
    shares["skills"] += specialism
    fit_weight = 1.0 - shares["experience"]
    relevance = 1.0
    if fit_weight > 0:
        fit = sum(shares[name] * scores[name] for name in shares if name != "experience")
        relevance = min(1.0, fit / fit_weight / FULL_RELEVANCE)
        shares["experience"] *= relevance
    return {name: round(share, 4) for name, share in shares.items()}, relevance


async def match_in_worker(
    resume: ParsedResume, job: ParsedJob, *, taxonomy: Taxonomy | None = None
) -> MatchResult:
    """match_resume_to_job in a worker thread, so embedding never blocks the event loop."""
    return await asyncio.to_thread(match_resume_to_job, resume, job, taxonomy=taxonomy)
