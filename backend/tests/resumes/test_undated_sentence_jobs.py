"""Jobs an Experience section gives as sentences without dates, or with only the date they
began (issue 10): "Working as a Site Engineer in IG3 Infra Ltd, Chennai.", "Working as an
accountant in Kesarwani Trading Company from September 2014". Before, such a CV showed no job
at all (31 of the 525 CVs of the CV dev set that read no job now read one). An objective
("Looking for a job as an engineer in a growing organisation") and a duty stay no job, and a
CV whose jobs read another way keeps them."""

from app.resumes.parsing.parser import parse_resume_text
from app.resumes.parsing.prose_jobs import prose_jobs
from tests.factories import signed_in_candidate, upload_resume_file

SITE_ENGINEER_CV = """KARTHIK RAJAN
Email: karthik.rajan@example.com
CAREER OBJECTIVE
Looking for a job as an engineer in a growing organisation.
PROFESSIONAL EXPERIENCE
 Working as a SITE ENGINEER in IG3 INFRA LTD,Chennai.
 Responsible for structural works, water proofing and contractor bills.
 1 year worked in Javed Engineering as a Safety Officer.
EDUCATION
B.E. Civil Engineering, Anna University, 2015
"""


def test_undated_sentence_jobs_under_an_experience_heading_are_read():
    jobs = parse_resume_text(SITE_ENGINEER_CV).experience

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("SITE ENGINEER", "IG3 INFRA LTD", None, None),
        ("Safety Officer", "Javed Engineering", None, None),
    ]
    duty = "Responsible for structural works, water proofing and contractor bills."
    assert jobs[0].highlights == [duty]


def test_a_job_still_held_may_give_only_the_date_it_began():
    [job] = prose_jobs(
        ["Working as an accountant in Kesarwani Trading Company from September 2014"]
    )

    assert (job.title, job.company, job.start, job.end) == (
        "accountant", "Kesarwani Trading Company", "2014-09", None,
    )  # fmt: skip


def test_an_undated_sentence_needs_a_title_and_an_employer():
    for sentence in (
        "Looking for a job as an engineer in a growing organisation.",
        "Worked with the sales team as its liaison.",
        "Working as a teacher volunteer for two years teaching Science and English.",
    ):
        assert prose_jobs([sentence], dated=False) == [], sentence


def test_the_title_and_employer_lose_the_dates_and_durations_written_into_them():
    sentences = [
        "From 01-01-2010 working as Sr. Accountant till to date in Krushi Biotech, Hyderabad.",
        "Working as Research Engineer for more than 9 months in Robosapiens Technologies.",
        "Working as Web Developer/Designer (06-2014 to now) in AllSpice Technologies.",
    ]

    jobs = prose_jobs(sentences, dated=False)

    assert [(job.title, job.company) for job in jobs] == [
        ("Sr. Accountant", "Krushi Biotech"),
        ("Research Engineer", "Robosapiens Technologies"),
        ("Web Developer/Designer", "AllSpice Technologies"),
    ]


def test_dated_jobs_read_another_way_are_kept():
    cv = """PRIYA NAIR
EXPERIENCE
Accountant, Vipin Gupta & Co, Dec 2012 - Dec 2013
 Working as a bookkeeper in the accounts team.
"""
    jobs = parse_resume_text(cv).experience

    assert [(job.title, job.company, job.start) for job in jobs] == [
        ("Accountant", "Vipin Gupta & Co", "2012-12")
    ]


async def test_an_uploaded_cv_with_sentence_jobs_shows_them(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, SITE_ENGINEER_CV.encode(), "karthik.txt")

    jobs = response.json()["parsed"]["experience"]
    assert [(job["title"], job["company"]) for job in jobs] == [
        ("SITE ENGINEER", "IG3 INFRA LTD"),
        ("Safety Officer", "Javed Engineering"),
    ]
