"""Postings as they are pasted, from many fields: the title, occupation and seniority read from
them, and that company blurbs, benefits, equal opportunity statements and recruiters' pitches
never count as requirements, skills or years asked for."""

import pytest

from app.jobs.parsing import parse_job_description
from app.jobs.passages import read_passages
from tests.jobs import postings

BOILERPLATE = {
    "mechanical": [
        "recruitment agency with over 35 years",
        "401(k) with match",
        "equal opportunity employer",
        "send your CV",
    ],
    "sales": ["family-owned freight company", "Our company has over 400", "paid time off"],
    "nurse": ["400-bed teaching hospital", "equal employment opportunity", "tuition"],
    "civil": ["Founded 20 years ago", "company car"],
    "electrician": ["in business for 40 years", "paid holidays"],
    "accountant": ["founded in 1982", "Health insurance and 401(k)"],
    "software": ["building accounting software for 12 years"],
}


@pytest.mark.parametrize("name", postings.ALL)
def test_boilerplate_never_reaches_requirements_or_duties(name):
    _, passages = read_passages(postings.ALL[name])
    about_the_job = [passage.text for passage in passages if passage.kind != "other"]
    for phrase in BOILERPLATE[name]:
        assert not any(phrase in text for text in about_the_job), phrase
        assert any(phrase in passage.text for passage in passages), phrase


@pytest.mark.parametrize(
    ("name", "title", "occupation", "seniority", "years"),
    [
        ("mechanical", "Mechanical Design Engineer \u2013 FEA", "Mechanical Engineers", "mid", 3),
        # Wholesale and manufacturing sales representatives, technical products or not.
        ("sales", "Outside Sales Representative", "41-401", "mid", 2),
        ("nurse", "Registered Nurse \u2013 Emergency Department", "Registered Nurses", "junior", 1),
        ("civil", "Civil Engineer II \u2013 Site Development", "Civil Engineers", "mid", 2),
        ("electrician", "Journeyman Electrician", "Electricians", "mid", 4),
        ("accountant", "Staff Accountant", "accountant", "mid", 3),
        ("software", "Senior Backend Engineer", "Web Developers", "senior", 5),
    ],
)
def test_title_occupation_seniority_and_years(name, title, occupation, seniority, years):
    job = parse_job_description(postings.ALL[name])
    assert job.title == title
    assert job.occupation is not None
    assert job.occupation.title == occupation or job.occupation.code.startswith(occupation)
    assert job.seniority == seniority
    assert job.years_required == years


def test_a_recruiters_pitch_gives_neither_skills_nor_years():
    job = parse_job_description(postings.MECHANICAL_AGENCY)
    asked = job.required_skills + job.nice_to_have_skills
    for pitch_skill in ("Communication", "Presentation Skills", "Problem Solving", "Recruiting"):
        assert pitch_skill not in asked
    assert job.years_required == 3  # not the agency's 35
    assert job.occupation is not None
    assert job.occupation.code == "17-2141.00"
    assert job.occupation.source == "onet"
    assert job.occupation.matched_title == "Mechanical Design Engineer"


def test_the_mechanical_postings_requirement_and_duty_sentences_are_what_is_read():
    _, passages = read_passages(postings.MECHANICAL_AGENCY)
    requirements = [p.text for p in passages if p.kind == "requirements"]
    duties = [p.text for p in passages if p.kind == "responsibilities"]
    assert requirements == [
        "Bachelor's degree in Mechanical Engineering",
        "3+ years of experience in finite element analysis",
        "Experience with Abaqus or ANSYS",
        "GD&T and tolerance stack-up analysis",
    ]
    assert duties == [
        "You will run structural and thermal FEA on powertrain components using Abaqus and "
        "ANSYS, and produce 3D models and drawings in SolidWorks."
    ]


def test_company_and_benefit_skills_stay_out_without_headings():
    job = parse_job_description(postings.SALES_NO_HEADINGS)
    assert {"Salesforce", "HubSpot", "B2B Sales", "Negotiation"} <= set(job.required_skills)
    for company_skill in ("Teamwork", "Leadership"):
        assert company_skill not in job.required_skills
    assert job.years_required == 2  # not the company's 50 years
    assert job.responsibilities == [
        "You will manage your pipeline in Salesforce or HubSpot and present proposals to "
        "decision makers."
    ]


def test_a_hospital_blurb_is_not_required_and_flexible_hours_asked_of_nurses_stay():
    job = parse_job_description(postings.NURSE_HOSPITAL)
    for blurb_skill in ("Teamwork", "Leadership", "Compassion"):
        assert blurb_skill not in job.required_skills
    assert {"BLS", "ACLS", "Epic", "Cerner"} <= set(job.required_skills)
    assert job.nice_to_have_skills == ["PALS"]
    _, passages = read_passages(postings.NURSE_HOSPITAL)
    assert any(
        p.kind == "requirements" and p.text.startswith("Must be willing to work flexible hours")
        for p in passages
    )


