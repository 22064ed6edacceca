import pytest

from app.jobs.parsing import detect_seniority, parse_job_description, seniority_from_title

MARKDOWN_BACKEND_JD = """\
# Senior Backend Engineer

Acme Pay builds payment infrastructure for small businesses. We're looking for an engineer
with 5+ years of experience to join our platform team.

## What you'll do
- Design and build REST APIs in Python (FastAPI) and Go
- Own our PostgreSQL schema and query performance
- Deploy services to Kubernetes with Terraform
- Mentor junior engineers and lead code reviews

## What we're looking for
* 5+ years of backend development experience (7+ preferred)
* Strong Python and SQL skills
* Experience with Docker and AWS (GCP a plus)
* Excellent communication skills

## Nice to have
* Kafka or RabbitMQ
* Experience with Datadog, Python tooling

## Benefits
* Remote-friendly, 401(k), and 10 years of history with Node and Salesforce.
"""

PLAIN_NURSE_JD = """\
Job Title: Registered Nurse - Medical-Surgical Unit
Location: Springfield General Hospital

About Us
Springfield General is a 300-bed community hospital serving the county since 1952.

RESPONSIBILITIES
1. Perform patient assessments and document care in Epic
2. Administer medications and IV therapy per protocol.
3. Educate patients and families before discharge

QUALIFICATIONS
\u2022 Active RN license
\u2022 BLS and ACLS certification required
\u2022 At least two years of acute care experience
\u2022 Bilingual (Spanish) preferred
"""

COLON_DESIGN_JD = """\
Product Designer (Entry Level)

We're a small team making learning apps for kids, and we use Figma for everything.

In this role, you will:
- Create wireframes and prototypes
- Run usability testing sessions with families
- Work with engineers to ship polished UI

You have:
- 0-2 years designing digital products
- A portfolio that shows your UX process
- Ideally, some experience with motion design or Webflow

Pluses: illustration, accessibility knowledge
"""

BOLD_SALES_JD = """\
**Account Executive, Mid-Market**

Pipewise sells workflow software to trade businesses across North America.

**Key Responsibilities**
\u2022 Run the full sales cycle from discovery to close
\u2022 Deliver product demos and negotiate contracts
\u2022 Keep pipeline and forecasts up to date in Salesforce

**Qualifications**
\u2022 3-5 years of B2B SaaS sales experience, ideally selling to small businesses
\u2022 Experience with Salesforce (HubSpot a plus)
\u2022 Strong negotiation and objection handling skills

**Bonus points**
\u2022 Experience with Gong
\u2022 Familiarity with Salesforce reporting
"""


def test_markdown_jd_sections_are_split():
    job = parse_job_description(MARKDOWN_BACKEND_JD)
    assert job.title == "Senior Backend Engineer"
    assert job.seniority == "senior"
    assert job.years_required == 5
    required = set(job.required_skills)
    assert {
        "Python",
        "FastAPI",
        "Go",
        "PostgreSQL",
        "Kubernetes",
        "SQL",
        "Docker",
        "AWS",
    } <= required
    assert {"Terraform", "Mentoring", "Code Review", "Communication"} <= required
    assert job.nice_to_have_skills == ["Google Cloud", "Apache Kafka", "RabbitMQ", "Datadog"]
    assert job.responsibilities == [
        "Design and build REST APIs in Python (FastAPI) and Go",
        "Own our PostgreSQL schema and query performance",
        "Deploy services to Kubernetes with Terraform",
        "Mentor junior engineers and lead code reviews",
    ]


def test_skills_in_benefits_and_about_sections_are_ignored():
    job = parse_job_description(MARKDOWN_BACKEND_JD)
    everything = job.required_skills + job.nice_to_have_skills
    assert "Node.js" not in everything
    assert "Salesforce" not in everything


def test_a_skill_both_required_and_nice_stays_required_only():
    job = parse_job_description(MARKDOWN_BACKEND_JD)
    assert "Python" in job.required_skills
    assert "Python" not in job.nice_to_have_skills


def test_plain_text_jd_with_caps_headings_and_numbered_bullets():
    job = parse_job_description(PLAIN_NURSE_JD)
    assert job.title == "Registered Nurse - Medical-Surgical Unit"
    assert job.years_required == 2
    assert job.seniority == "mid"
    assert job.required_skills == [
        "RN License",
        "Medical-Surgical Nursing",
        "Patient Assessment",
        "Epic",
        "Medication Administration",
        "IV Therapy",
        "BLS",
        "ACLS",
    ]
    assert job.nice_to_have_skills == ["Bilingual", "Spanish"]
    assert job.responsibilities == [
        "Perform patient assessments and document care in Epic",
        "Administer medications and IV therapy per protocol.",
        "Educate patients and families before discharge",
    ]


def test_colon_headings_inline_pluses_and_ideally():
    job = parse_job_description(COLON_DESIGN_JD)
    assert job.title == "Product Designer (Entry Level)"
    assert job.seniority == "junior"
    assert job.years_required == 0
    assert {"Wireframing", "Prototyping", "Usability Testing", "UI Design", "UX Design"} <= set(
        job.required_skills
    )
    # With a requirements section, the introduction's tools are context, not requirements.
    assert "Figma" not in job.required_skills
    assert job.nice_to_have_skills == ["Motion Design", "Webflow", "Illustration", "Accessibility"]
    assert len(job.responsibilities) == 3


