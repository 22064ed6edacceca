"""LiveCareer's PDF exports put each part of a job header on a line of its own: the title, a
lone "/", the company, a lone "-", the place, the start date, a lone "-" and the end date."""

import re
from datetime import date

from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

TODAY = date(2026, 1, 1)
DATE_ONLY = re.compile(r"^[\d/.\s-]+$")

DRUPAL_DEVELOPER = """INFORMATION TECHNOLOGY SPECIALIST III (DRUPAL DEV)
Summary
Drupal developer with five years of experience in site building and backend development.
Core Qualifications
• Superior proficiency in high-level Drupal 7 and Drupal 8 Development
• High problem solving and analytical skills
Experience
Information Technology Specialist III (Drupal Dev)
/
Company Name
-
City , State
08/2015
-
Current
• Lead Drupal Developer for the NYSED.GOV redesign project.
• Migrating all data, building and configuring the new site.
Information Technology Specialist II
/
Company Name
-
City , State
09/2013
-
08/2015
• Developed and maintained IT systems written in COBOL, Java and PL/SQL.
Supervisor of Footwear Department
/
Company Name
-
City , State
02/2008
-
12/2009
Education
Bachelor of Science : Computer Science
"""


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    parsed = parse_resume_text(text, today=TODAY)
    return [(job.title, job.company, job.start, job.end) for job in parsed.experience]


def test_each_job_gets_its_title_company_and_dates() -> None:
    assert _jobs(DRUPAL_DEVELOPER) == [
        ("Information Technology Specialist III (Drupal Dev)", "Company Name", "2015-08", None),
        ("Information Technology Specialist II", "Company Name", "2013-09", "2015-08"),
        ("Supervisor of Footwear Department", "Company Name", "2008-02", "2009-12"),
    ]


def test_the_years_of_experience_run_from_the_first_job_to_today() -> None:
    parsed = parse_resume_text(DRUPAL_DEVELOPER, today=TODAY)

    # 2008-02..2009-12 plus 2013-09..today.
    assert 13.5 < parsed.years_experience < 14.5


def test_a_date_never_becomes_a_job_title() -> None:
    titles = [title for title, *_ in _jobs(DRUPAL_DEVELOPER)]

    assert titles and not any(title is None or DATE_ONLY.match(title) for title in titles)


def test_a_start_date_repeated_under_the_range_is_not_a_title() -> None:
    text = """Experience
02/1999 to 02/2001
02/1999
Company Name
Kept track of loans borrowed from foreign banks.
"""
    assert _jobs(text) == [(None, "Company Name", "1999-02", "2001-02")]


def test_a_title_line_above_the_company_and_its_place_on_lines_of_their_own() -> None:
    text = """Work History
Linux System Administrator
Company Name
-
City , State
10/2012
-
01/2014
Manage and troubleshoot Linux servers, network, and application issues.
"""
    assert _jobs(text) == [("Linux System Administrator", "Company Name", "2012-10", "2014-01")]


def test_dates_first_then_company_and_place_then_title() -> None:
    text = """Experience
06/2012
-
11/2015
Company Name : City , State
Public Relations & Development Associate
Managed the day-to-day operations of the Public Relations Office.
06/2010
-
05/2011
Company Name : City , State
Insurance Specialist
Provided administrative support to the agents.
"""
    assert _jobs(text) == [
        ("Public Relations & Development Associate", "Company Name", "2012-06", "2015-11"),
        ("Insurance Specialist", "Company Name", "2010-06", "2011-05"),
    ]


def test_a_dash_between_a_company_and_its_place_is_not_a_job_of_its_own() -> None:
    text = """Experience
11/2012 to 09/2014
HR Executive
Company Name
-
City , State
Developed company personnel policies and employee handbooks.
"""
    assert _jobs(text) == [("HR Executive", "Company Name", "2012-11", "2014-09")]


def test_schools_under_an_education_and_coursework_heading_are_not_jobs() -> None:
    text = """Experience
Receptionist
06/2014 to 10/2014
Company Name
City , State
Greeted clients and booked appointments.
Education and Coursework
2014
High School Diploma
Mount Si High School : City , State
Bellevue College - Eastgate Bellevue, WA
Current Freshman
"""
    resume = parse_resume_text(text, today=TODAY)

    assert [job.title for job in resume.experience] == ["Receptionist"]
    assert [school.degree for school in resume.education][:1] == ["High School Diploma"]


def test_levels_of_mastery_and_version_numbers_are_not_skills() -> None:
    skills = {skill.name for skill in parse_resume_text(DRUPAL_DEVELOPER).skills}

    assert {"Drupal", "problem solving"} <= skills
    assert not skills & {"High", "8 Development", "Superior"}


async def test_an_uploaded_livecareer_resume_shows_its_jobs_and_years(client) -> None:
    me = await signed_in_candidate(client)

    response = await upload_resume_file(
        client, me, DRUPAL_DEVELOPER.encode(), "resume.txt", "text/plain"
    )
    parsed = response.json()["parsed"]
    assert [(job["title"], job["start"], job["end"]) for job in parsed["experience"]] == [
        ("Information Technology Specialist III (Drupal Dev)", "2015-08", None),
        ("Information Technology Specialist II", "2013-09", "2015-08"),
        ("Supervisor of Footwear Department", "2008-02", "2009-12"),
    ]
    assert parsed["experience"][0]["company"] == "Company Name"
    assert parsed["years_experience"] > 10
