"""Jobs written as labelled fields that name only some of a job (issue 10): a "Designation:"
under the employer's own line, an "Organization:" under the title's line, LiveCareer's
"Company Name : City , State" under "Accountant , 10/2014 : Current". Before, a block needed both
a labelled title and a labelled employer, and such CVs showed no job (13 of the CV dev set's
494 with no job now read theirs). Only an Experience section whose jobs read no other way is
read so."""

from app.resumes.parsing.labelled_jobs import labelled_jobs
from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

PROJECT_ENGINEER_CV = """SURESH KUMAR
Email: suresh.kumar@example.com
PROFESSIONAL EXPERIENCE
SkillTech Engineers and Contractors Pvt. Ltd., Mysore (Present)
Website - http://skilltech.example.com/
Designation: Project Engineer
Duration: 2 Years 7 months
Responsibilities: Site surveys, estimates of materials and bills to the Electricity Board.
EDUCATION
B.E. Electrical and Electronics Engineering, 2015
"""


def test_a_designation_under_its_employers_line_is_a_job_at_that_employer():
    [job] = parse_resume_text(PROJECT_ENGINEER_CV).experience

    assert (job.title, job.company) == (
        "Project Engineer", "SkillTech Engineers and Contractors Pvt. Ltd.",
    )  # fmt: skip
    assert job.highlights == [
        "Site surveys, estimates of materials and bills to the Electricity Board."
    ]


def test_an_employer_under_its_titles_line_and_a_templates_place_are_read_as_written():
    lines = [
        "Accountant , 10/2014 : Current",
        "Company Name : City , State",
        "Reconciled the fixed assets ledger every month.",
        "Senior Staff Accountant , 01/2011 : 09/2014",
        "Company Name : City , State",
    ]

    jobs = labelled_jobs(lines, lone_fields=True)

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Accountant", None, "2014-10", None),
        ("Senior Staff Accountant", None, "2011-01", "2014-09"),
    ]
    assert jobs[0].highlights == ["Reconciled the fixed assets ledger every month."]


def test_lone_fields_are_not_read_where_labelled_jobs_need_both():
    lines = ["Acme Foods Pvt Ltd", "Designation: Sales Officer", "Period: 2015 - 2017"]

    assert labelled_jobs(lines) == []
    [job] = labelled_jobs(lines, lone_fields=True)
    assert (job.title, job.company, job.start, job.end) == (
        "Sales Officer", "Acme Foods Pvt Ltd", "2015", "2017",
    )  # fmt: skip


async def test_an_uploaded_cv_with_a_designation_block_shows_its_job(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, PROJECT_ENGINEER_CV.encode(), "suresh.txt")

    [job] = response.json()["parsed"]["experience"]
    assert (job["title"], job["company"]) == (
        "Project Engineer", "SkillTech Engineers and Contractors Pvt. Ltd.",
    )  # fmt: skip


def test_sentence_jobs_and_lone_labelled_blocks_are_read_together_in_written_order():
    cv = """KARTHIK RAJAN
PROFESSIONAL EXPERIENCE
 Working as a SITE ENGINEER in IG3 INFRA LTD,Chennai.
 Responsible for structural works and contractor bills.
SkillTech Engineers and Contractors Pvt. Ltd., Mysore
Designation: Project Engineer
Duration: 2 Years 7 months
"""
    jobs = parse_resume_text(cv).experience

    assert [(job.title, job.company) for job in jobs] == [
        ("SITE ENGINEER", "IG3 INFRA LTD"),
        ("Project Engineer", "SkillTech Engineers and Contractors Pvt. Ltd."),
    ]
