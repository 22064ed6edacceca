"""A resume's job titles each count once, by how surely they name a field: "Sales
Representative" reads as six sales occupations of O*NET and "Registered Nurse" as one, and a
nurse whose first job was in sales is still read as a nurse."""

from app.jobs.match_family import resume_families, top_family
from app.jobs.matching import match_resume_to_job
from app.jobs.parsed import MatchResult
from tests.jobs.match_samples import (
    SALES_POSTING,
    SALES_RESUME,
    WARD_NURSE_POSTING,
    posting,
    resume,
)

NURSE_FROM_SALES_RESUME = """Rachel Moss
rachel.moss@example.com

Summary
Ward nurse on a busy surgical unit.

Experience
Registered Nurse
Leeds General Infirmary
Sep 2020 - Present
- Assess and care for 8 surgical patients a shift: observations, wound care and medication
- Plan discharges with the physiotherapists and the patients' families

Sales Representative
Homeware Direct
Jun 2014 - Aug 2017
- Sold kitchenware to independent shops and hit monthly targets

Education
BSc Adult Nursing, University of Leeds, 2020

Skills
Patient assessment, Wound care, Medication administration, Patient care
"""


def occupation_reason(result: MatchResult) -> str:
    return next(part.reason for part in result.parts if part.name == "occupation")


def test_a_title_read_as_many_occupations_does_not_outweigh_one_read_as_one():
    nurse = resume(NURSE_FROM_SALES_RESUME)

    assert top_family(resume_families(nurse)) == "healthcare"


def test_a_nurse_whose_first_job_was_in_sales_is_told_her_work_is_in_healthcare():
    nurse = resume(NURSE_FROM_SALES_RESUME)

    on_ward = match_resume_to_job(nurse, posting(WARD_NURSE_POSTING))
    on_sales = match_resume_to_job(nurse, posting(SALES_POSTING))

    assert "Your jobs and skills are in healthcare, this role's field" in occupation_reason(on_ward)
    assert "mostly in healthcare, this role in sales" in occupation_reason(on_sales)
    salesperson = match_resume_to_job(resume(SALES_RESUME), posting(SALES_POSTING))
    assert salesperson.score > on_sales.score + 30
