"""The occupation a parsed posting shows, read as matching reads it: the title in the light of
the posting's duties and skills (match_occupation.job_occupations).

The title alone can read as one source's odd alternate title: O*NET lists "Care Assistant"
under Animal Caretakers. Matching re-ranks the title's near readings by the posting's text and
reads a care assistant for elderly residents as a nursing assistant; the preview and the job
page show that same occupation. Whether a posting has an occupation at all is still decided by
the title alone (app/jobs/occupation.py), so the context changes which occupation, never
whether there is one.
"""

from app.jobs.match_family import backed_readings, work_evidence
from app.jobs.match_occupation import given_reading, job_occupations, matched_title
from app.jobs.match_semantic import job_text
from app.jobs.parsed import JobOccupation, ParsedJob
from app.knowledge.store import get_knowledge

CLEAR_LEAD = 0.05
"""A reading must lead the title's own match by this much to replace it: "Outside Sales
Representative" is an O*NET title of six sales occupations, and a hundredth of context is no
reason to show a sales engineer. Set on the dev postings of bench/job_postings.py and
bench/matching.py (the labelled field of the occupation shown): 0.01 to 0.05 read alike,
0.1 and above kept more of the title's odd readings."""


def occupation_in_context(job: ParsedJob) -> JobOccupation | None:
    """The job's occupation, or the one its title reads as first beside its duties and skills
    when that one clearly leads."""
    found = job.occupation
    readings = job_occupations(job) if found is not None else ()
    if found is None or not readings or not job.title:
        return found
    readings = backed_readings(readings, work_fields(job))
    top, known = readings[0], given_reading(found.code)
    kept = next((item.confidence for item in readings if known and item.code == known.code), 0.0)
    occupation = get_knowledge().occupations.get(top.code)
    if occupation is None or top.confidence - kept < CLEAR_LEAD:
        return found
    return JobOccupation(
        code=occupation.code,
        title=occupation.title,
        source=occupation.source,
        matched_title=matched_title(job.title, top.code) or occupation.title,
    )


def work_fields(job: ParsedJob) -> dict[str, float]:
    """The fields the posting's skills and duties (without the title they open with) lie in,
    as match_family reads them."""
    skills = (*job.required_skills, *job.nice_to_have_skills)
    return work_evidence(job.title, job_text(job), skills)
