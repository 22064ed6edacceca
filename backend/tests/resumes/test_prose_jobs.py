# CVs are written with typographic dashes and apostrophes; these strings keep them as written.
# ruff: noqa: RUF001

"""Jobs written as sentences ("Worked as a Teacher in ... from June 2015 to Feb. 2018."), as
many Indian and Gulf CVs write them, are read as jobs (issue 10): the header reader took the
sentence's tail for a title (".", "from") and lost the employer."""

from app.resumes.parsing.parser import parse_resume_text
from app.resumes.parsing.prose_jobs import prose_jobs
from tests.factories import signed_in_candidate, upload_resume_file

CV = """PRIYA NATARAJAN
Email: priya.n@example.com
EXPERIENCE
 Worked as a Teacher in SHRI SWAMY MATRIC HR. SEC. SCHOOL, Salem from June
2015 to Feb. 2018.
 Worked as a Senior Coordinator - Customer Service (Export Documentation) in HAPAG
LLOYD GLOBAL SERVICES, Chennai, from September 2007 to July 2014.
Job Responsibilities:
Handled standardization process for all regions.
EDUCATION
M.Sc Physics, Periyar University, 2006
"""


def test_each_sentence_is_a_job_with_its_title_employer_and_dates():
    jobs = parse_resume_text(CV).experience

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Teacher", "SHRI SWAMY MATRIC HR. SEC. SCHOOL", "2015-06", "2018-02"),
        (
            "Senior Coordinator - Customer Service (Export Documentation)",
            "HAPAG LLOYD GLOBAL SERVICES",
            "2007-09",
            "2014-07",
        ),
    ]
    assert jobs[1].highlights == [
        "Job Responsibilities: Handled standardization process for all regions."
    ]


def test_employer_first_sentences_and_date_led_lines():
    lines = [
        "Presently working with M/s. Eminence Softech Pvt Ltd, Noida as a Technical Associate",
        "since May 2016.",
        "Dec’13 – Aug’16 with Bauer Foundation LLC, Abu Dhabi, UAE as",
        "Electrical Engineer",
        "Worked in OM SAI ELECTRICALS (A Grade Contractors) as a Electrical Supervisor 6 months",
        "on contract basis (From November 2014 to April 2015).",
    ]

    jobs = prose_jobs(lines)

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Technical Associate", "Eminence Softech Pvt Ltd", "2016-05", None),
        ("Electrical Engineer", "Bauer Foundation LLC", "2013-12", "2016-08"),
        ("Electrical Supervisor", "OM SAI ELECTRICALS", "2014-11", "2015-04"),
    ]


def test_a_sentence_without_dates_is_a_duty_not_a_job():
    lines = ["Worked with the sales team as its liaison to the warehouse.", "Kept the stock."]

    assert prose_jobs(lines) == []


def test_a_resume_of_job_headers_keeps_them_over_a_sentence_in_a_bullet():
    resume = """Dana Cole
EXPERIENCE
Senior Accountant, Acme Corp — Jan 2018 – Present
• Closed the books monthly.
Accountant, Birch LLC — Mar 2014 – Dec 2017
• Worked as a liaison at Birch Audit from 2015 to 2016 for the yearly audit.
"""

    jobs = parse_resume_text(resume).experience

    assert [job.title for job in jobs] == ["Senior Accountant", "Accountant"]


def test_a_cv_with_labelled_and_written_jobs_keeps_both_most_recent_first():
    cv = """WORK EXPERIENCE:
 Worked in OM SAI ELECTRICALS as a Electrical Supervisor (From November 2014 to April 2015).
Present Working Details:
Company     : Sathavahana Ispat Limited
Experience  : 1 Year 10 Months (From June 2015 to till Date)
Designation : Electrical Engineer
"""

    jobs = parse_resume_text(cv).experience

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Electrical Engineer", "Sathavahana Ispat Limited", "2015-06", None),
        ("Electrical Supervisor", "OM SAI ELECTRICALS", "2014-11", "2015-04"),
    ]


async def test_an_uploaded_cv_with_written_jobs_shows_them_on_the_profile(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, CV.encode(), "priya.txt")

    parsed = response.json()["parsed"]
    assert next((job["title"], job["company"]) for job in parsed["experience"]) == (
        "Teacher",
        "SHRI SWAMY MATRIC HR. SEC. SCHOOL",
    )
    assert parsed["years_experience"] >= 9


def test_jobs_written_oldest_first_are_listed_most_recent_first():
    cv = """EXPERIENCE
Worked as Trainee Engineer in ECC Construction Group from 2013 to 2014.
Working as Site Engineer in L&T Limited, Chennai since March 2014.
"""

    jobs = parse_resume_text(cv).experience

    assert [(job.title, job.end) for job in jobs] == [
        ("Site Engineer", None),
        ("Trainee Engineer", "2014"),
    ]


def test_a_title_is_not_a_heading_spaced_letters_nor_a_sentence_fragment():
    cv = """EXPERIENCE
Worked with ACE India Private Limited:
(Kochin, India) Dec 2015 – Oct 2016
Designation:  As Technical Sales Engineer.
Key Responsibilities    Jan 2014 – Nov 2015
 Sold chillers to hospitals.
J a nu a r y    2012 – 2013
 Helped at the school office.
"""

    titles = [job.title for job in parse_resume_text(cv).experience]

    assert titles[0] == "Technical Sales Engineer"
    assert not {"Key Responsibilities", "J a nu a r y"} & set(titles)


def test_quoted_titles_and_employers_lose_their_quotes_places_and_departments():
    lines = [
        "Currently working with Prateek Realtors India Pvt. Ltd – (Real Estate Company)",
        "in Accounts & Finance as a “Senior Executive” in Noida, Uttar Pradesh, India",
        "from July 2012 to till date.",
        'Worked with “The Oriental Residency Hotel” in India as a “HK Supervisor" From 10th',
        "Jan 2001 to 5th February 2004.",
    ]

    jobs = prose_jobs(lines)

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Senior Executive", "Prateek Realtors India Pvt. Ltd", "2012-07", None),
        ("HK Supervisor", "The Oriental Residency Hotel", "2001-01", "2004-02"),
    ]