def test_bold_headings_and_clause_level_nice_to_have():
    job = parse_job_description(BOLD_SALES_JD)
    assert job.title == "Account Executive, Mid-Market"
    assert job.years_required == 3
    assert job.seniority == "mid"
    assert {"Salesforce", "SaaS Sales", "Negotiation", "Objection Handling"} <= set(
        job.required_skills
    )
    assert job.nice_to_have_skills == ["HubSpot", "Gong"]
    assert job.responsibilities[0] == "Run the full sales cycle from discovery to close"
    assert len(job.responsibilities) == 3


def test_unstructured_text_counts_everything_but_nice_sentences_as_required():
    job = parse_job_description(
        "We need an analyst who writes SQL every day and builds Tableau dashboards. "
        "Python is a plus."
    )
    assert job.title is None
    assert job.required_skills == ["SQL", "Tableau", "Dashboards"]
    assert job.nice_to_have_skills == ["Python"]
    assert job.responsibilities == []


def test_an_explicit_title_line_wins_over_the_first_line():
    job = parse_job_description("Acme Corp\nPosition: Junior Data Analyst\n\nWe use SQL daily.")
    assert job.title == "Junior Data Analyst"
    assert job.seniority == "junior"


def test_given_title_wins_and_adds_its_skills():
    job = parse_job_description(COLON_DESIGN_JD, title="Senior React Engineer")
    assert job.title == "Senior React Engineer"
    assert job.seniority == "senior"
    assert job.required_skills[0] == "React"


def test_prose_responsibilities_are_split_into_sentences():
    job = parse_job_description(
        "Responsibilities\nYou will own the onboarding flow. You will run weekly user interviews."
        "\n\nRequirements\n- 2+ years with Figma"
    )
    assert job.responsibilities == [
        "You will own the onboarding flow.",
        "You will run weekly user interviews.",
    ]


@pytest.mark.parametrize(
    ("requirement", "years"),
    [
        ("3+ years of experience with Python", 3),
        ("At least five years of professional experience", 5),
        ("3-5 years in a similar role", 3),
        ("3 to 5 years in a similar role", 3),
        ("Minimum of 2 yrs of nursing experience", 2),
        ("Two or more years of teaching", 2),
        ("7+ years overall, including 2+ years with Kubernetes", 7),
        ("A 4-year degree in accounting", None),
        ("A 4 year degree in accounting", None),
        ("Strong Excel skills", None),
    ],
)
def test_years_required(requirement, years):
    job = parse_job_description(f"Requirements:\n- {requirement}\n- SQL")
    assert job.years_required == years


def test_years_in_nice_to_have_or_benefits_do_not_count():
    job = parse_job_description(
        "Requirements:\n- 2+ years of SQL\n- 8+ years of Python is a plus\n\n"
        "Benefits:\n- Our founders have 20 years of experience"
    )
    assert job.years_required == 2


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Senior Data Engineer", "senior"),
        ("Sr. Product Designer", "senior"),
        ("Software Engineer III", "senior"),
        ("Staff Software Engineer", "lead"),
        ("Principal Engineer", "lead"),
        ("Lead Teacher", "lead"),
        ("Head of Product", "lead"),
        ("Director of Nursing", "lead"),
        ("Junior Accountant", "junior"),
        ("Jr. Developer", "junior"),
        ("Entry Level Analyst", "junior"),
        ("Graduate Engineer", "junior"),
        ("Associate Product Manager", "junior"),
        ("Software Engineering Intern", "intern"),
        ("Marketing Internship", "intern"),
        ("Mid-level Designer", "mid"),
        ("Software Engineer II", "mid"),
        ("Staff Accountant", None),
        ("Internal Auditor", None),
        ("Account Executive", None),
    ],
)
def test_seniority_from_title(title, level):
    assert seniority_from_title(title) == level


@pytest.mark.parametrize(
    ("text", "years", "level"),
    [
        ("", 0.0, "junior"),
        ("", 3.0, "mid"),
        ("", 5.0, "senior"),
        ("", 10.0, "lead"),
        ("", None, "mid"),
        ("This is an entry-level role.", 4.0, "junior"),
        ("Our summer internship lasts 12 weeks.", None, "intern"),
    ],
)
def test_seniority_falls_back_to_text_then_years(text, years, level):
    assert detect_seniority("Data Analyst", text, years) == level


def test_a_line_naming_another_job_and_the_hiring_process_ask_for_nothing():
    job = parse_job_description(
        "Mechanical Design Engineer\n"
        "Reporting to:\n"
        "Head of Data Science\n"
        "Skills: SolidWorks, GD&T\n"
        "The ideal candidate has 3+ years of SolidWorks and FEA experience.\n"
        "As part of our hiring process, candidates complete a pre-employment screening and a "
        "Python test.\n"
        "Please include a cover letter and your curriculum vitae."
    )
    assert {"SolidWorks", "GD&T", "Finite Element Analysis"} <= set(job.required_skills)
    assert not {"Data Science", "Python", "Curriculum Design"} & set(job.required_skills)


def test_how_the_recruitment_runs_is_not_a_nursing_requirement():
    job = parse_job_description(
        "Ward Nurse\n"
        "Requirements:\n"
        "- Wound care and medication administration experience\n"
        "The recruitment process is ongoing; if you have any questions about the Excel test, "
        "call Dana."
    )
    assert job.required_skills == ["Wound Care", "Medication Administration"]


@pytest.mark.parametrize(
    ("title", "skill"),
    [(". NET Developer", ".NET"), ("Senior Developer ASPNET", "ASP.NET")],
)
def test_a_title_an_export_stripped_of_its_dots_still_asks_for_its_skill(title, skill):
    job = parse_job_description(f"{title}\nRequirements:\n- Git and SQL\n")
    assert job.required_skills[0] == skill
