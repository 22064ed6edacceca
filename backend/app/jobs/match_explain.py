"""The words of a match: one reason per part, with its evidence, and the summary sentence."""

from app.jobs.match_occupation import OccupationFit
from app.jobs.match_semantic import SemanticFit
from app.jobs.match_skills import Coverage, SkillsFit
from app.jobs.match_specialism import Specialism
from app.jobs.parsed import ExperienceFit, MatchPartName

MAX_LISTED = 6
MAX_SHOWN = 3
FIELDS_AGREE = 0.5
CLOSE_FIELDS = 0.8
"""Fields of work that overlap this much are not told apart as "mostly" one and the other: a
tester whose skills read as computing and whose title reads as engineering too shares most of
a testing role's fields."""


def part_reasons(
    skills: SkillsFit,
    occupation: OccupationFit,
    semantic: SemanticFit,
    experience: ExperienceFit,
    *,
    relevance: float,
    specialism: Specialism | None = None,
) -> dict[MatchPartName, str]:
    """`relevance`: the share of its weight that experience keeps (1: the background fits)."""
    skills_reason = _skills_reason(skills)
    if specialism is not None and specialism.applies:
        skills_reason = (
            specialism_sentence(specialism, occupation)
            if skills_reason.startswith("The job lists no skills")
            else f"{skills_reason} {specialism_sentence(specialism, occupation)}"
        )
    return {
        "skills": skills_reason,
        "occupation": occupation_reason(occupation),
        "semantic": _semantic_reason(semantic),
        "experience": _experience_reason(experience, relevance),
    }


def explanation(
    skills: SkillsFit,
    occupation: OccupationFit,
    experience: ExperienceFit,
    specialism: Specialism | None = None,
) -> str:
    sentences = [_skills_sentence(skills.required, skills.nice)]
    if specialism is not None and specialism.applies:
        sentences.append(specialism_sentence(specialism, occupation))
    missing = skills.required.missing or skills.nice.missing
    if missing:
        label = "Missing" if skills.required.missing else "Nice to have, not on your resume"
        sentences.append(f"{label}: {listing(missing)}.")
    experience_sentence = experience_text(experience)
    if experience_sentence:
        sentences.append(experience_sentence)
    return " ".join(sentences)


def specialism_sentence(specialism: Specialism, occupation: OccupationFit) -> str:
    """The kind of work the posting's title names, and whether the resume does it: "Both are
    computing work; the posting's core skills Java and Spring appear in your experience."."""
    opening = f"Both are {occupation.job_field} work; " if in_its_field(occupation) else ""
    core, shown, listed = list(specialism.core), list(specialism.shown), list(specialism.listed)
    named = f"the posting's core skill{'' if len(core) == 1 else 's'} {_and(core)}"
    if shown and len(shown) == len(core):
        verb = "appears" if len(shown) == 1 else "appear"
        return _capital(f"{opening}{named} {verb} in your experience.")
    if shown:
        rest = [name for name in core if name not in shown]
        return _capital(
            f"{opening}of {named}, your experience shows {_and(shown)}, not {_and(rest)}."
        )
    if listed:
        if len(listed) == len(core):
            it = "it" if len(core) == 1 else "them"
            return _capital(
                f"{opening}your resume lists {named}, but your work does not show {it}."
            )
        return _capital(
            f"{opening}your resume lists {_and(listed)} of {named}, but no work shows it."
        )
    return _capital(f"{opening}your resume does not show {named}.")


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _and(names: list[str]) -> str:
    shown = names[:MAX_SHOWN]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _skills_reason(skills: SkillsFit) -> str:
    if not skills.applies:
        return "The job lists no skills to compare against."
    coverage = skills.required if skills.required.total else skills.nice
    reason = _skills_sentence(skills.required, skills.nice).rstrip(".")
    if coverage.telling:
        reason += f"; specific to the field: {listing(coverage.telling, MAX_SHOWN)}"
    if coverage.matched:
        shown = coverage.shown
        if shown:
            reason += f"; your experience shows {listing(shown, MAX_SHOWN)}"
        else:
            reason += "; listed only, not shown in your experience"
    if coverage.missing:
        reason += f"; missing {listing(coverage.missing, MAX_SHOWN)}"
    return reason + "."


def _skills_sentence(required: Coverage, nice: Coverage) -> str:
    coverage, kind = (required, "required") if required.items else (nice, "listed")
    if not coverage.items:
        return "The job lists no skills to compare against."
    sentence = f"You match {len(coverage.matched)} of {coverage.items} {kind} skills"
    if coverage.partial:
        shown = ", ".join(f"{p.skill} via {p.via}" for p in coverage.partial[:3])
        including = "including " if len(coverage.partial) > 3 else ""
        sentence += f" and partly cover {len(coverage.partial)} more ({including}{shown})"
    return sentence + "."


