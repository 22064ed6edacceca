"""A posting title read in several fields takes its field from what the posting asks for
(issue 10): a "QA Engineer" reads as a software tester and as four kinds of engineer; asking
for software testing, it is computing work, and a quality engineer in a machine shop stays an
engineer. Skills O*NET lists for no occupation count by their category's field."""

from app.jobs.match_family import job_families
from app.jobs.match_skill_fields import category_fields, category_spread
from app.jobs.matching import match_resume_to_job
from tests.jobs.match_samples import MECHANICAL_RESUME, QA_RESUME, posting, resume

SOFTWARE_QA_POSTING = """QA Engineer

Join our product team and help us ship with confidence.

Responsibilities:
- Write test plans and test cases for every release
- Run manual and automated tests before each release

Requirements:
- Experience in software testing and test automation
- End-to-end testing and load testing
"""

MACHINE_SHOP_QA_POSTING = """Quality Engineer

We are a precision engineering manufacturer of aerospace components.

Responsibilities:
- Maintain the ISO 9001 and AS9100 quality management system
- Carry out first article inspection of CNC machined parts using CMM
- Lead supplier audits and corrective actions (8D, root cause analysis)
- Monitor production with statistical process control (SPC)

Requirements:
- Degree in mechanical or manufacturing engineering
- Knowledge of GD&T, FMEA and PPAP
"""


def test_a_qa_posting_asking_for_software_testing_is_computing_work():
    job = posting(SOFTWARE_QA_POSTING)

    fields = job_families(job)
    tester = match_resume_to_job(resume(QA_RESUME), job)
    occupation = next(part for part in tester.parts if part.name == "occupation")

    assert max(fields, key=fields.__getitem__) == "computing"
    assert fields["computing"] >= 0.55
    assert "in software testing, this role's field" in occupation.reason
    assert occupation.score >= 90


def test_a_quality_engineer_in_a_machine_shop_stays_an_engineer():
    fields = job_families(posting(MACHINE_SHOP_QA_POSTING))

    assert max(fields, key=fields.__getitem__) in ("engineering", "production")
    assert fields.get("computing", 0.0) < 0.15


def test_unlisted_skills_vote_for_their_categorys_field_only_together():
    assert category_fields()["software"][0] == "computing"
    assert set(category_spread(["Software Testing", "Test Automation"])) == {"computing"}
    assert category_spread(["Software Testing"]) == {}
    # Listed by O*NET occupations: these vote through the occupations instead.
    assert category_spread(["Selenium", "Jira"]) == {}


def test_a_mechanical_engineer_reads_far_from_a_software_qa_role():
    job = posting(SOFTWARE_QA_POSTING)

    engineer = match_resume_to_job(resume(MECHANICAL_RESUME), job)
    tester = match_resume_to_job(resume(QA_RESUME), job)

    assert tester.score - engineer.score >= 50
