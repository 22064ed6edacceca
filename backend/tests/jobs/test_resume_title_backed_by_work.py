"""A resume's job title reads as the occupation its described work and skills back (issue 10):
O*NET files "QA Engineer" under validation, industrial and automotive engineers as well as
software testers, and a tester who built Selenium suites was told "Your title reads as
Validation Engineers"."""

from app.jobs.matching import match_resume_to_job
from tests.jobs.match_samples import posting, resume
from tests.jobs.test_quality_engineer_occupation import SOFTWARE_QUALITY_POSTING
from tests.jobs.test_title_fields_in_context import MACHINE_SHOP_QA_POSTING

SOFTWARE_QA_RESUME = """Priya Sharma
priya.sharma@example.com

Experience
QA Engineer, Infosys, Pune
Jan 2021 - Present
- Built regression and smoke test suites in Selenium WebDriver and TestNG for a banking portal
- Wrote API tests with Postman and REST Assured; logged defects in JIRA
- Ran exploratory testing before each release

Skills
Selenium, TestNG, Java, Postman, JIRA, SQL
"""

MACHINE_SHOP_QA_RESUME = """Tomasz Nowak
tomasz.nowak@example.com

Experience
QA Engineer, Precision Castings Ltd
Mar 2019 - Present
- Ran first article inspection of CNC machined parts on a CMM against GD&T drawings
- Kept the ISO 9001 quality management system and led supplier audits with 8D reports
- Monitored production lines with statistical process control

Skills
CMM, GD&T, SPC, FMEA, PPAP, ISO 9001
"""


def _occupation_reason(text: str, posting_text: str) -> str:
    result = match_resume_to_job(resume(text), posting(posting_text))
    return next(part.reason for part in result.parts if part.name == "occupation")


def test_a_qa_engineer_who_automates_software_tests_reads_as_a_software_tester():
    reason = _occupation_reason(SOFTWARE_QA_RESUME, SOFTWARE_QUALITY_POSTING)

    assert "Software Quality Assurance Analysts and Testers" in reason
    assert "Validation Engineers" not in reason


def test_a_qa_engineer_who_inspects_machined_parts_stays_an_engineer():
    reason = _occupation_reason(MACHINE_SHOP_QA_RESUME, MACHINE_SHOP_QA_POSTING)

    assert "Software Quality Assurance" not in reason


def test_each_qa_engineer_ranks_first_for_the_posting_of_their_own_work():
    software, machine_shop = resume(SOFTWARE_QA_RESUME), resume(MACHINE_SHOP_QA_RESUME)

    for job_text, own, other in (
        (SOFTWARE_QUALITY_POSTING, software, machine_shop),
        (MACHINE_SHOP_QA_POSTING, machine_shop, software),
    ):
        job = posting(job_text)
        assert match_resume_to_job(own, job).score > match_resume_to_job(other, job).score


BANKING_QA_POSTING = """QA Engineer
We are in need of QA Engineers to test our web banking products.
Requirements:
- 3+ years of software testing experience
- Selenium, TestNG and API testing
- Experience with regression testing and test automation
Responsibilities:
- Design and execute test plans
- Report defects in JIRA
"""


def test_fields_that_mostly_overlap_are_not_called_mostly_different():
    reason = _occupation_reason(SOFTWARE_QA_RESUME, BANKING_QA_POSTING)

    assert "mostly in" not in reason
    assert "close to this role's" in reason
