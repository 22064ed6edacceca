"""Job titles from headers whose punctuation a flattened export lost (issue 10): the place
run on after the title, the employer run on in capitals."""

from app.resumes.parsing.parser import parse_resume_text


def _jobs(experience: str) -> list[tuple[str | None, str | None]]:
    text = (
        "Devendra Rao Bengaluru Karnataka Email me on Indeed  Cloud architect with 13 years of "
        f"experience Work Experience {experience} Education BE in Electrical and Electronics "
        "Engineering Salem TN 2002 Skills  GCP  Azure"
    )
    return [(job.title, job.company) for job in parse_resume_text(text).experience]


def test_a_place_without_its_comma_is_not_part_of_the_title_or_the_company() -> None:
    jobs = _jobs(
        "Cloud ArchitectGCP Bengaluru Karnataka September 2021 to Present  Designed landing "
        "zones on GCP for analytics workloads  Cloud Architect Google Cloud Bengaluru Karnataka "
        "March 2019 to August 2021  Migrated analytics reporting workloads to BigQuery"
    )

    assert jobs == [("Cloud ArchitectGCP", None), ("Cloud Architect", "Google Cloud")]


def test_an_employer_in_capitals_run_on_after_the_title_is_the_company() -> None:
    jobs = _jobs(
        "IT Hardware and Networking ARIHANT INDUSTRIES January 2022 to July 2022  Managed the "
        "stock of hardware devices and the daily troubleshooting report"
    )

    assert jobs[0] == ("IT Hardware and Networking", "ARIHANT INDUSTRIES")


def test_a_title_in_capitals_or_a_legal_form_stays_where_it_is() -> None:
    jobs = _jobs(
        "Software Test Engineer XL Dynamics India PVT LTD June 2019 to Present  Wrote Selenium "
        "suites for the billing portal"
    )

    assert jobs[0][0] == "Software Test Engineer"
    assert jobs[0][1] is not None and jobs[0][1] != "PVT LTD"
