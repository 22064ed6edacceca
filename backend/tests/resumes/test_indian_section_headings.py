"""Section headings as Indian CVs write them head their own sections (issue 10): "EDUCATION
QUALIFICATION", "ACADEMIC RECORDS", "TRAININGS UNDERGONE", "SPECIAL SKILLS", "HOBBY",
"DECLARTION". Before, their lines ran into the section above: a degree table under "ACADEMIC
RECORDS" after the skills listed the university and the school board as skills and lost the
degree's level, and a "FINAL YEAR PROJECT" was read as a job."""

import pytest

from app.resumes.parsing.education import find_degree, parse_education
from app.resumes.parsing.parser import parse_resume_text
from app.resumes.parsing.sections import heading_kind
from tests.factories import signed_in_candidate, upload_resume_file

GRADUATE_CV = """ARUN KUMAR
Email: arun.kumar@example.com
CAREER OBJECTIVE
To obtain a position as a mechanical engineer in a progressive organisation.
TECHNICAL SKILLS
SOFTWARE AutoCAD, SolidWorks, ANSYS
ACADEMIC RECORDS
Qualification University Year Of Passing Aggregate %
B.E in Mechanical Engineering Anna University 2016 65
Higher Secondary State Board 2012 68
FINAL YEAR PROJECT
Design and fabrication of a solar powered grass cutter
TRAININGS UNDERGONE
Two weeks in-plant training at Ashok Leyland, Hosur
HOBBY
Cricket
"""


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("EDUCATION QUALIFICATION", "education"),
        ("Education Qualifications:", "education"),
        ("ACADEMIC RECORDS", "education"),
        ("Academic Record", "education"),
        ("EDUCATION BACKGROUND", "education"),
        ("TECHNICAL EDUCATION", "education"),
        ("SPECIAL SKILLS", "skills"),
        ("PERSONAL QUALITIES", "skills"),
        ("EXTRA QUALIFICATION", "certifications"),
        ("ADDITIONAL CERTIFICATION", "certifications"),
        ("FINAL YEAR PROJECT", "projects"),
        ("Mini Project", "projects"),
        ("TRAININGS UNDERGONE", "courses"),
        ("Training Attended", "courses"),
        ("HOBBY", "interests"),
        ("PERSONAL INTERESTS", "interests"),
        ("DECLARTION", "declaration"),
    ],
)
def test_an_indian_cv_heading_heads_its_section(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", ["PROJECT DETAILS", "JOB RESPONSIBILITIES", "COMPANY PROFILE"])
def test_a_job_s_own_subheading_does_not_end_the_experience(line):
    assert heading_kind(line) is None


def test_a_degree_table_under_academic_records_reads_as_education_not_skills():
    resume = parse_resume_text(GRADUATE_CV)

    assert resume.highest_degree == "Bachelor"
    assert [entry.field for entry in resume.education if entry.field] == ["Mechanical Engineering"]
    skills = {skill.name for skill in resume.skills}
    assert {"AutoCAD", "SolidWorks", "ANSYS"} <= skills
    assert not skills & {"Anna University", "State Board", "Cricket"}
    assert resume.experience == []


async def test_an_uploaded_graduate_cv_shows_its_degree_and_no_school_as_a_skill(client):
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, GRADUATE_CV.encode(), "arun.txt")

    parsed = response.json()["parsed"]
    assert parsed["highest_degree"] == "Bachelor"
    assert "Anna University" not in {skill["name"] for skill in parsed["skills"]}
    assert parsed["experience"] == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.E in Mechanical Engineering Anna University 2016 65", "Mechanical Engineering"),
        ("B.Tech Computer Science Engineering R G College 2015", "Computer Science Engineering"),
        ("B.E Civil Engineering Government Engineering College", "Civil Engineering"),
        ("B.Sc Anna University", None),
    ],
)  # fmt: skip
def test_a_table_row_run_together_gives_the_field_without_the_school(line, field):
    degree = find_degree(line, in_education=True)

    assert degree is not None and degree.field == field


def test_a_degree_table_s_header_row_is_no_school():
    [entry] = parse_education(
        ["Qualification University Year Of Passing Aggregate %",
         "B.E in Mechanical Engineering Anna University 2016 65"]
    )  # fmt: skip

    assert (entry.degree, entry.institution, entry.year) == ("B.E", "Anna University", 2016)
