"""The field of work each side is in, and how much the two agree.

A title read alone can mislead ("Project Manager" is in every field, a misparsed title reads
as some occupation), and ESCO occupations (a "care at home worker") carry no SOC code to
compare by group. Here every side gets a spread over fields of work (FIELD_FAMILIES, else the
SOC major group; an ESCO occupation by its ISCO group): from the occupations its titles read
as, from the occupations its specific tools and skills point to, and from the occupations its
duties or described work mean (match_text_field.py). Two sides agree as far as their spreads
overlap, so a nurse resume agrees with a nursing posting through its job titles and its
clinical skills together, and one stray title does not make a chef a software developer. A
posting title read in several fields takes the one its skills and duties mostly lie in
(backed_by: a "QA Engineer" asking for test automation is a tester, not an engineer). The
occupation part of a match is then part title closeness, part field agreement (FIELD_SHARE).

Engineering is one field here, but a mechanical design posting does not want a civil engineer:
for a posting of engineering work both sides are read again with engineering told apart by
discipline (match_subfields.kind_of), and the engineering they have in common counts as far
as their disciplines agree (KIND_SHARES); a posting for a software tester likewise. On the
dev splits, disciplines mean ROC-AUC .569 -> .688 (LiveCareer) and .564 -> .686 (CVs),
same-discipline top 5 -> 10 and 7 -> 10 of 15; among every field (bench.match_mixed) .914 ->
.936; fields .990 -> .989, top 88 -> 89. A larger share (.7) told disciplines apart better
(.75) but ranked engineers of another discipline below other fields' resumes that read partly
as engineering (title cases: generic titles 79 -> 77, places 79 -> 76 of 90). Counting the
fields of the resume's degrees in as well was tried: .69 -> .70 on LiveCareer, .69 -> .68 on
the CVs, not kept.
"""

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from app.jobs.match_fields import CROSS_FIELD_GROUPS, SOC_MAJOR_GROUPS, family_of
from app.jobs.match_occupation import (
    OLDER_TITLE,
    OccupationFit,
    job_occupations,
    occupation_votes,
    resume_job_titles,
    resume_title_readings,
)
from app.jobs.match_reading import Reading
from app.jobs.match_semantic import job_text, resume_chunks
from app.jobs.match_skill_fields import category_spread
from app.jobs.match_subfields import COMPUTING, ENGINEERING, KINDS_OF, kind_of
from app.jobs.match_text_field import text_readings, texts_readings
from app.jobs.match_title_breadth import ANY_FIELD
from app.jobs.parsed import ParsedJob
from app.resumes.parsed import ParsedResume

CROSS_FIELD_WEIGHT = 0.3
"""Management, business and office occupations say little about the field."""
SKILL_OCCUPATIONS = 8
"""The occupations a side's tools point to most, read as its fields."""
SKILLS_SHARE = 0.25
"""What the tools add to the spread, against the titles' whole (set on the dev split of
bench/matching.py, as FIELD_SHARE)."""
TEXT_SHARE = 0.25
"""What the meaning of the duties or the described work adds (match_text_field.py): it reads
the field where a title is generic ("General Manager" of a restaurant) or reads as none, and
takes the titles' share too when the resume's jobs are described but none of its titles reads
(_resume_families)."""
TITLES_SHARE = 1.0 - SKILLS_SHARE - TEXT_SHARE
UNDESCRIBED_TITLE = 0.5
"""A job title with no work described under it counts this much of one whose work is: it
may be a stray line or a job held long ago in another field, and nothing confirms it."""
UNBACKED_TITLE = 0.5
"""A job title whose described work reads in none of its fields counts this much."""
SURE_WORK = 0.5
"""Described work whose closest occupation is this sure (match_text_field.py: 0.6 at most)
can disagree with a title."""
UNBACKED_FIELD = 0.25
"""What a posting title's field keeps when neither its skills nor its duties read in it."""
UNBACKED_READING = 0.25
"""What a title's reading keeps of its confidence when the work beside the title (a posting's
skills and duties, a resume job's described work and the resume's skills) lies in none of its
field (as backed_by keeps of a posting title's field)."""
SURE_EVIDENCE = 0.5
"""The share of the skills' and duties' fields one field must hold to pick among a posting
title's fields."""
KIND_SHARES = {ENGINEERING: 0.5, COMPUTING: 0.5}
"""For a posting of engineering or computing work, the share of that field the two sides have
in common that the field agreement loses as far as their kinds of work differ
(match_subfields.kind_of): a civil engineer's resume and a mechanical engineering posting
agree as engineering, by half."""
FIELD_SHARE = 0.85
"""The field agreement's share of the occupation part; title closeness has the rest. Titles
are often missing, misread or generic ("Project Manager"); the field rests on every title, the
skills and the meaning of the work too (0.85 to 1 rank alike on the dev split, 0.5 worse)."""

