"""Kinds of testing a posting asks for, and how a tester's resume meets them (issue 10): "API
testing" is not API design, and "regression and smoke test suites" is regression testing."""

from app.jobs.matching import match_resume_to_job
from app.jobs.parsing import parse_job_description
from app.resumes.parsing.parser import parse_resume_text
from tests.jobs.match_samples import TODAY

QA_POSTING = """QA Engineer
We are in need of QA Engineers.
Requirements:
- Selenium, TestNG and API testing
- Experience with regression testing
"""

QA_RESUME = """Priya Sharma
QA Engineer
priya@example.com

Summary
QA engineer with 4 years of experience testing web applications.

Experience
QA Engineer, Infosys, Pune
Jan 2021 - Present
- Built regression and smoke test suites in Selenium WebDriver and TestNG for a banking portal.
- Wrote API tests with Postman and REST Assured; logged defects in JIRA.

Skills
Selenium, TestNG, Java, Postman, JIRA, SQL, Agile
"""


def test_a_posting_asking_for_api_testing_asks_for_api_testing_not_api_design():
    job = parse_job_description(QA_POSTING)
    assert "API testing" in job.required_skills
    assert "API Design" not in job.required_skills
    assert {"Selenium", "TestNG", "regression testing"} <= set(job.required_skills)


def test_kinds_sharing_their_head_in_a_posting_are_each_asked_for():
    job = parse_job_description(
        "QA Automation Engineer\nRequirements:\n- Automated UI and API test suites\n"
    )
    assert "API testing" in job.required_skills
    assert not {"UI Design", "API Design"} & set(job.required_skills)


def test_one_kind_written_twice_in_two_cases_is_asked_for_once():
    job = parse_job_description(
        "QA Engineer\nRequirements:\n- smoke testing of each build\n"
        "Nice to have:\n- Smoke testing on mobile devices\n"
    )
    assert [skill for skill in job.required_skills if skill.lower() == "smoke testing"] == [
        "smoke testing"
    ]
    assert not [skill for skill in job.nice_to_have_skills if skill.lower() == "smoke testing"]


def test_a_tester_whose_suites_cover_regression_meets_the_regression_testing_asked_for():
    result = match_resume_to_job(
        parse_resume_text(QA_RESUME, today=TODAY), parse_job_description(QA_POSTING)
    )
    assert "regression testing" not in [skill.lower() for skill in result.missing_required]
    assert "api testing" not in [skill.lower() for skill in result.missing_required]
