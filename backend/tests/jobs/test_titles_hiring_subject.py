"""The role a posting's opening sentence names is read without the words around it: "in need
of QA Engineers" names QA Engineers, and "An Electrician is required" or "A.Net Software
Developer is required" (the space lost before ".Net") name no article (issue 10)."""

import pytest

from app.jobs.parsing import parse_job_description


@pytest.mark.parametrize(
    ("posting", "title"),
    [
        (
            "An expanding software company based in Cambridge is in need of QA Engineers to "
            "join their team of QA Analysts and Developers. You will review requirements and "
            "produce test plans.",
            "QA Engineers",
        ),
        (
            "A.Net Software Developer is required to join one of our clients in a cutting edge "
            "development environment. You will build web services.",
            ".Net Software Developer",
        ),
        (
            "An Electrician is required for a site in Leeds. Duties include wiring and testing.",
            "Electrician",
        ),
        (
            "A Care Assistant is required to join our team in Leeds. You will support residents.",
            "Care Assistant",
        ),
        (
            "Care Workers are required to cover Taplow and the villages around it. We provide "
            "care in the home.",
            "Care Workers",
        ),
    ],
)
def test_the_role_an_opening_sentence_names_is_the_title(posting: str, title: str):
    assert parse_job_description(posting).title == title


def test_a_title_that_opens_with_a_letter_keeps_it():
    posting = "A Level Maths Teacher Leeds We are looking for a teacher to join our college."

    title = parse_job_description(posting).title

    assert title is not None and title.startswith("A Level Maths Teacher")