Spread = dict[str, float]
FieldOf = Callable[[str, str | None], str | None]


def reading_spread(
    readings: Iterable[tuple[Reading, float]], field_of: FieldOf = family_of
) -> Spread:
    """Fields weighed by each reading's confidence times its own weight (a title's recency)."""
    spread: Spread = {}
    for reading, weight in readings:
        family = field_of(reading.code, reading.isco_group)
        if family is not None:
            spread[family] = spread.get(family, 0.0) + _field_weight(reading, family) * weight
    return spread


def counted_once(readings: list[tuple[Reading, float]], field_of: FieldOf = family_of) -> Spread:
    """One title's fields, summing to how surely it names one (sureness): O*NET reads "Sales
    Representative" as six sales occupations and "Registered Nurse" as one, and summed
    readings made a nurse whose first job was in sales read as a salesperson. (Same-field top
    on `bench.matching --split devwide` 114 -> 116 of 122, dev 86 of 90 unchanged; in
    `bench.match_title_cases` career 78 -> 83, generic 83 -> 79, near its title-blind 78.)"""
    sure = sureness(readings)
    shares = _normalised(reading_spread(readings, field_of))
    return {family: share * sure for family, share in shares.items() if share * sure > 0}


def sureness(readings: Iterable[tuple[Reading, float]]) -> float:
    """How surely a title names a field: its surest reading, times its own weight. (Its
    readings' sum would make a title read as many unsure occupations, "Consultant", as sure
    as one read as a single sure one.)"""
    return max(
        (
            _field_weight(reading, family) * weight
            for reading, weight in readings
            if (family := family_of(reading.code, reading.isco_group)) is not None
        ),
        default=0.0,
    )


def _field_weight(reading: Reading, family: str) -> float:
    """A reading's confidence, CROSS_FIELD_WEIGHT of it for a management, business or office
    occupation (in every field)."""
    cross = reading.code[2:3] == "-" and reading.code[:2] in CROSS_FIELD_GROUPS
    if cross and family in SOC_MAJOR_GROUPS.values():
        return reading.confidence * CROSS_FIELD_WEIGHT
    return reading.confidence


def skills_spread(names: Iterable[str], field_of: FieldOf = family_of) -> Spread:
    """The fields of the occupations that a side's skills point to, each skill voting by how
    specific it is (the log of how few occupations list it)."""
    spread: Spread = {}
    for code, vote in occupation_votes(dict.fromkeys(names))[:SKILL_OCCUPATIONS]:
        family = field_of(code, None)
        if family is not None:
            spread[family] = spread.get(family, 0.0) + vote
    return spread


def blend(
    titles: Spread,
    skills: Spread,
    text: Spread | None = None,
    *,
    titles_sureness: float = 0.0,
    one_title: bool = False,
    text_share: float = TEXT_SHARE,
) -> Spread:
    """The spreads normalised and weighed by their shares; the shares of missing ones go to
    the others (all to the text when there are neither titles nor skills). Titles that read
    as little (`titles_sureness`, 0..1: unsure readings, titles used in every field, or only
    management and office readings) keep that little of their share, and `one_title` (a
    posting's) keeps only its top field's part of it, since a title read in several fields is
    ambiguous, not broad: a "General Manager" of a restaurant is in food service. (A resume's
    titles in several fields are a career.)"""
    by_titles = _normalised(titles)
    title_share = TITLES_SHARE * min(1.0, titles_sureness)
    if one_title and by_titles:
        title_share *= max(by_titles.values())
    parts = [
        (by_titles, title_share),
        (_normalised(skills), SKILLS_SHARE),
        (_normalised(text or {}), text_share),
    ]
    present = [(spread, share) for spread, share in parts if spread and share > 0]
    whole = sum(share for _, share in present)
    blended: Spread = {}
    for spread, share in present:
        for family, value in spread.items():
            blended[family] = blended.get(family, 0.0) + value * share / whole
    return blended


def with_fields(fit: OccupationFit, resume: ParsedResume, job: ParsedJob) -> OccupationFit:
    """The occupation fit with the two sides' fields of work and their agreement folded in."""
    theirs, ours = resume_families(resume), job_families(job)
    if not (theirs and ours):
        return fit
    overlap = agreement(ours, theirs)
    job_field, resume_field = top_family(ours), top_family(theirs)
    share = KIND_SHARES.get(job_field or "", 0.0)
    if job_field is not None and share and theirs.get(job_field):
        our_kinds, their_kinds = job_families(job, kind_of), resume_families(resume, kind_of)
        within = agreement(_of_field(our_kinds, job_field), _of_field(their_kinds, job_field))
        overlap -= share * max(0.0, min(ours[job_field], theirs[job_field]) - within)
        job_field = top_family(our_kinds)
        if resume_field in KINDS_OF:
            resume_field = top_family(_of_field(their_kinds, resume_field))
    title_share = fit.score if fit.applies else 0.0
    return replace(
        fit,
        score=(1 - FIELD_SHARE) * title_share + FIELD_SHARE * overlap,
        applies=True,
        job_field=job_field,
        resume_field=resume_field,
        field_agreement=overlap,
    )


