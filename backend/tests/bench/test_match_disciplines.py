"""The discipline-matching bench labels a title with the one engineering discipline it names,
and keeps no discipline above its cap per split."""

import pytest

from bench.engineering_disciplines import title_discipline
from bench.match_discipline_sets import discipline_item
from bench.match_role_sets import capped


@pytest.mark.parametrize(
    ("title", "discipline"),
    [
        ("Senior Mechanical Engineer (Water)", "mechanical"),
        ("Responsible Mechancial Engineer", "mechanical"),  # the ad's own spelling
        ("Lead Engineers (Stress)", "mechanical"),
        ("MECHANICAL ENGINEERING INTERN", "mechanical"),
        ("Control and Instrumentation Engineer", "electrical/electronic"),
        ("Electrical / ICA Engineer", "electrical/electronic"),
        ("ELECTRONIC TECHNICIAN II", "electrical/electronic"),
        ("Senior Process Engineer", "chemical/process"),
        ("CHEMICAL ENGINEERING INTERN", "chemical/process"),
        ("Civil Engineer", "civil/structural"),
        ("Offshore Oil and Gas Structural Engineering Specialist", "civil/structural"),
        ("SITE ENGINEERING", "civil/structural"),
        ("Senior Manufacturing Engineer", "manufacturing/industrial"),
        ("INDUSTRIAL ENGINEERING INTERN", "manufacturing/industrial"),
        ("AVIATION ENGINEER", "aerospace"),
    ],
)
def test_a_title_naming_one_discipline_gets_it(title: str, discipline: str) -> None:
    assert title_discipline(title) == discipline


@pytest.mark.parametrize(
    "title",
    [
        "Project Engineer",  # no discipline
        "Electrical / Mechanical Engineer",  # two
        "Mechanical Engineer / Chemical Engineer",
        "AVIATION SUPPLY SPECIALIST",  # an industry, not a discipline
        "CONSTRUCTION MANAGER",
        "ELECTRICIAN",  # a trade
        "CNC Turner",
        "Civil Litigation Solicitor",
        "",
        None,
    ],
)
def test_a_title_naming_no_discipline_or_two_is_left_out(title: str | None) -> None:
    assert title_discipline(title) is None


def test_no_discipline_passes_its_cap_in_a_split() -> None:
    items = [
        item
        for number in range(40)
        if (item := discipline_item(f"item-{number}", "source", "Mechanical Engineer", "text"))
    ]

    splits = capped(items, 3, label="discipline")

    assert [len(kept) for kept in splits.values()] == [3, 3]
    assert all(item["discipline"] == "mechanical" for kept in splits.values() for item in kept)
