"""The kind-of-work signal measured by bench/kind_signal.py tells kinds of work apart within a
field: a tester's resume is closer in kind to a QA posting than a keyword-stuffed DevOps one, a
mechanical engineer's to a mechanical posting than a tester's."""

from app.jobs.match_reading import Reading
from bench.kind_spread import job_kinds, kind_agreement, kind_of, resume_kinds
from tests.jobs.match_samples import (
    DEVOPS_STUFFED_RESUME,
    MECHANICAL_POSTING,
    MECHANICAL_RESUME,
    QA_POSTING,
    QA_RESUME,
    posting,
    resume,
)


def test_a_kind_is_the_soc_detailed_occupation_or_the_isco_unit_group() -> None:
    assert kind_of(Reading("15-1253.00", "Software Quality Assurance Analysts", 1.0)) == "15-1253"
    assert kind_of(Reading("17-2141.02", "Automotive Engineers", 1.0)) == "17-2141"
    assert kind_of(Reading("esco:abc", "care at home worker", 1.0, "5322")) == "isco 5322"
    assert kind_of(Reading("esco:abc", "no group", 1.0)) is None


def test_the_tester_is_closest_in_kind_to_the_qa_posting() -> None:
    qa = job_kinds(posting(QA_POSTING))
    tester = kind_agreement(qa, resume_kinds(resume(QA_RESUME)))

    assert tester > kind_agreement(qa, resume_kinds(resume(DEVOPS_STUFFED_RESUME)))
    assert tester > kind_agreement(qa, resume_kinds(resume(MECHANICAL_RESUME)))


def test_the_mechanical_engineer_is_closest_in_kind_to_the_mechanical_posting() -> None:
    mechanical = job_kinds(posting(MECHANICAL_POSTING))

    assert kind_agreement(mechanical, resume_kinds(resume(MECHANICAL_RESUME))) > kind_agreement(
        mechanical, resume_kinds(resume(QA_RESUME))
    )