def _of_field(spread: Spread, field: str) -> Spread:
    return {kind: value for kind, value in spread.items() if kind in KINDS_OF[field]}


def job_families(job: ParsedJob, field_of: FieldOf = family_of) -> Spread:
    skills = (*job.required_skills, *job.nice_to_have_skills)
    readings = job_occupations(job)
    return dict(_job_families(readings, job.title, job_text(job), skills, field_of))


def resume_families(resume: ParsedResume, field_of: FieldOf = family_of) -> Spread:
    titles = tuple(resume_job_titles(resume))
    chunks = resume_chunks(resume)
    texts = tuple(text for _, text, _ in chunks)
    described_jobs = any(label is not None for label, _, _ in chunks)
    skills = tuple(skill.name for skill in resume.skills)
    return dict(_resume_families(titles, skills, texts, described_jobs, field_of))


@lru_cache(maxsize=2048)
def _job_families(
    readings: tuple[Reading, ...],
    title: str | None,
    duties: str,
    skills: tuple[str, ...],
    field_of: FieldOf = family_of,
) -> tuple[tuple[str, float], ...]:
    """Cached by what the spread is read from (not the whole posting serialised): a posting
    is matched against many resumes."""
    titles = reading_spread(((reading, 1.0) for reading in readings), field_of)
    text = reading_spread(((reading, 1.0) for reading in text_readings(duties)), field_of)
    by_skills = skills_spread(skills, field_of)
    spread = blend(
        backed_by(titles, work_evidence(title, duties, skills, field_of)),
        by_skills,
        text,
        titles_sureness=sum(titles.values()),
        one_title=True,
    )
    return tuple(spread.items())


def work_evidence(
    title: str | None, duties: str, skills: tuple[str, ...], field_of: FieldOf = family_of
) -> Spread:
    """The fields a posting's skills and duties lie in; the duties without the title they
    open with, which would back its own readings."""
    untitled = duties.removeprefix(title).lstrip(". ") if title else duties
    work = reading_spread(((reading, 1.0) for reading in text_readings(untitled)), field_of)
    return blend({}, summed(skills_spread(skills, field_of), category_spread(skills)), work)


def backed_readings(readings: tuple[Reading, ...], work: Spread) -> tuple[Reading, ...]:
    """A title's readings, each as far as the work beside it lies in its field: ESCO and
    O*NET file "Quality Engineer" under software testers and under four kinds of engineer
    alike, and a posting about ISO 9001 audits and CNC inspection is an engineer's."""
    fields = {family_of(reading.code, reading.isco_group) for reading in readings}
    best = max(work.values(), default=0.0)
    if len(fields) < 2 or best <= 0.0:
        return readings
    backed = (
        replace(
            reading,
            confidence=reading.confidence
            * (
                UNBACKED_READING
                + (1 - UNBACKED_READING)
                * work.get(family_of(reading.code, reading.isco_group) or "", 0.0)
                / best
            ),
        )
        for reading in readings
    )
    return tuple(sorted(backed, key=lambda reading: -reading.confidence))


@lru_cache(maxsize=8192)
def backed_resume_title_readings(
    title: str, context: str, skills: tuple[str, ...]
) -> tuple[Reading, ...]:
    """What a resume's job title reads as, each reading as far as the work described under
    it and the resume's skills lie in its field: a "QA Engineer" who built Selenium suites
    is a software tester, not the validation engineer O*NET also files the title under.
    Matching reads the title's closeness so; the resume's field spread reads its titles
    unbacked (_resume_families): backing them there too gained within a field on the dev
    splits (bench.match_roles mean ROC-AUC .753 -> .764, bench.match_disciplines .568 ->
    .588) but cost picks in bench.match_title_cases (generic titles 81 -> 78, posting words
    84 -> 82), where a generic title followed resume skills that lean to computing."""
    work = work_evidence(title, context, skills)
    readings = resume_title_readings(title, context, tuple(sorted(work.items())))
    return backed_readings(readings, work)


