# Resumes are written with typographic dashes and quotes; these strings keep them as written.
# ruff: noqa: RUF001

from datetime import date

import pytest

from app.resumes.parsed import Experience
from app.resumes.parsing.certifications import parse_certifications
from app.resumes.parsing.contact import find_links, find_name, find_phone
from app.resumes.parsing.dates import find_date_range, normalize_date
from app.resumes.parsing.education import find_degree, parse_education
from app.resumes.parsing.experience import parse_experience
from app.resumes.parsing.parser import parse_resume_text
from app.resumes.parsing.roles import title_and_company
from app.resumes.parsing.sections import parse_heading, split_sections
from app.resumes.parsing.years import total_years

TODAY = date(2025, 6, 15)

# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan 2019 – Present", "2019-01", None),
        ("January 2019 - Current", "2019-01", None),
        ("2016-2019", "2016", "2019"),
        ("2016 – 2019", "2016", "2019"),
        ("03/2020 - 06/2022", "2020-03", "2022-06"),
        ("2020.03 – 2022.06", "2020-03", "2022-06"),
        ("Mar. 2021 to Now", "2021-03", None),
        ("Sept 2018 — Feb. 2021", "2018-09", "2021-02"),
        ("2020-03 – 2022-06", "2020-03", "2022-06"),
        ("Jun – Aug 2019", "2019-06", "2019-08"),
        ("Since 2019", "2019", None),
        ("2019 to date", "2019", None),
        ("Acme Corp, Senior Engineer (Feb 2017 – Mar 2019)", "2017-02", "2019-03"),
        # as Indian and Gulf CVs write them
        ("Sep 2009 to till date", "2009-09", None),
        ("Aug 2016 – Till Date", "2016-08", None),
        ("Jan 2017 - Till now", "2017-01", None),
        ("Dec’13 – Aug’16", "2013-12", "2016-08"),
        ("Jun'10 - Dec'13", "2010-06", "2013-12"),
        ("July-09 to Nov-2012", "2009-07", "2012-11"),
        ("June’ 2016 to June’ 2017", "2016-06", "2017-06"),
        ("MAY-2004- MAY2012", "2004-05", "2012-05"),
        ("From 09/05/2015 to till date", "2015-05", None),
        ("12/25/2019 - 01/05/2020", "2019-12", "2020-05"),
        ("01-March-2015 to 23-Jan-2016", "2015-03", "2016-01"),
        ("5th June 2015 - 3rd March 2017", "2015-06", "2017-03"),
        ("From Oct 2014to Dec2016", "2014-10", "2016-12"),
    ],
)
def test_date_ranges_in_common_forms(text, start, end):
    found = find_date_range(text)

    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["Call 415-555-0134", "Grew revenue 20-30%", "May 2015", ""])
def test_text_without_a_range(text):
    assert find_date_range(text) is None


def test_the_range_span_lets_callers_cut_it_out():
    line = "Senior Engineer — Acme   Jan 2021 – Present"
    found = find_date_range(line)

    assert found is not None
    assert line[found.span[0] : found.span[1]] == "Jan 2021 – Present"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Mar. 2021", "2021-03"), ("3/2020", "2020-03"), ("2016", "2016"), ("Oct’98", "1998-10")],
)
def test_single_dates_normalize(text, expected):
    assert normalize_date(text) == expected


