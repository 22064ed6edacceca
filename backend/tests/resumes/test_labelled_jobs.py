"""Jobs written as labelled fields ("Company Name :", "Designation :", "Duration :"), as many
Indian and Gulf CVs write them, are read job by job (issue 10): each block's employer, title and
dates stay together, whatever order the fields come in."""

from app.resumes.parsing.labelled_jobs import labelled_jobs
from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

CV = """RAHUL VERMA
Email: rahul.verma@example.com
WORK EXPERIENCE
Company Name : ABC Constructions Pvt Ltd
Designation : Site Engineer.
Duration : June 2015 to March 2018
Responsibilities: Supervised RCC work and checked bar bending schedules.
Kept the daily progress report.
Organization: XYZ Infra Ltd
Position: Junior Engineer
Period: April 2013 - May 2015
EDUCATION
B.E. Civil Engineering, Anna University, 2013
"""


def test_each_labelled_block_is_one_job_with_its_own_employer_and_dates():
    jobs = parse_resume_text(CV).experience

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Site Engineer", "ABC Constructions Pvt Ltd", "2015-06", "2018-03"),
        ("Junior Engineer", "XYZ Infra Ltd", "2013-04", "2015-05"),
    ]
    assert jobs[0].highlights == [
        "Supervised RCC work and checked bar bending schedules.",
        "Kept the daily progress report.",
    ]
    assert parse_resume_text(CV).years_experience == 5.0


def test_fields_in_another_order_still_start_a_new_job_when_one_repeats():
    lines = [
        "Designation: Sales Executive",
        "Employer: Lasa Group LLC",
        "Designation: Sales Coordinator",
        "Employer: Exito HR Solutions",
        "Tenure: 2012 - 2014",
    ]

    jobs = labelled_jobs(lines)

    assert [(job.title, job.company, job.start) for job in jobs] == [
        ("Sales Executive", "Lasa Group LLC", None),
        ("Sales Coordinator", "Exito HR Solutions", "2012"),
    ]


def test_a_lone_labelled_title_or_a_projects_fields_are_no_list_of_jobs():
    assert labelled_jobs(["Role: Team lead for the college fest", "Organised 40 volunteers"]) == []
    assert labelled_jobs(["Position applied for: Civil Engineer"]) == []
    project = ["Project: Core Banking", "Client: A large UK bank", "Duration: 2017 to 2019",
               "Role: Developer", "Responsibilities:", "Wrote COBOL batch programs"]  # fmt: skip
    assert labelled_jobs(project) == []


async def test_an_uploaded_cv_with_labelled_jobs_shows_them_on_the_profile(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, CV.encode(), "rahul.txt")

    jobs = response.json()["parsed"]["experience"]
    assert [(job["title"], job["company"]) for job in jobs] == [
        ("Site Engineer", "ABC Constructions Pvt Ltd"),
        ("Junior Engineer", "XYZ Infra Ltd"),
    ]
