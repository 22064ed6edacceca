"""Jobs under the headings Indian and Gulf CVs give them ("EMPLOYMENT DETAILS", "EXPERIENCE
SUMMARY", "Previous Employment", "Field Experience") and in the forms they write them (issue
10): numbered labelled fields ("1.Organisation - X"), "Work period", "May/2012", "ToDate". Before,
such a CV's jobs ran into the section above and none was read, or a column's name
("Designation", "Work Period") was read as the job's title."""

from app.resumes.parsing.dates import find_date_range
from app.resumes.parsing.labelled_jobs import labelled_jobs
from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

CV = """JAYA PRAKASH
E-mail: jaya.p@example.com
CAREER OBJECTIVE:
To contribute to the growth of the company.
EDUCATIONAL QUALIFICATION:
 D.EEE - 2014      88.54 %
VSVN Polytechnic College, Virudhunagar.
EMPLOYMENT DETAILS:
1. Organisation        :  ISS Facility Services India Pvt Ltd, Chennai.
Designation            :  Technician.
Work period            :  8th Sep 2016 to till now
2. Organisation        :  Brilliant Corporate Services Pvt Ltd, Chennai.
Designation            :  Junior Engineer.
Work period            :  26th April 2014 to 21st August 2016.
Experience             :  2 Years and 4 months
Roles and Responsibilities:-
 Maintenance of 160KVA UPS and LT panels.
COMPUTER SKILLS:
MS Office, AutoCAD
"""


def test_jobs_under_employment_details_are_read_with_their_employers_and_dates():
    jobs = parse_resume_text(CV).experience

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Technician", "ISS Facility Services India Pvt Ltd, Chennai", "2016-09", None),
        ("Junior Engineer", "Brilliant Corporate Services Pvt Ltd, Chennai", "2014-04", "2016-08"),
    ]


def test_experience_summary_and_previous_employment_are_experience_sections():
    summary = """ANIL KUMAR
EXPERIENCE SUMMARY
Field Engineer, Voltech Infrastructure Pvt Ltd, Chennai    June 2014 - March 2017
Site Engineer, Larsen & Toubro Ltd, Mumbai    July 2011 - May 2014
SKILLS
AutoCAD
"""
    previous = """ANIL KUMAR
Previous Employment:
Company:  Devegeras Engineering Construction, Chennai
Position Held: Electrical Supervisor
Duration: May/2012 to June/2014
"""
    summary_jobs = parse_resume_text(summary).experience
    [previous_job] = parse_resume_text(previous).experience

    assert [(job.title, job.start) for job in summary_jobs] == [
        ("Field Engineer", "2014-06"),
        ("Site Engineer", "2011-07"),
    ]
    assert (previous_job.title, previous_job.start, previous_job.end) == (
        "Electrical Supervisor", "2012-05", "2014-06",
    )  # fmt: skip


def test_a_columns_name_is_no_job_title():
    cv = """SURESH BABU
EMPLOYMENT RECORD
Work Period: Jan 2015 - Dec 2017
Designation
Organization
Duration
Jan 2015 - Dec 2017
"""
    titles = [job.title for job in parse_resume_text(cv).experience]

    assert not {"Work Period", "Designation", "Organization", "Duration"} & set(titles)


def test_an_experience_note_under_a_job_does_not_start_another_job():
    lines = [
        "Company Name : OM Engineers",
        "Working Period : August 2014 to January 2015",
        "Designation : Quality Control Inspector",
        "Experience : Hands on inspection of machining and fabrication components.",
    ]

    [job] = labelled_jobs(lines)

    assert (job.title, job.company, job.start, job.end) == (
        "Quality Control Inspector", "OM Engineers", "2014-08", "2015-01",
    )  # fmt: skip
    assert job.highlights == ["Hands on inspection of machining and fabrication components."]


def test_dates_written_with_a_slash_after_the_month_or_todate_are_read():
    for text, expected in (
        ("May/2012 to June/2014", ("2012-05", "2014-06")),
        ("Date :April 2011 - ToDate", ("2011-04", None)),
    ):
        found = find_date_range(text)
        assert found is not None and (found.start, found.end) == expected, text


async def test_an_uploaded_cv_with_employment_details_shows_its_jobs(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, CV.encode(), "jaya.txt")

    assert response.status_code == 201, response.text
    jobs = response.json()["parsed"]["experience"]
    assert [(job["title"], job["company"], job["start"]) for job in jobs] == [
        ("Technician", "ISS Facility Services India Pvt Ltd, Chennai", "2016-09"),
        ("Junior Engineer", "Brilliant Corporate Services Pvt Ltd, Chennai", "2014-04"),
    ]
