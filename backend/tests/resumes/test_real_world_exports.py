"""Rules found on real Indeed exports: flattened education entries, the word "Education"
outside its heading, "Role:" lines, the headline as the only job, years and role words that
the open data lists as products."""

from datetime import date

import pytest

from app.resumes.parsing.education import find_degree, highest_level, parse_education
from app.resumes.parsing.parser import parse_resume_text

TODAY = date(2025, 6, 15)


def test_one_flattened_line_with_several_degrees_gives_each_degree() -> None:
    line = (
        "Higher Secondary 12th Pass Senior Secondary School Kiratpur Punjab Bachelors degree in "
        "Computer Application Punjabi University Patiala Punjab Masters degree in Computer "
        "Application Lovely Professional University"
    )

    entries = parse_education([line])

    assert [entry.level for entry in entries if entry.level] == ["Bachelor", "Master"]
    assert highest_level(entries) == "Master"


def test_a_short_line_naming_two_degrees_stays_one_entry() -> None:
    entries = parse_education(["BA LLB (Hons.), National Law School"])

    assert [(entry.level, entry.institution) for entry in entries] == [
        ("Bachelor", "National Law School")
    ]


def test_the_education_heading_is_the_one_a_degree_follows() -> None:
    flat = (
        "Kavya Raman Assistant Professor Kovilpatti Tamil Nadu Personal Details Industry "
        "Education  Instruction Total years of experience 6 Work Experience Assistant Professor "
        "National Engineering College  Kovilpatti Tamil Nadu June 2016 to Present Taught thermal "
        "engineering and supervised final year projects for mechanical engineering students "
        "Education Doctorate in Mechanical Engineering Anna University  Chennai Tamil Nadu "
        "January 2021 to Present Masters in Thermal Engineering Government College of Technology "
        "Coimbatore Tamil Nadu August 2014 to May 2016 Skills  Energy Auditing  AutoCAD"
    )

    parsed = parse_resume_text(flat, today=TODAY)

    assert parsed.highest_degree == "PhD"
    assert parsed.experience[0].title == "Assistant Professor"


INDEED_ROLE_LINE = """Sunil Verma
Bengaluru, Karnataka - Email me on Indeed: indeed.com/r/Sunil-Verma/12ab

WORK EXPERIENCE

Wipro Technologies -  Bengaluru, Karnataka

January 2019 to Present

Role: Test Engineer
Tested banking applications with Selenium.

EDUCATION

MCA

Bangalore University
"""


def test_a_role_line_gives_the_title_an_indeed_job_lacks() -> None:
    parsed = parse_resume_text(INDEED_ROLE_LINE, today=TODAY)

    job = parsed.experience[0]
    assert (job.title, job.company, job.start) == ("Test Engineer", "Wipro Technologies", "2019-01")
    assert parsed.highest_degree == "Master"


def test_a_role_line_that_describes_the_work_is_not_a_title() -> None:
    text = INDEED_ROLE_LINE.replace(
        "Role: Test Engineer", "Role: Currently working on a chat-bot for the HR team."
    )

    parsed = parse_resume_text(text, today=TODAY)

    assert parsed.experience[0].title is None
    assert parsed.experience[0].company == "Wipro Technologies"


INDEED_HEADLINE_ONLY = """Rahul Gupta
Java Developer - Cognizant Technology Solutions

Chennai, Tamil Nadu - Email me on Indeed: indeed.com/r/Rahul-Gupta/1a2b3c

To work in a challenging environment.

EDUCATION

B.Tech in Computer Science

SRM University -  Chennai, Tamil Nadu

2012 to 2016
"""


def test_the_indeed_headline_is_the_job_when_there_is_no_work_experience() -> None:
    parsed = parse_resume_text(INDEED_HEADLINE_ONLY, today=TODAY)

    assert [(job.title, job.company) for job in parsed.experience] == [
        ("Java Developer", "Cognizant Technology Solutions")
    ]
    assert parsed.years_experience in (None, 0)


def test_a_place_line_is_never_a_headline_job() -> None:
    text = INDEED_HEADLINE_ONLY.replace(
        "Java Developer - Cognizant Technology Solutions\n", "Hyderabad, Telangana -\n"
    )

    assert parse_resume_text(text, today=TODAY).experience == []


def test_a_year_is_never_a_skill() -> None:
    text = (
        "Jane Doe\nExperience\nSenior Accountant\nAcme Corp\n01/2000 to 01/2013\n"
        "Administered Windows Server 2000 and Active Directory for the finance team.\n"
    )

    names = {skill.name for skill in parse_resume_text(text, today=TODAY).skills}

    assert "Windows Server" in names
    assert not any(name.isdigit() for name in names)


def test_a_role_word_is_not_a_skill() -> None:
    text = (
        "Jane Doe\nExperience\nIT Manager\nAcme Corp\n10/2003 to 05/2010\n"
        "Administrator for the Serena Business Manager system and Windows 2003 servers.\n"
    )

    names = {skill.name for skill in parse_resume_text(text, today=TODAY).skills}

    assert "Administrator" not in names


def test_an_indeed_company_line_without_a_title_line_is_the_company() -> None:
    text = INDEED_ROLE_LINE.replace("Wipro Technologies -", "Mphasis -").replace(
        "Role: Test Engineer", "Role: Currently supporting the mobile banking release."
    )

    job = parse_resume_text(text, today=TODAY).experience[0]

    assert (job.title, job.company) == (None, "Mphasis")


def test_a_school_named_after_a_qualification_is_a_school() -> None:
    entries = parse_education(
        ["12th", "Velammal Matriculation Higher Secondary School -  Chennai, Tamil Nadu", "2014"]
    )

    assert [(entry.degree, entry.institution) for entry in entries] == [
        ("12th", "Velammal Matriculation Higher Secondary School")
    ]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("B.Pharmacy", "Bachelor"),
        ("M.Pharmacy in Pharmacology", "Master"),
        ("GNM", "Associate"),
        ("ANM Nursing", "Associate"),
    ],
)
def test_degrees_as_indian_resumes_also_write_them(line: str, level: str) -> None:
    degree = find_degree(line, in_education=True)

    assert degree is not None and degree.level == level


@pytest.mark.parametrize("line", ["see www.b.com", "MS Office", "bsc"])
def test_lower_case_letters_alone_are_not_degrees(line: str) -> None:
    assert find_degree(line, in_education=True) is None
