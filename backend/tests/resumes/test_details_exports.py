"""Resumes exported as "Skills * … / Education Details / Skill Details / Company Details"
with "company - …" and "description - …" lines (the text several resume databases keep): the
headings are headings, not skills or a name; each company is a job whose description is what
was done, titled by a "<title> - <company>" line when the resume has one; a degree run into
its school's name ("B.E Computer Engineering Pune University") keeps its level."""

from app.resumes.parsing.parser import parse_resume_text
from tests.factories import signed_in_candidate, upload_resume_file

DATA_SCIENTIST = """Skills * Programming Languages: Python (pandas, numpy, scikit-learn), SQL \
* Tools: Tableau, Git
Education Details
January 2014 to January 2018 B.E Computer Engineering Pune University
Data Scientist

Data Scientist - Brightwave Analytics
Skill Details
Python- Exprience - 24 months
SQL- Exprience - 24 months
Tableau- Exprience - Less than 1 year months
Company Details
company - Brightwave Analytics
description - Built churn models in Python and scikit-learn for a telecom client, and
Tableau dashboards that the account managers read every week.
company - Northwind Retail
description - Wrote SQL reports on store sales.
"""

NURSE = """Skills: Patient assessment, Medication administration, Wound care, IV therapy
Education Details
2014 BSc Nursing, Lakeside University
Company Details
company - St Mary's Hospital
description - Assessed and monitored patients on a 28-bed surgical ward and dressed wounds.
"""

HEADINGS = {"Skills", "Education Details", "Skill Details", "Company Details"}


def test_headings_are_sections_not_skills_or_a_name():
    parsed = parse_resume_text(DATA_SCIENTIST)
    skills = {skill.name for skill in parsed.skills}
    assert parsed.sections == ["Skills", "Education Details", "Skill Details", "Company Details"]
    assert parsed.name is None
    assert not skills & HEADINGS
    assert {"Python", "SQL", "pandas", "numpy", "scikit-learn", "Tableau", "Git"} <= skills
    assert not any(" * " in name or name.startswith(("company", "Tools")) for name in skills)


def test_each_company_is_a_job_titled_where_the_resume_names_its_title():
    parsed = parse_resume_text(DATA_SCIENTIST)
    jobs = [(job.title, job.company) for job in parsed.experience]
    assert jobs == [("Data Scientist", "Brightwave Analytics"), (None, "Northwind Retail")]
    assert parsed.experience[0].highlights == [
        "Built churn models in Python and scikit-learn for a telecom client, and Tableau "
        "dashboards that the account managers read every week."
    ]
    assert parsed.experience[1].highlights == ["Wrote SQL reports on store sales."]


def test_a_degree_run_into_its_school_keeps_its_level():
    parsed = parse_resume_text(DATA_SCIENTIST)
    assert parsed.highest_degree == "Bachelor"
    assert parsed.education[0].degree == "B.E"


async def test_an_uploaded_export_shows_its_jobs_and_no_headings_as_skills(client):
    me = await signed_in_candidate(client)
    response = await upload_resume_file(client, me, NURSE.encode(), "nurse.txt")
    parsed = response.json()["parsed"]
    assert [job["company"] for job in parsed["experience"]] == ["St Mary's Hospital"]
    assert parsed["highest_degree"] == "Bachelor"
    skills = {skill["name"] for skill in parsed["skills"]}
    assert "Wound care" in skills
    assert not skills & HEADINGS
