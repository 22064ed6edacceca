"""Job titles of the trades and professions a header names by their role noun alone ("Rig
Mechanic", "Site Foreman", "Motor Insurance Underwriter", "Quantity Surveyor") are titles, as
"Engineer" and "Technician" already were (issue 10). Before, such a header line read as the
employer or as nothing: a rig mechanic's CV listed its jobs as "Walvis Bay, Namibia" at
"Atlas Offshore Ltd.", and a sentence job "Worked as Motor Insurance underwriter in ..." was
not read at all. A role that also ends firms' names ("Sai Traders") stays a company."""

from app.resumes.parsing.parser import parse_resume_text
from app.resumes.parsing.roles import title_and_company, title_score
from tests.factories import signed_in_candidate, upload_resume_file

RIG_CV = """RAVI MENON
Email: ravi.menon@example.com
CAREER OBJECTIVE
Experienced mechanic on offshore drilling units, seeking a responsible position.
EXPERIENCE
Rig Mechanic
Atlas Offshore Ltd. (Drill Ship)
Walvis Bay, Namibia
February 2016 - June 2017
Maintained top drives, draw works and mud pumps on a dynamically positioned vessel.
Assistant Mechanic
Coastline Energy Ltd (Jack up Rig)
Surat, Gujarat
August 2014 - January 2016
Overhauled diesel engines and hydraulic power units.
EDUCATION
Diploma in Mechanical Engineering, 2014
"""


def test_a_trade_named_by_its_role_noun_is_the_jobs_title():
    jobs = parse_resume_text(RIG_CV).experience

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Rig Mechanic", "Atlas Offshore Ltd. (Drill Ship)", "2016-02", "2017-06"),
        ("Assistant Mechanic", "Coastline Energy Ltd (Jack up Rig)", "2014-08", "2016-01"),
    ]


def test_trade_and_profession_titles_outscore_their_employers():
    for title, company in (
        ("Site Foreman", "Aishwarya Boiler and Systems"),
        ("Quantity Surveyor", "Gulf Contracting LLC"),
        ("Welder", "Seamless Autotech Pvt. Ltd."),
        ("Motor Insurance Underwriter", "Orient Insurance PJSC"),
    ):
        assert title_and_company([company, title]) == (title, company)


def test_a_role_that_ends_firm_names_stays_a_company():
    assert title_score("Sai Traders") <= 0
    fragments = ["Sales Executive", "Sai Traders"]

    assert title_and_company(fragments) == ("Sales Executive", "Sai Traders")


def test_a_sentence_job_with_a_profession_title_is_read():
    cv = """AISHA AL BALUSHI
E-mail: aisha@example.com
Oman Tourism College
Diploma in Hospitality and Tourism   2010-2012
- Worked as Motor Insurance underwriter in Orient Insurance PJSC from Sep-2013 to Jan-2017
"""
    jobs = parse_resume_text(cv).experience

    assert [(job.title, job.company, job.start, job.end) for job in jobs] == [
        ("Motor Insurance underwriter", "Orient Insurance PJSC", "2013-09", "2017-01"),
    ]


async def test_an_uploaded_trade_cv_shows_its_jobs_titles(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, RIG_CV.encode(), "ravi.txt")

    jobs = response.json()["parsed"]["experience"]
    assert [(job["title"], job["start"]) for job in jobs] == [
        ("Rig Mechanic", "2016-02"),
        ("Assistant Mechanic", "2014-08"),
    ]
