"""A searched title keeps the word that names its discipline (issue 10): O*NET files the
generic "Engineering Lab Technician" under mechanical engineering technicians, and an
"Electrical Engineering Lab Technician" was read as one, since "lab" is a rarer title word
than "electrical"."""

import pytest

from app.jobs.occupation import match_occupation
from app.knowledge.store import get_knowledge


@pytest.mark.parametrize(
    ("title", "discipline"),
    [
        ("Electrical Engineering Lab Technician", "electrical"),
        ("Civil Engineering Lab Technician", "civil"),
        ("Mechanical Engineering Lab Technician", "mechanical"),
    ],
)
def test_a_lab_technician_of_a_discipline_reads_as_that_disciplines_technician(
    title: str, discipline: str
):
    index = get_knowledge().occupations

    best = index.search(title, limit=1)[0]
    shown = match_occupation(title, index)

    assert discipline in best.title.lower()
    assert shown is not None and discipline in shown.matched_title.lower()


def test_a_title_of_no_discipline_still_reads_as_the_one_listing_it():
    best = get_knowledge().occupations.search("Engineering Lab Technician", limit=1)[0]

    assert best.occupation.code == "17-3027.00"
    assert best.score == 1.0
