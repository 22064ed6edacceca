"""Resumes written in a template keep its placeholders where the author left them blank
("City , State" under "Company Name"): a placeholder place is never read as the job title."""

import pytest

from app.resumes.parsing.parser import parse_resume_text


@pytest.mark.parametrize("place", ["City , State", "City, State, USA", "City , Country"])
def test_a_placeholder_place_above_the_title_is_not_the_title(place):
    text = "\n".join(
        [
            "Jane Doe",
            "Experience",
            "April 2015 to Current",
            "Company Name",
            place,
            "Substitute Teacher",
            "Carried out programs of study prescribed in the lesson plans.",
            "March 2012 to March 2015",
            "Company Name",
            place,
            "Sous Chef",
            "Prepared sauces and supervised the line.",
        ]
    )

    titles = [job.title for job in parse_resume_text(text).experience]

    assert titles == ["Substitute Teacher", "Sous Chef"]
