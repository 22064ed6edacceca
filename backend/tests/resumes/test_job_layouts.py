# Resumes are written with typographic dashes; these strings keep them as written.
# ruff: noqa: RUF001

"""Job titles, employers and dates in the layouts of Indeed and LinkedIn exports and two-column
templates: the most recent job's title is the candidate's title, never a place, a date, a
company or a sentence."""

import pytest

from app.resumes.parsing.experience import parse_experience
from app.resumes.parsing.parser import parse_resume_text


def _jobs(lines: list[str]) -> list[tuple]:
    return [(job.title, job.company, job.start, job.end) for job in parse_experience(lines)]


# --- Indeed -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "company_line",
    [
        "Infosys Limited -  Hyderabad, Telangana",
        "Infosys Limited - Hyderabad, Telangana -",
        "Infosys Limited -",
    ],
)
def test_indeed_title_company_line_and_dates(company_line):
    lines = ["Senior Systems Engineer", company_line, "January 2016 to Present", "Built things"]

    assert _jobs(lines) == [("Senior Systems Engineer", "Infosys Limited", "2016-01", None)]


def test_indeed_company_line_with_only_a_place_gives_no_company_not_a_place_as_title():
    lines = [
        "Network Engineer",
        "HCL Technologies -  Noida, Uttar Pradesh",
        "September 2018 to Present",
        "Working on BGP, OSPF, VLAN",
        "Network Support Engineer",
        "Noida, Uttar Pradesh -",
        "July 2016 to August 2018",
        "L1 support for the campus network",
    ]

    assert _jobs(lines) == [
        ("Network Engineer", "HCL Technologies", "2018-09", None),
        ("Network Support Engineer", None, "2016-07", "2018-08"),
    ]


def test_indeed_title_and_company_on_one_line():
    lines = [
        "Software Developer - Wipro Technologies",
        "Bengaluru, Karnataka",
        "July 2018 to Present",
    ]

    assert _jobs(lines) == [("Software Developer", "Wipro Technologies", "2018-07", None)]


def test_indeed_jobs_without_dates_are_anchored_on_their_company_line():
    lines = [
        "Assistant Professor",
        "Sri Venkateswara College of Engineering -  Chennai, Tamil Nadu",
        "Handling Data Structures for second year students",
        "Lecturer",
        "Jaya Engineering College -  Tiruvallur, Tamil Nadu",
        "June 2012 to May 2015",
        "Taught Computer Networks",
    ]

    assert _jobs(lines) == [
        ("Assistant Professor", "Sri Venkateswara College of Engineering", None, None),
        ("Lecturer", "Jaya Engineering College", "2012-06", "2015-05"),
    ]


def test_a_projects_duration_inside_a_job_is_not_another_job():
    lines = [
        "Senior Systems Engineer",
        "Infosys Limited -  Hyderabad, Telangana",
        "January 2016 to Present",
        "Project: Core Banking Modernisation",
        "Client: A large UK bank",
        "Duration: March 2017 to Present",
        "Role: Developer",
    ]

    assert _jobs(lines) == [("Senior Systems Engineer", "Infosys Limited", "2016-01", None)]


def test_labelled_jobs_are_read_from_their_labels():
    lines = [
        "Company: Tata Consultancy Services",
        "Designation: Assistant Systems Engineer",
        "Duration: June 2015 to March 2018",
        "Worked on the billing platform.",
    ]

    assert _jobs(lines) == [
        ("Assistant Systems Engineer", "Tata Consultancy Services", "2015-06", "2018-03")
    ]


# --- LinkedIn -----------------------------------------------------------------------------------


def test_linkedin_company_first_several_roles_durations_and_places():
    lines = [
        "Flipkart",
        "5 years 4 months",
        "Staff Engineer",
        "April 2022 - Present (3 years 3 months)",
        "Bengaluru, Karnataka, India",
        "Own the order management platform.",
        "Senior Software Engineer",
        "March 2020 - March 2022 (2 years 1 month)",
        "Bengaluru, Karnataka, India",
        "Cipla",
        "Research Associate",
        "2017 - 2020 (3 years)",
        "Mumbai, Maharashtra, India",
    ]

    jobs = parse_experience(lines)

    assert [(j.title, j.company, j.start, j.end) for j in jobs] == [
        ("Staff Engineer", "Flipkart", "2022-04", None),
        ("Senior Software Engineer", "Flipkart", "2020-03", "2022-03"),
        ("Research Associate", "Cipla", "2017", "2020"),
    ]
    assert jobs[0].highlights == ["Own the order management platform."]


def test_linkedin_company_first_when_words_do_not_tell_title_from_company():
    lines = ["Sun Pharma", "Trainee", "June 2018 - July 2019 (1 year 2 months)", "Vadodara, India"]

    assert _jobs(lines) == [("Trainee", "Sun Pharma", "2018-06", "2019-07")]


