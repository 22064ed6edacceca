"""The skills a job title names (issue 10): its words, the practice of its role noun, and names
an export stripped of their dots."""

import pytest

from app.skills.taxonomy import get_taxonomy
from app.skills.title_skills import title_skills


def _skills(title: str) -> list[str]:
    return title_skills(title, get_taxonomy())


@pytest.mark.parametrize(
    ("title", "skill"),
    [
        ("Software Tester", "Software Testing"),
        ("Manual Tester", "Software Testing"),
        ("QA Tester", "Software Testing"),
        ("Senior Software Testers", "Software Testing"),
        ("Web Developer", "Web Development"),
        ("Sr. Web Developer", "Web Development"),
        ("Project Manager", "Project Management"),
    ],
)
def test_a_role_noun_names_its_practice(title: str, skill: str):
    assert _skills(title) == [skill]


@pytest.mark.parametrize(
    ("title", "skill"),
    [
        (". NET Developer", ".NET"),
        ("Senior Software Engineer - . NET ( online comparison portal )", ".NET"),
        ("ASPNET Developer", "ASP.NET"),
        ("Senior Developer ASPNET", "ASP.NET"),
    ],
)
def test_a_name_whose_dots_an_export_dropped_is_read(title: str, skill: str):
    assert _skills(title) == [skill]


def test_skills_written_in_the_title_come_first_and_once():
    assert _skills("Web Developer - JavaScript - React") == [
        "JavaScript",
        "React",
        "Web Development",
    ]
    assert _skills("Java Developer") == ["Java"]


def test_a_title_whose_words_name_no_practice_names_no_skill():
    assert _skills("Software Engineer") == []
    assert _skills("Tester") == []
    assert _skills("Graduate Intern") == []
    assert _skills("Sr. Manager") == []
