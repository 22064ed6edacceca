"""Resumes whose line breaks were lost (a flattened PDF, a copy-paste): one long line of text."""

from datetime import date

from app.resumes.parsing.flat_text import is_flat, split_flat_sections, split_jobs
from app.resumes.parsing.parser import parse_resume_text

TODAY = date(2025, 6, 15)

FLAT = (
    "Asha Verma Cloud Security Engineer Chennai Tamil Nadu Cloud security professional with "
    "three years of progressive experience in cloud computing and designing proactive solutions "
    "for identity and access management Work Experience Cloud Security Engineer Teccorps Ltd  "
    "Chennai Tamil Nadu October 2018 to Present Performed risk analyses to identify security "
    "countermeasures Encrypted data and erected firewalls to protect confidential information "
    "Database Tower Backup Lead Tata Consultancy Services November 2015 to September 2018 "
    "Managed backups for a team of twelve Education Bachelor of Technology in Computer Science "
    "Anna University 2015 Higher Secondary Kendriya Vidyalaya 2011 Skills  IT Skills  HTML  CSS  "
    "SQL  Networking Certifications and Licenses AZ-500 Microsoft Azure Security Engineer 2021"
)


def test_flat_resume_yields_its_jobs_with_title_company_and_dates() -> None:
    parsed = parse_resume_text(FLAT, today=TODAY)

    jobs = [(job.title, job.company, job.start, job.end) for job in parsed.experience]
    assert jobs == [
        ("Cloud Security Engineer", "Teccorps Ltd", "2018-10", None),
        ("Database Tower Backup Lead", "Tata Consultancy Services", "2015-11", "2018-09"),
    ]
    assert parsed.experience[0].highlights[0].startswith("Performed risk analyses")
    assert parsed.years_experience is not None and parsed.years_experience > 9


def test_flat_resume_yields_its_sections_degree_and_summary() -> None:
    parsed = parse_resume_text(FLAT, today=TODAY)

    assert parsed.sections == [
        "Work Experience",
        "Education",
        "Skills",
        "Certifications and Licenses",
    ]
    assert parsed.highest_degree == "Bachelor"
    assert parsed.summary is not None and "Cloud security professional" in parsed.summary
    assert {"HTML", "CSS", "SQL"} <= {skill.name for skill in parsed.skills}


def test_prose_words_are_not_headings() -> None:
    sections = split_flat_sections([FLAT])

    # "experience in cloud computing" is lowercase prose; "IT Skills" sits inside Skills.
    assert [section.kind for section in sections.sections] == [
        "experience",
        "education",
        "skills",
        "certifications",
    ]
    assert sections.header[0].endswith("identity and access management")


def test_a_title_is_told_from_the_previous_jobs_description() -> None:
    lines = split_jobs(
        "Network Engineer Infosys  Pune Maharashtra 2019 to Present Configured routers and "
        "switches for branch offices and firewalls Senior Software Engineer in Test Druva "
        "Software P LTD March 2016 to May 2019 Automated REST API tests"
    )

    assert lines == [
        "Network Engineer | Infosys | 2019 to Present",
        "Configured routers and switches for branch offices and firewalls",
        "Senior Software Engineer in Test | Druva Software P LTD | March 2016 to May 2019",
        "Automated REST API tests",
    ]


def test_dates_without_a_title_before_them_stay_in_the_description() -> None:
    lines = split_jobs(
        "Database Administrator Optus infotech pvt ltd May 2018 to Present Worked on the billing "
        "project during the migration January 2019 to March 2019 and on backups"
    )

    assert lines[0] == "Database Administrator | Optus infotech pvt ltd | May 2018 to Present"
    assert len(lines) == 2


def test_an_undated_job_still_has_its_title() -> None:
    text = (
        "Bengaluru Karnataka Database professional with six years of clinical data management "
        "looking for roles in data engineering and analytics "
        "Work Experience Database Analyst Beckman coulter Education Bachelors degree in "
        "Engineering Skills  PLSQL  XML"
    )

    parsed = parse_resume_text(text, today=TODAY)

    assert [(job.title, job.company) for job in parsed.experience] == [
        ("Database Analyst", "Beckman coulter")
    ]


def test_resumes_with_line_breaks_are_not_flat() -> None:
    multi_line = ["Asha Verma", "Work Experience", "Engineer, Acme", "2019 - Present"] * 20

    assert not is_flat(multi_line)
    assert not is_flat(["Python, SQL"])
    assert is_flat([FLAT])


def test_a_long_flat_resume_is_read_past_the_line_cap() -> None:
    filler = "Handled tickets for the branch network and kept the routers patched " * 60
    text = (
        f"Summary {filler} Work Experience Network Engineer Natcomp Computers  Delhi Delhi "
        "September 2021 to Present Administered LANs Education Master of Computer Applications "
        "IGNOU 2020"
    )

    parsed = parse_resume_text(text, today=TODAY)

    assert parsed.experience[0].title == "Network Engineer"
    assert parsed.highest_degree == "Master"
