"""A job title used in every field ("Owner", "Intern", "Consultant") names no occupation: read
alone, its best match is some occupation's odd alternate title (O*NET lists "Owner" under
urologists and "Intern" under physicians), and the resume was read as that occupation's
field. Such a title is trusted as far as the occupations it names share a field, so the
described work and skills decide."""

import re

import pytest

from app.jobs.match_occupation import resume_title_readings, title_readings
from app.jobs.matching import match_resume_to_job
from app.jobs.parsed import MatchResult
from tests.jobs.match_samples import (
    GO_OR_JAVA_POSTING,
    QA_POSTING,
    WARD_NURSE_POSTING,
    posting,
    resume,
)

CAFE_OWNER_RESUME = """Lucia Ferraro
lucia.ferraro@example.com

Summary
Hands-on owner of a neighbourhood cafe and bakery, running the kitchen, the counter and the books.

Experience
Owner, Ferraro's Cafe & Bakery
Mar 2016 - Present
- Run a 40-seat cafe and bakery with 9 staff: menus, rotas, suppliers and food safety
- Bake the breads and pastries each morning and train new kitchen and counter staff
- Cut food waste by 20% with daily stock counts and a smaller, seasonal menu

Skills
Food safety, Menu planning, Baking, Stock control, Staff scheduling
"""

SOFTWARE_INTERN_RESUME = """Ravi Menon
ravi.menon@example.com

Summary
Computer science student who builds web applications.

Experience
Intern, Brightloop Software
Jun 2024 - Aug 2024
- Built REST API endpoints in Python and Django for the billing service
- Wrote unit tests with pytest and fixed bugs found in code review

Education
BSc Computer Science, Riverside University, 2025

Skills
Python, Django, REST APIs, Git, PostgreSQL
"""

CAFE_POSTING = """Cafe Manager

Our busy high-street cafe is looking for a manager to run the shop day to day.

Responsibilities:
- Lead a team of baristas and kitchen staff, plan rotas and train new starters
- Order stock from suppliers and keep food safety records
- Plan seasonal menus with the head chef and keep waste low
"""


def occupation_reason(result: MatchResult) -> str:
    return {part.name: part for part in result.parts}["occupation"].reason


def test_a_resume_title_used_in_every_field_reads_as_no_occupation_surely():
    for title in ("Owner", "Consultant", "Analyst", "Manager"):
        readings = resume_title_readings(title, title)
        assert not readings or readings[0].confidence <= 0.5, title
    for title in ("Registered Nurse", "Staff Accountant", "Head Chef", "Software Engineer"):
        assert resume_title_readings(title, title)[0].confidence == pytest.approx(1.0), title


def test_a_title_naming_several_roles_reads_as_the_one_that_names_a_field():
    assert title_readings("Owner/Manager/Head Chef")[0].title == "Chefs and Head Cooks"


def test_a_cafe_owner_is_read_by_the_cafe_work_not_as_a_doctor():
    cv = resume(CAFE_OWNER_RESUME)
    cafe = match_resume_to_job(cv, posting(CAFE_POSTING))
    nursing = match_resume_to_job(cv, posting(WARD_NURSE_POSTING))
    assert "food and hospitality" in occupation_reason(nursing)
    assert cafe.score >= nursing.score + 40


def test_a_software_intern_fits_a_testing_job_better_than_a_nursing_job():
    cv = resume(SOFTWARE_INTERN_RESUME)
    testing = match_resume_to_job(cv, posting(QA_POSTING))
    nursing = match_resume_to_job(cv, posting(WARD_NURSE_POSTING))
    assert "mostly in computing" in occupation_reason(nursing)
    assert testing.score >= nursing.score + 10


CHEF_UNDER_A_STRAY_TITLE_RESUME = """Tomasz Nowak
tomasz.nowak@example.com

Experience
Software Engineer
Harbour Hotel
Apr 2015 - Present
- Run the hot kitchen for 200 covers a night and plan the weekly menus
- Train commis chefs and keep food safety and allergen records

Sous Chef
Marina Bistro
Jan 2010 - Mar 2015
- Cooked the grill and sauce sections and ordered the fish and meat

Skills
Menu planning, Food safety, Butchery
"""


def test_a_title_the_described_work_disagrees_with_counts_less():
    cv = resume(CHEF_UNDER_A_STRAY_TITLE_RESUME)
    reason = occupation_reason(match_resume_to_job(cv, posting(GO_OR_JAVA_POSTING)))
    assert "mostly in food and hospitality" in reason
    in_common = re.search(r"\((\d+)% in common\)", reason)
    # counted half against the chef title; counted fully it would share about 36%
    assert in_common is not None and int(in_common.group(1)) < 30
