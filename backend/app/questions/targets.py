"""The skills an interview should probe, most important first, each with the reason a
candidate sees: the gap the job asks for and the resume lacks, the skills the candidate asked
to practise, the job's required and nice-to-have skills, then the resume's own skills."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.jobs.parsed import ParsedJob
from app.questions import reasons
from app.questions.bank import BankQuestion
from app.questions.role_families import families_from_skills, in_families
from app.resumes.parsed import ParsedResume
from app.skills.taxonomy import Taxonomy

# How a question's skills meet a target skill, best first.
DIRECT_PRIMARY, DIRECT_SECONDARY, RELATED_PRIMARY, RELATED_SECONDARY = range(4)


@dataclass(frozen=True)
class SkillTarget:
    skill: str
    reason: str
    guaranteed: bool = False  # the one gap every interview with a job and a resume covers


@dataclass(frozen=True)
class TargetMatch:
    target: int  # index in the target list
    rank: int  # lower is asked first
    quality: int  # DIRECT_PRIMARY ... RELATED_SECONDARY


def build_skill_targets(
    technical: Sequence[BankQuestion],
    *,
    job: ParsedJob | None,
    resume: ParsedResume | None,
    extra_skills: Iterable[str],
    families: Sequence[str],
    taxonomy: Taxonomy,
) -> list[SkillTarget]:
    """Ordered, de-duplicated targets; soft skills are left to the behavioral questions."""
    have = set(resume_skill_names(resume, taxonomy))
    required = _hard_skills(job.required_skills if job else (), taxonomy)
    nice_to_have = _hard_skills(job.nice_to_have_skills if job else (), taxonomy)
    nice = [skill for skill in nice_to_have if skill not in required]
    targets: list[SkillTarget] = []
    if job is not None and resume is not None:
        gap = choose_gap(required, have, technical, families, taxonomy)
        if gap:
            targets.append(SkillTarget(gap, reasons.gap(gap), guaranteed=True))
    targets += [
        SkillTarget(skill, reasons.focus(skill)) for skill in _hard_skills(extra_skills, taxonomy)
    ]
    for skill in required:
        lacking = resume is not None and skill not in have
        targets.append(
            SkillTarget(skill, reasons.gap(skill) if lacking else reasons.required(skill))
        )
    targets += [SkillTarget(skill, reasons.nice_to_have(skill)) for skill in nice]
    job_skills = [*required, *nice]
    for skill in _resume_targets(resume, job_skills, families, taxonomy):
        targets.append(SkillTarget(skill, reasons.from_resume(skill)))
    unique: dict[str, SkillTarget] = {}
    for target in targets:
        unique.setdefault(target.skill, target)
    return list(unique.values())


def choose_gap(
    required: Sequence[str],
    have: set[str],
    technical: Sequence[BankQuestion],
    families: Sequence[str],
    taxonomy: Taxonomy,
) -> str | None:
    """The required skill the resume lacks that the interview must cover: one that questions
    are about before one they only touch or relate to (within the role's families), then one
    nothing on the resume comes close to, then the job's order."""
    primaries = {question.skills[0] for question in technical if question.skills}
    asked = {skill for question in technical for skill in question.skills}
    nearby = {
        skill
        for question in technical
        if in_families(question.role_families, families)
        for skill in question.skills
    }
    candidates = []
    for index, skill in enumerate(required):
        if skill in have:
            continue
        if skill in primaries:
            reach = DIRECT_PRIMARY
        elif skill in asked:
            reach = DIRECT_SECONDARY
        elif any(taxonomy.similarity(skill, other) for other in nearby):
            reach = RELATED_PRIMARY
        else:
            continue
        near_resume = any(taxonomy.similarity(skill, other) for other in have)
        candidates.append((reach, near_resume, index, skill))
    return min(candidates)[3] if candidates else None


def match_targets(
    question: BankQuestion, targets: Sequence[SkillTarget], taxonomy: Taxonomy, in_family: bool
) -> list[TargetMatch]:
    """Every target the question serves, best first. A question only related to a target
    serves it only within the role's families; a related question, or one that merely touches
    the skill from another family, waits until the direct questions are placed, except for the
    guaranteed gap."""
    matches = []
    for index, target in enumerate(targets):
        quality = _match_quality(question.skills, target.skill, taxonomy)
        if quality is None or (quality >= RELATED_PRIMARY and not in_family):
            continue
        weak = quality >= RELATED_PRIMARY or (quality == DIRECT_SECONDARY and not in_family)
        deferred = weak and not target.guaranteed
        matches.append(TargetMatch(index, index + len(targets) * deferred, quality))
    return sorted(matches, key=lambda match: (match.rank, match.quality))


def resume_skill_names(resume: ParsedResume | None, taxonomy: Taxonomy) -> list[str]:
    if resume is None:
        return []
    names = (taxonomy.canonical(skill.name) or skill.name for skill in resume.skills)
    return list(dict.fromkeys(names))


def _match_quality(skills: Sequence[str], target: str, taxonomy: Taxonomy) -> int | None:
    if skills and skills[0] == target:
        return DIRECT_PRIMARY
    if target in skills[1:]:
        return DIRECT_SECONDARY
    if skills and taxonomy.similarity(skills[0], target):
        return RELATED_PRIMARY
    if any(taxonomy.similarity(skill, target) for skill in skills[1:]):
        return RELATED_SECONDARY
    return None


def _hard_skills(names: Iterable[str], taxonomy: Taxonomy) -> list[str]:
    canonical = (taxonomy.canonical(name) for name in names)
    return list(
        dict.fromkeys(name for name in canonical if name and taxonomy.category(name) != "soft")
    )


def _resume_targets(
    resume: ParsedResume | None,
    job_skills: Sequence[str],
    families: Sequence[str],
    taxonomy: Taxonomy,
) -> list[str]:
    """The resume's skills worth asking about: with a job, only those near the job's skills or
    in its role families; without one, all of them, the role's families first."""
    skills = _hard_skills(resume_skill_names(resume, taxonomy), taxonomy)

    def in_family(skill: str) -> bool:
        return bool(set(families_from_skills([skill], taxonomy)) & set(families))

    if job_skills:
        return [
            skill
            for skill in skills
            if in_family(skill) or any(taxonomy.similarity(skill, other) for other in job_skills)
        ]
    return sorted(skills, key=lambda skill: not in_family(skill))