def occupation_reason(fit: OccupationFit) -> str:
    field = _field_sentence(fit)
    return f"{_title_reason(fit)} {field}" if field else _title_reason(fit)


def in_its_field(fit: OccupationFit) -> bool:
    """Whether the resume reads as the role's field of work, sure enough to say so."""
    return (
        fit.job_field is not None
        and fit.resume_field == fit.job_field
        and fit.field_agreement >= FIELDS_AGREE
    )


def _field_sentence(fit: OccupationFit) -> str:
    """The fields of work both sides read as (match_family.py), when both read as one."""
    if fit.job_field is None or fit.resume_field is None:
        return ""
    share = f"{round(100 * fit.field_agreement)}%"
    if in_its_field(fit):
        return f"Your jobs and skills are in {fit.resume_field}, this role's field ({share})."
    if fit.field_agreement >= CLOSE_FIELDS:
        return (
            f"Your jobs and skills read as {fit.resume_field} and {fit.job_field} work, "
            f"close to this role's ({share} in common)."
        )
    if fit.field_agreement > 0:
        return (
            f"Your jobs and skills are mostly in {fit.resume_field}, this role in "
            f"{fit.job_field} ({share} in common)."
        )
    return f"Your jobs and skills are in {fit.resume_field}, not in {fit.job_field} like this role."


def _title_reason(fit: OccupationFit) -> str:
    if fit.job_occupation is None:
        return "The job's title does not read as a known occupation."
    role = f"this role ({fit.job_occupation})"
    if fit.job_read_from == "duties":
        role = f"this role (its duties read as {fit.job_occupation})"
    if not fit.applies:
        return f"No job titles or described work on your resume to compare with {role}."
    if fit.resume_title is None:
        # No titles on the resume: the occupation was read from its tools or described work.
        yours, points, does_not = "The tools on your resume", "point", "do not"
        if fit.resume_read_from == "work":
            yours, points, does_not = "Your described work", "points", "does not"
        if fit.relation == "none":
            return f"{yours} {does_not} point to {role} or a related occupation."
        reads = f"{yours} {points} to {fit.resume_occupation}"
    else:
        yours = f"Your title “{fit.resume_title}”"
        if fit.resume_read_from == "stated":
            yours = f"The job you state, “{fit.resume_title}”,"
        if fit.relation == "none":
            return f"{yours} does not read as {role} or a related occupation."
        reads = f"{yours} reads as {fit.resume_occupation}"
    if fit.relation == "same":
        if fit.resume_occupation == fit.job_occupation:  # the name said once, not twice
            if fit.job_read_from == "duties":
                return f"{reads}, the same occupation this role's duties read as."
            return f"{reads}, the same occupation as this role."
        return f"{reads}, the same occupation as {role}."
    if fit.relation == "related":
        return f"{reads}, an occupation related to {role}."
    if fit.relation == "group":
        return f"{reads}, in the same occupation group as {role}."
    return f"{reads}, in the same field ({fit.field or 'of work'}) as {role}."


def _semantic_reason(fit: SemanticFit) -> str:
    if not fit.applies:
        return "Not enough described experience or listed duties to compare."
    closeness = f"similarity {fit.cosine:.2f}"
    source = "Your summary" if fit.closest is None else f"Your work as {fit.closest}"
    if fit.score >= 0.6:
        return f"{source} reads close to this role's duties ({closeness})."
    if fit.score > 0:
        return f"{source} reads partly like this role's duties ({closeness})."
    return f"Your described experience reads unlike this role's duties ({closeness})."


def _experience_reason(experience: ExperienceFit, relevance: float) -> str:
    reason = experience_text(experience) or (
        f"The role states no years or level; you have {_years(experience.candidate_years)}."
    )
    if relevance < 0.995:
        reason += " It counts in full only when the rest of your background fits the role."
    return reason


def experience_text(experience: ExperienceFit) -> str:
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


def listing(names: list[str], limit: int = MAX_LISTED) -> str:
    shown = ", ".join(names[:limit])
    extra = len(names) - limit
    return f"{shown} and {extra} more" if extra > 0 else shown


def _years(value: float) -> str:
    return f"{_number(value)} year" + ("" if value == 1 else "s")


def _number(value: float) -> str:
    return f"{value:g}"
