"""The role-matching bench labels a title with the one kind of software work it names."""

import pytest

from bench.match_role_sets import capped, names_software_role, skillspan_title
from bench.software_roles import title_role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Senior Java Developer", "java"),
        ("Full Stack Software Engineer - Java / JavaScript", "java"),
        ("NET DEVELOPER", ".net"),
        ("ASP.NET WEB DEVELOPER", ".net"),
        ("Senior . NET SW Engineer", ".net"),
        ("Software Test Engineer", "testing"),
        ("QA Engineer Lean Environment", "testing"),
        ("Cloud DevOps Engineer", "devops/cloud"),
        ("Site Reliability Engineer", "devops/cloud"),
        ("Network Support Engineer", "infrastructure"),
        ("SYSTEM ADMINISTRATOR", "infrastructure"),
        ("Lead Database Administrator", "database"),
        ("Frontend Developer ( React )", "web/front-end"),
        ("Javascript Developer", "web/front-end"),  # not Java
        ("PHP / WordPress Developer", "php"),
        ("IT Support Technician", "it support"),
        ("DIRECTOR OF INFORMATION TECHNOLOGY", "it management"),
        ("Business and Systems Analyst", "business analysis"),
        ("IT Software Project Manager", "project management"),
    ],
)
def test_a_title_naming_one_role_gets_it(title: str, role: str) -> None:
    assert title_role(title) == role


@pytest.mark.parametrize(
    "title",
    [
        "Software Engineer",  # no kind of work
        "Senior Software Engineer  Java or C++",  # two languages
        "DATABASE PROGRAMMER/ANALYST (.NET DEVELOPER)",  # two roles
        "INFORMATION TECHNOLOGY MANAGER / NETWORK ENGINEER",
        "Security Officer",  # a guard, not information security
        "",
        None,
    ],
)
def test_a_title_naming_no_role_or_two_is_left_out(title: str | None) -> None:
    assert title_role(title) is None


def test_a_stackoverflow_title_stops_at_its_tags() -> None:
    sentence = "<ORGANIZATION> Cloud Services - Site Reliability Engineer <ADDRESS> Date posted"
    assert skillspan_title(sentence) == "Cloud Services - Site Reliability Engineer"
    assert skillspan_title("Senior Java Developer Date posted: 2021-07-16 Java") == (
        "Senior Java Developer"
    )


def test_each_role_is_capped_per_split_in_a_fixed_order() -> None:
    items = [{"id": f"item-{n}", "role": "java"} for n in range(40)]
    first, again = capped(items, 3), capped(list(reversed(items)), 3)
    assert first == again
    assert [len(first[split]) for split in ("dev", "test")] == [3, 3]


@pytest.mark.parametrize(
    ("headline", "it_category", "kept"),
    [
        ("PROJECT MANAGER", True, True),
        ("CONSTRUCTION PROJECT MANAGER", False, False),  # a role's words, not an IT job
        ("SENIOR AEROSPACE QUALITY ENGINEER", False, False),
        ("SENIOR NETWORK SECURITY ENGINEER", False, True),  # filed under ARTS, still IT
        ("JAVA INTERN", False, True),
        ("SOFTWARE ENGINEER", False, False),  # software, but no kind of it
    ],
)
def test_a_resume_outside_the_it_category_needs_a_headline_that_reads_as_software(
    headline: str, it_category: bool, kept: bool
) -> None:
    assert names_software_role(headline, it_category) is kept