# --- sections -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("WORK EXPERIENCE", "experience"),
        ("Professional Experience:", "experience"),
        ("Employment History", "experience"),
        ("Work History", "experience"),
        ("E X P E R I E N C E", "experience"),
        ("Summary", "summary"),
        ("PROFILE", "summary"),
        ("Education", "education"),
        ("Technical Skills", "skills"),
        ("## Skills & Tools ##", "skills"),
        ("Core Competencies", "skills"),
        ("Certifications", "certifications"),
        ("Licenses & Certifications", "certifications"),
        ("Projects", "projects"),
        ("Volunteer Experience", "volunteer"),
        # as Indian and Gulf CVs write them: misspelt, by place, padded out to the margin
        ("WORK EXPERIANCE :", "experience"),
        ("UAE Working Experience:", "experience"),
        ("Job Experience", "experience"),
        ("WORK EXPERIENCE" + " " * 60 + ":", "experience"),
        ("EDUCATIONAL QUALIFICATION:", "education"),
        ("Academic Qualifications", "education"),
        ("Technical Qualification", "certifications"),
        ("Carrier Objective", "summary"),
        ("Languages Known", "languages"),
        ("Personal Dossier", "contact"),
        ("DECLARATION", "declaration"),
        ("STRENGTH", "skills"),
        ("Interpersonal Skill", "skills"),
        ("Organizational Experience", "experience"),
        ("Summer Internship", "experience"),
        ("Scholastics", "education"),
        ("Professional Synopsis", "summary"),
        ("Referees", "references"),
        ("Industrial Visits", "courses"),
    ],
)
def test_headings_are_recognized_whatever_their_case_and_decoration(line, kind):
    heading = parse_heading(line)
    assert heading is not None and heading[0] == kind


@pytest.mark.parametrize(
    "line", ["Senior Engineer", "Led the experience redesign", "Tools: Figma", "Skills matter"]
)
def test_ordinary_lines_are_not_headings(line):
    assert parse_heading(line) is None


def test_sections_split_with_inline_content_and_repeated_kinds():
    sections = split_sections(
        [
            "Jane Doe",
            "jane@example.com",
            "Skills: Python, SQL",
            "Languages: Go, Rust",
            "EXPERIENCE",
            "Engineer — Acme",
            "Internships",
            "Intern — Globex",
        ]
    )

    assert sections.header == ["Jane Doe", "jane@example.com"]
    assert [section.title for section in sections.sections] == [
        "Skills",
        "Experience",
        "Internships",
    ]
    # "Languages:" inside a skills section labels a group of skills; it is not a new section.
    assert sections.lines("skills") == ["Python, SQL", "Languages: Go, Rust"]
    assert sections.lines("experience") == ["Engineer — Acme", "Intern — Globex"]


# --- contact ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("+1 (415) 555-0134", "+1 (415) 555-0134"),
        ("Tel: 415.555.0134 | jane@example.com", "415.555.0134"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("+91 98765 43210", "+91 98765 43210"),
        ("(312) 555-0166", "(312) 555-0166"),
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("jane@example.com | +44 7700 900123", "+44 7700 900123"),
        ("+49 30 123456", "+49 30 123456"),
        ("Phone: 0412 345 678", "0412 345 678"),
        ("2016 2017 2018 2019", None),
        ("Jan 2019 – Dec 2020", None),
    ],
)
def test_phone_numbers_in_international_and_us_forms(line, phone):
    assert find_phone([line]) == phone


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["JANE A. DOE", "jane@example.com"], "Jane A. Doe"),
        (["Maria Lopez, RN, BSN"], "Maria Lopez"),
        (["Resume", "Tom Baker | Mathematics Teacher"], "Tom Baker"),
        (["jane@example.com", "Anne-Marie D’Souza"], "Anne-Marie D’Souza"),
        (["Lena Müller, Ph.D."], "Lena Müller"),
        (["Summary", "Experience"], None),
    ],
)
def test_the_name_is_the_first_line_that_reads_as_a_name(lines, name):
    assert find_name(lines) == name


def test_links_are_recognized_and_made_absolute():
    line = "linkedin.com/in/jane-doe | https://github.com/jdoe | janedoe.dev | jane.dev@gmail.com"

    links = find_links([line], [line])

    assert links.linkedin == "https://linkedin.com/in/jane-doe"
    assert links.github == "https://github.com/jdoe"
    assert links.portfolio == "https://janedoe.dev"


