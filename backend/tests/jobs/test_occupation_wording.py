"""How the occupation part of a match reads to the candidate."""

from typing import Literal

from app.jobs.match_explain import occupation_reason
from app.jobs.match_occupation import OccupationFit


def _same(
    resume_occupation: str, job_occupation: str, read_from: Literal["title", "duties"] = "title"
) -> OccupationFit:
    return OccupationFit(
        score=1.0,
        job_title="Web Developer",
        job_occupation=job_occupation,
        resume_title="Frontend Developer",
        resume_occupation=resume_occupation,
        relation="same",
        applies=True,
        job_read_from=read_from,
    )


def test_the_same_occupation_is_named_once() -> None:
    reason = occupation_reason(_same("Web Developers", "Web Developers"))
    assert reason == (
        "Your title “Frontend Developer” reads as Web Developers, the same occupation as this role."
    )


def test_the_same_occupation_read_from_the_duties_is_named_once() -> None:
    reason = occupation_reason(_same("Web Developers", "Web Developers", "duties"))
    assert reason.endswith(
        "reads as Web Developers, the same occupation this role's duties read as."
    )


def test_two_names_for_one_occupation_are_both_given() -> None:
    reason = occupation_reason(_same("Web Developers", "Web and Digital Interface Designers"))
    assert reason.endswith(
        "the same occupation as this role (Web and Digital Interface Designers)."
    )
