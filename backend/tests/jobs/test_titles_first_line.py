"""A posting's first line that opens with its title and goes on with details or text gives the
title alone; a hiring sentence's praise before the title is not part of it (issue 10: "the
title from the posting (first heading or line)")."""

import pytest

from app.jobs.parsing import parse_job_description


@pytest.mark.parametrize(
    ("posting", "title"),
    [
        # Details after a colon, a bracket or a run of spaces where a separator was lost.
        (
            "Angular Developer: Security Services Onboarding, Payments Division\n"
            "Date posted: 2021-03-09\nRole:\nDatabase Administrator\n\nYou will build our UI.",
            "Angular Developer",
        ),
        (
            "Graduate Software Engineer  C/C++, Java, UML, object oriented analysis and design "
            "for defence systems. Our client is a prime contractor in communications.",
            "Graduate Software Engineer",
        ),
        (
            "TELESALES ACCOUNT MANAGER  BASIC \u00a320K OTE Uncapped An exceptional opportunity "
            "for a great telesales professional to excel in a B2B sales environment.",
            "Telesales Account Manager",
        ),
        # An opening title keeps its role, not the places and hours written after it.
        (
            "Registered Dental Nurse, Edgware, Middlesex, Part time, 12.50 GBP/hr Always "
            "wanted Fridays off? A mixed dental practice is offering just that.",
            "Registered Dental Nurse",
        ),
        # A first line that is a title as a whole is kept whole.
        ("Registered Nurse - Medical-Surgical\n\nCare for patients.",
         "Registered Nurse - Medical-Surgical"),
    ],
)  # fmt: skip
def test_the_title_a_first_line_opens_with(posting, title):
    assert parse_job_description(posting).title == title


def test_the_details_after_a_first_line_title_stay_content():
    job = parse_job_description(
        "Graduate Software Engineer  C/C++, Java, UML, object oriented analysis and design "
        "for defence systems. Our client is a prime contractor in communications."
    )

    assert {"Java", "UML"} <= set(job.required_skills)


@pytest.mark.parametrize(
    ("posting", "title"),
    [
        (
            "A leading manufacturer of control products seeks dynamic, technically astute Sales "
            "Engineer to manage and develop a customer base in North Yorkshire.",
            "Sales Engineer",
        ),
        # A lowercase word that is no praise stays part of the title.
        (
            "We are looking for an embedded SW Engineer to join our R&D team in Lund.",
            "Embedded SW Engineer",
        ),
    ],
)
def test_a_hiring_sentence_names_the_title_without_its_praise(posting, title):
    assert parse_job_description(posting).title == title