def test_linkedin_export_gives_the_name_not_the_sidebar():
    text = (
        "Contact\nwww.linkedin.com/in/jane-doe\n(LinkedIn)\nTop Skills\nApache Kafka\n"
        "Certifications\nCertified Kubernetes\nAdministrator (CKA)\n"
        "Jane Doe\nStaff Engineer at Flipkart\nBengaluru, Karnataka, India\n"
        "Experience\nFlipkart\nStaff Engineer\nApril 2022 - Present (3 years 3 months)\n"
        "Bengaluru, Karnataka, India\nOwn the order platform.\nPage 1 of 2\n"
        "Amazon\nSoftware Development Engineer\nJuly 2016 - March 2022 (5 years 9 months)\n"
        "Hyderabad, Telangana, India\nPage 2 of 2\n"
    )

    parsed = parse_resume_text(text)

    assert parsed.name == "Jane Doe"
    assert parsed.certifications == ["Certified Kubernetes", "Administrator (CKA)"]
    assert [(job.title, job.company, job.highlights) for job in parsed.experience] == [
        ("Staff Engineer", "Flipkart", ["Own the order platform."]),
        ("Software Development Engineer", "Amazon", []),
    ]


# --- two columns read in drawing order -------------------------------------------------------


def test_side_column_lines_between_title_and_company_are_skipped():
    lines = [
        "Negotiation",
        "Senior Account Executive",
        "HubSpot",
        "Brightwave Software | Chicago | 2020 - Present",
        "Forecasting",
        "• Closed $2.4M in new ARR.",
    ]

    assert _jobs(lines) == [("Senior Account Executive", "Brightwave Software", "2020", None)]


def test_jobs_pushed_below_the_next_side_heading_are_still_found():
    text = (
        "YASH KULKARNI\nBackend Developer\nEXPERIENCE\nSKILLS\nBackend Developer\nGo\n"
        "Kite Labs | Pune | 2021 - Present\nPostgreSQL\n• Built the order routing service.\n"
    )

    jobs = parse_resume_text(text).experience

    assert [(job.title, job.company, job.start) for job in jobs] == [
        ("Backend Developer", "Kite Labs", "2021")
    ]


# --- what a title never is ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "title", "company"),
    [
        (["Hyderabad, Telangana -", "June 2017 to Present", "• Built"], None, None),
        (["Registrar, Pediatrics — Mayo Hospital, Lahore    2015 – 2019"], "Registrar, Pediatrics",
         "Mayo Hospital"),
        (["Lead Product Designer", "Farfetch, Lisbon", "Mar 2021 - Present"],
         "Lead Product Designer",
         "Farfetch"),
        (["Acme Corp", "Mar 2021 - Present", "• Built the API"], None, "Acme Corp"),
        (["Senior Engineer", "Acme Corp | Remote | 2019 - 2021 (2 years)"], "Senior Engineer",
         "Acme Corp"),
        (["Led the migration of billing to Kafka and cut costs.", "2019 - 2021"], None, None),
    ],
    ids=["place", "comma-title", "company-city", "company-only", "duration", "sentence"],
)  # fmt: skip
def test_a_title_is_never_a_place_a_date_a_company_or_a_sentence(lines, title, company):
    jobs = parse_experience(lines)

    assert [(job.title, job.company) for job in jobs] == [(title, company)]


def test_job_without_an_experience_heading_under_the_contact_lines():
    text = (
        "DeShawn Williams\nOakland, CA 94612 · (510) 555-0187\n"
        "IT Support Specialist | Kaiser Permanente | Oakland, CA | 2020 – Present\n"
        "• Resolve 40 tickets a day.\n"
        "EDUCATION\nA.S. in Computer Information Systems — Laney College, 2019\n"
    )

    parsed = parse_resume_text(text)

    assert [(job.title, job.company) for job in parsed.experience] == [
        ("IT Support Specialist", "Kaiser Permanente")
    ]
    assert parsed.highest_degree == "Associate"


@pytest.mark.parametrize(
    ("header", "title", "company"),
    [
        ("Registered Nurse, St Anne's Hospital", "Registered Nurse", "St Anne's Hospital"),
        ("Marketing Manager at Acme Corp", "Marketing Manager", "Acme Corp"),
        ("Certified Nursing Assistant | Sunrise Care Home", "Certified Nursing Assistant",
         "Sunrise Care Home"),
        ("Engineering Manager – Google LLC", "Engineering Manager", "Google LLC"),
    ],
)  # fmt: skip
def test_a_title_that_starts_like_a_description_keeps_its_job(header, title, company):
    """ "Registered", "Marketing": a title's first word may end as a verb's does; with its
    employer on the line it still reads as the job, not as a sentence about it."""
    lines = [header, "2018 - Present", "Cared for 30 patients a shift on a surgical ward"]

    assert _jobs(lines)[0][:3] == (title, company, "2018")


def test_a_description_above_the_dates_is_still_not_a_title():
    lines = ["Developed dashboards, reports and alerts", "2018 - Present", "- Built things"]

    assert _jobs(lines)[0][0] is None


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Registered Nurse (ICU)", "Mayo Clinic", "2019 - 2021"], "Registered Nurse (ICU)"),
        (["Software Engineer (Contract) - Acme", "2019 - 2021"], "Software Engineer (Contract)"),
    ],
)
def test_a_bracket_that_ends_a_title_is_kept(lines, title):
    assert _jobs(lines)[0][0] == title