def backed_by(titles: Spread, evidence: Spread) -> Spread:
    """A title's fields, each as far as the posting's skills and duties back it, when most of
    them lie in another of its fields than its readings lead with: a "QA Engineer" reads as a
    software tester and as four kinds of engineer, and a posting asking for test automation
    is the tester's. A field the evidence holds none of keeps UNBACKED_FIELD of its weight.
    (Where both lead with one field, the title's other readings stay: evening out a Java
    posting's engineering part too ranked other computing roles' resumes closer to it. Less
    sure evidence, such as a machine shop's quality documentation read as a little of every
    field, leaves the title as it reads.)"""
    backed = top_family(evidence)
    if backed is None or backed not in titles or backed == top_family(titles):
        return titles
    top = evidence[backed]
    if top < SURE_EVIDENCE * sum(evidence.values()):
        return titles
    return {
        field: value * (UNBACKED_FIELD + (1 - UNBACKED_FIELD) * evidence.get(field, 0.0) / top)
        for field, value in titles.items()
    }


@lru_cache(maxsize=2048)
def _resume_families(
    titles: tuple[tuple[str, str], ...],
    skills: tuple[str, ...],
    texts: tuple[str, ...],
    described_jobs: bool,
    field_of: FieldOf = family_of,
) -> tuple[tuple[str, float], ...]:
    """With no title that reads as an occupation, the described jobs stand in for the titles
    and take their share: a title names the work its job describes, while a list of tools
    leans to whatever software it names (Excel, SharePoint and HTML read as computing). A
    summary alone ("DevOps engineer.") is too short to stand in for them. With
    described_work_spread, on the dev split of `bench.matching --no-titles`: mean ROC-AUC
    .962 -> .967, min .877 -> .903, same-field top 81 -> 85 of 90; with titles unchanged."""
    by_titles: Spread = {}
    titles_sureness = 0.0
    for position, (title, context) in enumerate(titles):
        readings_of_title = resume_title_readings(title, context)
        support = title_support(title, context, readings_of_title, field_of)
        weighed = [(reading, OLDER_TITLE**position * support) for reading in readings_of_title]
        for family, value in counted_once(weighed, field_of).items():
            by_titles[family] = by_titles.get(family, 0.0) + value
        titles_sureness += sureness(weighed)
    if by_titles:
        text = reading_spread(((reading, 1.0) for reading in texts_readings(texts)), field_of)
        by_skills = skills_spread(skills, field_of)
        spread = blend(by_titles, by_skills, text, titles_sureness=titles_sureness)
        return tuple(spread.items())
    text_share = TEXT_SHARE + (TITLES_SHARE if described_jobs else 0.0)
    text = described_work_spread(texts, field_of)
    return tuple(blend({}, skills_spread(skills, field_of), text, text_share=text_share).items())


def title_support(
    title: str, context: str, readings: tuple[Reading, ...], field_of: FieldOf = family_of
) -> float:
    """How much the work described under a title backs it: UNBACKED_TITLE when the work reads
    surely as an occupation of a field the title reads in none of (a "Software Engineer" line
    over a kitchen's duties), UNDESCRIBED_TITLE with no work, else fully. (Duties read by
    meaning are often unsure, or read as an office job of any field: those back any title.)"""
    described = context.removeprefix(title).lstrip(". ")  # the job's text opens with its title
    if not described:
        return UNDESCRIBED_TITLE
    work = text_readings(described)
    field = field_of(work[0].code, None) if work and work[0].confidence >= SURE_WORK else None
    if field is None or field in ANY_FIELD or not readings:
        return 1.0
    backed = any(field_of(reading.code, reading.isco_group) == field for reading in readings)
    return 1.0 if backed else UNBACKED_TITLE


def described_work_spread(texts: Iterable[str], field_of: FieldOf = family_of) -> Spread:
    """The fields a resume's described jobs and summary read as, when no title of it reads as
    an occupation: each text counts once, as much as its closest occupation is sure, so a job
    whose duties lie near four sales representative occupations of O*NET weighs no more than
    one near its single fitness trainer occupation. (Beside titles the text only breaks ties,
    and summing its readings ranked as well on the dev split of bench/matching.py.)"""
    spread: Spread = {}
    for text in texts:
        readings = text_readings(text)
        if not readings:
            continue
        shares = _normalised(reading_spread(((reading, 1.0) for reading in readings), field_of))
        for family, share in shares.items():
            spread[family] = spread.get(family, 0.0) + share * readings[0].confidence
    return spread


def summed(*spreads: Spread) -> Spread:
    total: Spread = {}
    for spread in spreads:
        for family, value in spread.items():
            total[family] = total.get(family, 0.0) + value
    return total


def agreement(first: Spread, second: Spread) -> float:
    """How much two spreads overlap, 0..1 (the sum of the smaller shares)."""
    return sum(min(value, second.get(family, 0.0)) for family, value in first.items())


def top_family(spread: Spread) -> str | None:
    return max(spread, key=lambda family: spread[family]) if spread else None


def _normalised(spread: Spread) -> Spread:
    total = sum(spread.values())
    return {family: value / total for family, value in spread.items()} if total else {}
