"""A title that names a discipline as the work done ("Mechanical Engineering Intern", "Site
Engineering") reads as the one who does that work, not as a lecturer of the subject."""

import pytest

from app.jobs.match_occupation import resume_title_readings, title_readings
from app.jobs.matching import match_resume_to_job
from tests.jobs.match_samples import posting, resume

INTERN_RESUME = """Riley Moss
riley.moss@example.com

Experience
Mechanical Engineering Intern, Harbor Pumps
Jun 2023 - Aug 2023
- Modelled pump housings and impellers and released drawings for machining
- Ran tolerance stack-ups and helped build a test rig for seal wear

Education
BS in progress, State University
"""
MECHANICAL_POSTING = """Mechanical Engineer
Design pump housings, impellers and seals and release drawings for machining.
Run tolerance stack-ups and lead test rig builds."""
ELECTRICAL_POSTING = """Electrical Engineer
Design power distribution panels and motor control circuits.
Write wiring schedules and test protection relays."""


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Mechanical Engineering Intern", "17-2141.00"),
        ("Industrial Engineering Intern", "17-2112.00"),
        ("Mechanical Engineering Co-op", "17-2141.00"),
    ],
)
def test_a_discipline_interns_title_reads_as_the_disciplines_engineer(title, code):
    assert code in [reading.code for reading in title_readings(title)][:2]
    assert "25-1032.00" not in [reading.code for reading in title_readings(title)]


def test_a_resume_title_naming_the_discipline_is_trusted_as_one():
    readings = resume_title_readings("Mechanical Engineering Intern", "")

    assert readings[0].code == "17-2141.00"


def test_a_title_whose_head_is_a_real_occupation_is_not_rewritten():
    """An engineering manager manages engineers; a technician is a technician."""
    for title in ("Mechanical Engineering Manager", "Mechanical Engineering Technician"):
        assert "17-2141.00" not in [reading.code for reading in title_readings(title)]


def test_a_mechanical_intern_fits_a_mechanical_post_better_than_an_electrical_one():
    candidate = resume(INTERN_RESUME)

    mechanical = match_resume_to_job(candidate, posting(MECHANICAL_POSTING))
    electrical = match_resume_to_job(candidate, posting(ELECTRICAL_POSTING))

    assert mechanical.score > electrical.score
    occupation = next(part for part in mechanical.parts if part.name == "occupation")
    assert "reads as Mechanical Engineers, the same occupation as this role" in occupation.reason
