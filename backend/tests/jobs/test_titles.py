import re

import pytest

from app.jobs.parsing import parse_job_description
from app.jobs.titles import names_a_job, title_case
from app.knowledge.role_nouns import ROLES
from app.knowledge.store import get_knowledge


@pytest.mark.parametrize(
    ("posting", "title"),
    [
        # A labelled line wins wherever it is.
        ("Acme Corp\nPosition: Junior Data Analyst\n\nWe use SQL daily.", "Junior Data Analyst"),
        ("About us\nWe make tools.\nJob title: **HVAC Service Technician**\n", None),
        # A company's name, a heading, listing details are not the title.
        ("Harbor & Pine Engineering Group\nCivil Engineer\n\nDesign roads.", "Civil Engineer"),
        ("Acme Inc.\nSenior Accountant\n\nClose the books.", "Senior Accountant"),
        ("Job Description\nRegistered Nurse\n\nCare for patients.", "Registered Nurse"),
        ("About us\nWe sell bikes.\n\nBike Mechanic\n\nFix bikes.", "Bike Mechanic"),
        ("Detroit, MI\nPosted 3 days ago\nWelder\n\nWeld frames.", "Welder"),
        (
            "Full-time | Remote\n\nSales Development Representative\n",
            "Sales Development Representative",
        ),
        ("Leeds, United Kingdom\nProduct Manager, Growth\n", "Product Manager, Growth"),
        ("Apex Talent | Austin, TX | Full-time\nPlumber\n", "Plumber"),
        ("**Company Overview**\nWe build homes.\n**Site Superintendent**\n", "Site Superintendent"),
        ("# Barista\n\nPull shots.", "Barista"),
        # The employer, a gender mark and what follows it, a place or "Remote" after the role
        # on its line are not part of the title; a unit after a dash is.
        ("Front End Developer - Acme Corp\n\nBuild UIs.", "Front End Developer"),
        ("Senior Data Engineer at Acme\n\nBuild pipelines.", "Senior Data Engineer"),
        ("Data Engineer @ Acme\n\nBuild pipelines.", "Data Engineer"),
        ("Senior Data Engineer \u2013 Remote\n\nBuild pipelines.", "Senior Data Engineer"),
        ("Account Executive - London, UK\n\nSell.", "Account Executive"),
        ("Java Developer (all genders) Acme GmbH\n\nWrite Java.", "Java Developer"),
        ("System Architect for our new Digital Center\n\nDesign.", "System Architect"),
        ("Registered Nurse - Medical-Surgical\n\nCare.", "Registered Nurse - Medical-Surgical"),
        ("Dental Nurse, Edgware, Middlesex, Part Time\n\nCare.", "Dental Nurse"),
        ("Welder, Detroit, MI\n\nWeld frames.", "Welder"),
        (
            "Home Manager for Care Services in Dover, Kent\n\nManage.",
            "Home Manager for Care Services",
        ),
        ("Data Engineer \u2013 Remote, Full-time\n\nBuild pipelines.", "Data Engineer"),
        # Else the role a hiring sentence names.
        (
            "Our client, a leading automotive supplier, is looking for a Mechanical Design "
            "Engineer to join their team.",
            "Mechanical Design Engineer",
        ),
        (
            "We are keen to recruit a temporary warehouse administrator to join us.",
            "Warehouse Administrator",
        ),
        (
            "Due to expansion there is now a vacancy for a Senior Electronics Engineer with SMPS "
            "experience to join a successful engineering company.",
            "Senior Electronics Engineer",
        ),
        (
            "This practice is keen to recruit for an experienced Tour Accountant to work with "
            "the biggest names in music.",
            "Tour Accountant",
        ),
        (
            "A leading subsea company requires a driven and talented Principal Controls "
            "Engineer who will provide technical work.",
            "Principal Controls Engineer",
        ),
        (
            "Our client builds gearboxes in Leeds. As Maintenance Technician, you will keep "
            "the lines running.",
            "Maintenance Technician",
        ),
        (
            "We are looking to appoint experienced CNC Programmers for a client in Cramlington.",
            "CNC Programmers",
        ),
        (
            "Diamond IT is currently recruiting for a Senior Software Developer (ASP.NET).",
            "Senior Software Developer",
        ),
        (
            "Our client requires a number of permanent Payment Support Agents to join them.",
            "Payment Support Agents",
        ),
        ("Our client is seeking to recruit a talented Key Account Manager.", "Key Account Manager"),
        # A posting in one paragraph opens with its title, then its first sentence or a
        # listing detail.
        (
            "Senior Process Engineer We are seeking experienced Process Engineers to join a "
            "design team working on major projects.",
            "Senior Process Engineer",
        ),
        (
            "Field Sales Executive Location: Stoke Our client distributes IT products.",
            "Field Sales Executive",
        ),
        (
            "PROPERTY BUYER / TELESALES \u00a320K TO \u00a325K BASIC. Our client buys homes.",
            "Property Buyer / Telesales",
        ),
        # ... or with the agency's name after it.
        (
            "Senior Care Assistant Kind Hands Recruitment are a care agency in Kent.",
            "Senior Care Assistant",
        ),
        # A "Job title:" label among other header fields, up to the next field or sentence.
        (
            "SPA RESORTS JOB DESCRIPTION JOB TITLE: Commis Chef HOURS: 40 hours per week "
            "RESPONSIBLE TO: Head Chef",
            "Commis Chef",
        ),
        (
            "Job title: Care Support Workers. Pulse Healthcare are looking to recruit carers.",
            "Care Support Workers",
        ),
        # "<Role> required ...".
        (
            "Care Workers required to cover Taplow and the villages around it. We provide care.",
            "Care Workers",
        ),
        # No title at all.
        ("Our client is a leading manufacturer of bearings in the North East of England.", None),
        ("We need an analyst who writes SQL every day and builds Tableau dashboards.", None),
        ("About us\nWe are a family business.\n\nRequirements\n- Python\n- SQL", None),
    ],
)
def test_the_title_stated_in_the_posting(posting, title):
    found = parse_job_description(posting).title
    if title is None and "Job title:" in posting:
        assert found == "HVAC Service Technician"
    else:
        assert found == title