def test_alternatives_are_groups_of_or_lists_and_stay_required():
    job = parse_job_description(postings.SOFTWARE_ALTERNATIVES)
    assert job.alternative_skills == [
        ["Go", "Java"],
        ["AWS", "Google Cloud", "Azure"],
        ["Python", "Java", "C++"],
        ["PostgreSQL", "MySQL"],
    ]
    for group in job.alternative_skills:
        assert set(group) <= set(job.required_skills)
    # "Docker and Kubernetes", "Python, Django and Celery" ask for all; a nice-to-have "or" is
    # not a requirement.
    flat = {skill for group in job.alternative_skills for skill in group}
    assert not flat & {"Docker", "Kubernetes", "Django", "Celery", "Apache Kafka", "RabbitMQ"}


@pytest.mark.parametrize(
    ("name", "groups"),
    [
        ("sales", [["Salesforce", "HubSpot"]]),
        ("nurse", [["Epic", "Cerner"]]),
        ("accountant", [["QuickBooks", "Xero"]]),
        ("electrician", []),
    ],
)
def test_alternatives_in_other_fields(name, groups):
    assert parse_job_description(postings.ALL[name]).alternative_skills == groups


def test_seniority_follows_the_found_title_when_the_given_one_states_none():
    job = parse_job_description(postings.SOFTWARE_ALTERNATIVES, title="Ledgerly backend role")
    assert job.title == "Ledgerly backend role"
    assert job.seniority == "senior"
    assert job.occupation is not None
    assert job.occupation.title == "Web Developers"  # from the posting's own title


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("3+ years of experience in structural analysis", 3),
        ("Minimum 5 years in a similar role", 5),
        ("At least two years of acute care experience", 2),
        ("We're looking for a welder with 4 years of experience", 4),
        ("We have served the county for 30 years and need a plumber with 5 years in the trade", 5),
        ("Founded 20 years ago, we build bridges", None),
        ("We are a recruitment agency with over 35 years experience in executive search", None),
        ("Serving clients for 50 years", None),
        ("Our company has over 25 years of experience in HVAC", None),
        ("4+ years in business development or partnerships", 4),
        ("Bright Spark has been in business for 40 years", None),
    ],
)
def test_years_come_from_the_candidate_not_the_company(sentence, years):
    assert parse_job_description(f"Plumber\n\n{sentence}.").years_required == years
    assert parse_job_description(f"Requirements:\n- {sentence}").years_required == years


def test_a_posting_in_one_paragraph_is_read_by_its_run_in_headings():
    text = (
        "The Company: Our client is a UK market leader in collaboration software, trusted by "
        "over 500 customers for 20 years. The Role: Our client is seeking to recruit a talented "
        "Key Account Manager to grow enterprise revenue. Main Duties: Run demos in Salesforce "
        "for our client's buyers. Negotiate contracts. Requirements: At least 5 years of B2B "
        "sales experience. Excellent negotiation skills."
    )
    job = parse_job_description(text)
    assert job.title == "Key Account Manager"
    assert job.years_required == 5
    assert {"Salesforce", "Negotiation", "B2B Sales"} <= set(job.required_skills)
    assert job.responsibilities == [
        "Run demos in Salesforce for our client's buyers.",
        "Negotiate contracts.",
    ]


def test_a_care_posting_in_one_paragraph_reads_its_title_and_not_the_agencys_blurb():
    text = (
        "Senior Care Assistant Kind Hands Recruitment are a leading care agency with 25 years "
        "of experience placing carers across Kent. Our client, a family-run residential care "
        "home, is looking for a Senior Care Assistant to lead a team of carers on day shifts. "
        "Duties: Support residents with personal care, medication and activities of daily "
        "living. Requirements: NVQ Level 3 in Health and Social Care and at least 2 years of "
        "experience in a care home. Benefits: 28 days holiday, free parking and a pension. We "
        "are an equal opportunity employer."
    )
    job = parse_job_description(text)
    assert job.title == "Senior Care Assistant"
    assert job.seniority == "senior"
    assert job.years_required == 2  # not the agency's 25
    assert "Activities of Daily Living" in job.required_skills
    assert "Recruiting" not in job.required_skills  # the agency's trade, not the job's
    _, passages = read_passages(text)
    blurb = next(p for p in passages if p.text.startswith("Kind Hands Recruitment"))
    assert blurb.kind == "other"
