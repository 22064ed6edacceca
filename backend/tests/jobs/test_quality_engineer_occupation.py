"""The occupation a "Quality Engineer" posting shows follows its work (issue 10): O*NET and
ESCO list the title under software testers and under four kinds of engineer, and a posting
about ISO 9001, supplier audits and inspecting CNC parts showed software testers."""

from app.jobs.match_fields import family_of
from app.knowledge.store import get_knowledge
from tests.jobs.match_samples import posting
from tests.jobs.test_title_fields_in_context import MACHINE_SHOP_QA_POSTING

SOFTWARE_QUALITY_POSTING = """Quality Engineer

Join our product team and help us ship with confidence.

Responsibilities:
- Write test plans and test cases for every release
- Automate regression tests with Selenium and Cypress

Requirements:
- Experience in software testing and test automation
"""


def _field(text: str) -> str | None:
    shown = posting(text).occupation
    assert shown is not None
    occupation = get_knowledge().occupations.get(shown.code)
    assert occupation is not None
    linked = get_knowledge().onet_occupations_of(occupation)
    code = linked[0].code if linked else occupation.code
    return family_of(code, occupation.isco_group)


def test_a_manufacturing_quality_engineer_shows_an_engineering_occupation():
    shown = posting(MACHINE_SHOP_QA_POSTING).occupation

    assert shown is not None and shown.code != "15-1253.00"
    assert _field(MACHINE_SHOP_QA_POSTING) == "engineering"


def test_a_software_quality_engineer_shows_software_testers():
    shown = posting(SOFTWARE_QUALITY_POSTING).occupation

    assert shown is not None and shown.code == "15-1253.00"