def test_a_posting_run_into_its_title_line_stays_content():
    job = parse_job_description(
        "Frontend Engineer (m/f/d) Acme GmbH Job description: you will build our web app in "
        "React and TypeScript with the team\n\nWe offer a bike."
    )

    assert job.title == "Frontend Engineer"
    assert {"React", "TypeScript"} <= set(job.required_skills)


def test_the_title_line_is_not_content_and_a_requirements_heading_ends_the_search():
    job = parse_job_description("Physical Therapist\n\nRequirements\n- Licensed Physical Therapist")
    assert job.title == "Physical Therapist"
    job = parse_job_description("Requirements\n- Licensed Physical Therapist\n- 2 years")
    assert job.title is None


def test_gender_marks_and_a_trailing_role_word_are_dropped():
    assert parse_job_description("Frontend Developer (m/f/d)\n\nBuild UIs.").title == (
        "Frontend Developer"
    )
    assert parse_job_description("Head of IT (all genders)\n").title == "Head of IT"
    assert parse_job_description("Chef de Partie Role\n\nCook.").title == "Chef de Partie"


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("JOURNEYMAN ELECTRICIAN", "Journeyman Electrician"),
        ("HEAD OF HR", "Head of HR"),
        ("senior data engineer", "Senior Data Engineer"),
        ("iOS engineer", "iOS Engineer"),
        ("Registered Nurse - Medical-Surgical", "Registered Nurse - Medical-Surgical"),
    ],
)
def test_title_case(raw, tidy):
    assert title_case(raw) == tidy


def test_seniority_reads_a_title_found_below_a_company_line():
    job = parse_job_description("Ledgerly Ltd\nSenior Payroll Specialist\n\nRun payroll.")
    assert job.title == "Senior Payroll Specialist"
    assert job.seniority == "senior"


def test_a_long_first_line_is_not_a_title():
    line = "Senior Engineer " * 20
    assert parse_job_description(line + "\n\nRequirements\n- Python").title is None


@pytest.mark.parametrize(
    ("line", "names_one"),
    [
        ("Full Stack Developer", True),
        ("Frontend Engineer (f/m/d)", True),
        ("Head of Data Science", True),
        ("Wound care and medication administration", False),
        ("You will report to the Head of Data Science.", False),
        ("Requirements", False),
    ],
)
def test_a_line_that_only_names_a_job(line, names_one):
    assert names_a_job(line) is names_one


@pytest.mark.parametrize(
    ("posting", "title"),
    [
        # Roles the resume side knew and postings did not: one list now.
        ("Acme Ltd\nSubject Matter Expert\n\nReview course content.", "Subject Matter Expert"),
        ("Brightside Ventures\nCo-Founder\n\nBuild the company.", "Co-Founder"),
        ("Hale Foods\nDelivery Driver\n\nDeliver orders.", "Delivery Driver"),
    ],
)
def test_a_role_a_resume_names_is_a_posting_title_too(posting, title):
    assert parse_job_description(posting).title == title


def test_every_role_word_heads_an_occupation_title_in_the_open_data():
    heads: set[str] = set()
    for occupation in get_knowledge().occupations.occupations:
        for name in (occupation.title, *occupation.alt_titles):
            # "Sales Representatives, Wholesale ...", "manager of a farm": the head comes first.
            head = re.split(r",|\(|\b(?:of|in|for|at|to)\b| - |/", name.lower())[0].split()
            heads.update([" ".join(head[-1:]), " ".join(head[-2:])])

    unheaded = [role for role in ROLES if not any(re.fullmatch(rf"(?:{role})s?", h) for h in heads)]

    assert unheaded == ["internship"]
