"""Tools a candidate lists are kept as written, whatever the list's heading or punctuation, and
so are the names they give after saying they know them (issue 10, item 3)."""

import pytest

from app.resumes.parsing.parser import parse_resume_text


def _skills(text: str) -> list[str]:
    return [skill.name for skill in parse_resume_text(text).skills]


def _resume(heading: str, items: str) -> str:
    return f"""Asha Patil
IT Support Engineer

EXPERIENCE
IT Support Engineer, Micro Link Solutions, 2017 - Present
- Looked after the office network and the help desk

{heading}
{items}
"""


@pytest.mark.parametrize(
    "heading",
    [
        "TECHNICAL PROFICIENCY",
        "Computer Proficiency",
        "Skill Highlights",
        "Core Strengths",
        "Technical Skill Set",
        "Area of Expertise",
        "Technical Knowledge",
        "Skills Summary",
    ],
)
def test_unknown_tools_under_any_skills_heading_are_kept_as_written(heading: str) -> None:
    skills = _skills(_resume(heading, "Spiceworks, SnipeIT, Zenoss Logic Monitor"))

    assert {"Spiceworks", "SnipeIT", "Zenoss Logic Monitor"} <= set(skills)


def test_a_list_that_lost_its_punctuation_gives_each_name() -> None:
    skills = _skills(
        _resume(
            "SKILLS",
            "Switching VLAN STP and VTP\nManual Testing SDLC STLC Bug Life Cycle System Testing",
        )
    )

    assert {"Switching", "VLAN", "STP", "VTP", "SDLC", "STLC", "Bug Life Cycle"} <= set(skills)
    assert "System Testing" in skills


def test_a_run_on_list_line_that_reads_as_prose_gives_no_invented_names() -> None:
    skills = _skills(
        _resume("SKILLS", "Capable of delivering better results even under pressure and ready")
    )

    assert not any("pressure" in skill or "Capable" in skill for skill in skills)


def test_names_after_a_phrase_of_expertise_are_skills_even_unknown() -> None:
    resume = """Nitin Dasnor
Software Tester

SUMMARY
Experienced on Test NG Framework  Good knowledge in Data Driven Framework  Good experience of \
OOPS concepts and Collections  Good Explore in POM and Page Factory
"""
    skills = set(_skills(resume))

    assert {"Data Driven Framework", "OOPS", "POM", "Page Factory"} <= skills
    assert any("Test NG" in skill or skill == "TestNG" for skill in skills)


def test_after_a_phrase_of_expertise_a_duration_a_place_or_a_plain_word_is_no_skill() -> None:
    resume = """Vishal Sanap
Network Engineer

SUMMARY
Experience of Five Years  Experienced in Pune Maharashtra  Knowledge of Installation and \
maintenance
"""
    skills = set(_skills(resume))

    assert not skills & {"Five Years", "Pune Maharashtra", "Pune", "Installation"}