# --- education ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("B.S. in Computer Science", "Bachelor", "Computer Science"),
        ("BSc Physics", "Bachelor", "Physics"),
        ("Bachelor of Science in Nursing (BSN)", "Bachelor", "Nursing"),
        ("BSN, Ohio State University", "Bachelor", None),
        ("BA, Economics", "Bachelor", "Economics"),
        ("MBA", "Master", None),
        ("M.Sc. Statistics", "Master", "Statistics"),
        ("MSN, Family Nurse Practitioner", "Master", "Family Nurse Practitioner"),
        ("Master's degree in Education", "Master", "Education"),
        ("MS Data Science", "Master", "Data Science"),
        ("Ph.D. Physics", "PhD", "Physics"),
        ("Doctor of Education (Ed.D.)", "PhD", "Education"),
        ("A.A.S. Accounting Technology", "Associate", "Accounting Technology"),
        ("Associate of Arts", "Associate", None),
    ],
)
def test_degree_levels(line, level, field):
    degree = find_degree(line)

    assert degree is not None
    assert (degree.level, degree.field) == (level, field)


@pytest.mark.parametrize("line", ["Boston, MA", "Sales Associate", "Certified ScrumMaster"])
def test_words_that_only_look_like_degrees(line):
    assert find_degree(line) is None


def test_education_entries_in_either_order():
    entries = parse_education(
        [
            "Stanford University",
            "M.S. Computer Science",
            "2014 – 2016",
            "UC Berkeley College of Engineering",
            "B.S. EECS, 2014",
        ]
    )

    assert [(e.level, e.institution, e.year) for e in entries] == [
        ("Master", "Stanford University", 2016),
        ("Bachelor", "UC Berkeley College of Engineering", 2014),
    ]


def test_a_school_without_school_words_is_found_by_elimination():
    entries = parse_education(
        [
            "Master of Science in Cybersecurity, 2017",
            "Georgia Tech",
            "GPA 3.9, Dean's List",
            "B.Eng. Software Engineering, McGill University (Expected May 2016)",
        ]
    )

    assert [(e.field, e.institution, e.year) for e in entries] == [
        ("Cybersecurity", "Georgia Tech", 2017),
        ("Software Engineering", "McGill University", 2016),
    ]


# --- experience ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["Senior Engineer — Acme Corp    Jan 2020 – Present", "• Built the API"],
        ["Senior Engineer at Acme Corp", "Jan 2020 – Present", "• Built the API"],
        ["Acme Corp | Senior Engineer", "Jan 2020 – Present", "• Built the API"],
        ["Senior Engineer", "Acme Corp, Austin, TX", "Jan 2020 – Present", "• Built the API"],
        ["Jan 2020 – Present", "Senior Engineer, Acme Corp", "• Built the API"],
        ["Acme Corp    Remote", "Senior Engineer    Jan 2020 – Present", "• Built the API"],
    ],
    ids=["dash", "at", "company-pipe-title", "separate-lines", "date-first", "company-above"],
)
def test_job_header_layouts(lines):
    [job] = parse_experience(lines)

    assert (job.title, job.company, job.start, job.end) == (
        "Senior Engineer",
        "Acme Corp",
        "2020-01",
        None,
    )
    assert job.highlights == ["Built the API"]


def test_wrapped_bullets_are_joined_and_jobs_split_at_the_next_header():
    jobs = parse_experience(
        [
            "Engineer — Acme Corp    2020 – Present",
            "• Moved billing to Kafka, cutting invoice",
            "latency by 40%.",
            "• Led three engineers.",
            "Analyst — Globex Inc.    2017 – 2020",
            "• Built dashboards.",
        ]
    )

    assert [job.company for job in jobs] == ["Acme Corp", "Globex Inc."]
    assert jobs[0].highlights == [
        "Moved billing to Kafka, cutting invoice latency by 40%.",
        "Led three engineers.",
    ]


def test_roles_listed_under_one_company_share_it():
    jobs = parse_experience(
        [
            "Kite Commerce",
            "Product Manager    2019 – 2021",
            "• Launched checkout.",
            "Associate Product Manager    2017 – 2019",
            "• Wrote SQL dashboards.",
        ]
    )

    assert [(job.title, job.company) for job in jobs] == [
        ("Product Manager", "Kite Commerce"),
        ("Associate Product Manager", "Kite Commerce"),
    ]


def test_jobs_without_dates_are_found_by_their_bullets():
    jobs = parse_experience(["Barista — Blue Bottle Coffee", "• Served 300 customers a day."])

    assert [(job.title, job.company, job.start) for job in jobs] == [
        ("Barista", "Blue Bottle Coffee", None)
    ]


@pytest.mark.parametrize(
    ("fragments", "title", "company"),
    [
        (["Software Engineer, Globex"], "Software Engineer", "Globex"),
        (["Zenith Software", "Support Engineer"], "Support Engineer", "Zenith Software"),
        (["Financial Analyst", "Acme Financial"], "Financial Analyst", "Acme Financial"),
        (["Best Buy", "Sales Associate"], "Sales Associate", "Best Buy"),
        (
            ["Max Planck Institute for Intelligent Systems", "Postdoc Fellow"],
            "Postdoc Fellow",
            "Max Planck Institute for Intelligent Systems",
        ),
        (["Acme Corp"], None, "Acme Corp"),
        # Alone and neutral, a fragment is more often a title ("Barista  2018 - 2019").
        (["Barista"], "Barista", None),
    ],
)
def test_title_and_company_are_told_apart_by_their_words(fragments, title, company):
    assert title_and_company(fragments) == (title, company)


# --- years of experience ------------------------------------------------------------------------


def _job(start: str | None, end: str | None) -> Experience:
    return Experience(title="Engineer", start=start, end=end)


@pytest.mark.parametrize(
    ("jobs", "years"),
    [
        ([_job("2020-01", "2020-12")], 1.0),
        ([_job("2016", "2019")], 3.0),
        ([_job("2024-01", None)], 1.5),
        # Overlapping jobs count once: 2018-01..2021-12 plus 2020-01..2022-12 is 5 years.
        ([_job("2018-01", "2021-12"), _job("2020-01", "2022-12")], 5.0),
        ([_job("2019-01", "2019-12"), _job("2019-03", "2019-06")], 1.0),
        ([_job("2015-01", "2015-12"), _job("2018-01", "2018-12")], 2.0),
        ([_job("2019", "2019")], 0.5),
        ([_job(None, None), _job("2030-01", None)], 0.0),
    ],
)
def test_total_years_count_overlapping_jobs_once(jobs, years):
    assert total_years(jobs, today=TODAY) == years


def test_present_is_measured_from_the_given_day():
    jobs = [_job("2020-01", None)]

    assert total_years(jobs, today=date(2021, 12, 1)) == 2.0
    assert total_years(jobs, today=date(2022, 12, 1)) == 3.0


# --- whole text ----------------------------------------------------------------------------------


def test_web_addresses_are_not_read_as_skills():
    parsed = parse_resume_text(
        "Jane Doe\nhttps://janedoe.dev | github.com/janedoe | jane@gmail.com\nSkills\nPython"
    )

    assert [skill.name for skill in parsed.skills] == ["Python"]


# --- certifications -----------------------------------------------------------------------------


def test_certifications_without_their_dates_and_split_lists():
    names = parse_certifications(
        [
            "• AWS Certified Solutions Architect – Associate (2021)",
            "Certified Public Accountant (CPA), State of Illinois, 2015",
            "CPR, BLS, ACLS",
            "PMP; ITIL 4 Foundation (exp. 2026)",
        ]
    )

    assert names == [
        "AWS Certified Solutions Architect – Associate",
        "Certified Public Accountant (CPA), State of Illinois",
        "CPR",
        "BLS",
        "ACLS",
        "PMP",
        "ITIL 4 Foundation",
    ]
