import pytest

from app.jobs.parsing import parse_job_description


def _groups(requirement: str) -> list[list[str]]:
    return parse_job_description(f"Requirements:\n- {requirement}").alternative_skills


@pytest.mark.parametrize(
    ("requirement", "groups"),
    [
        ("Go or Java", [["Go", "Java"]]),
        ("Experience with AWS, GCP or Azure", [["AWS", "Google Cloud", "Azure"]]),
        ("Python/Java/C++ (one of)", [["Python", "Java", "C++"]]),
        ("Python/Java/C++", [["Python", "Java", "C++"]]),
        ("Either PostgreSQL or MySQL in production", [["PostgreSQL", "MySQL"]]),
        ("One of Python, Java, C++", [["Python", "Java", "C++"]]),
        ("Salesforce and/or HubSpot", [["Salesforce", "HubSpot"]]),
        ("QuickBooks (or Xero)", [["QuickBooks", "Xero"]]),
        ("Epic or Cerner EHR", [["Epic", "Cerner"]]),
        ("Python, Java, and/or C#", [["Python", "Java", "C#"]]),
        # And-lists ask for every skill.
        ("Python, Java and C++", []),
        ("Docker and Kubernetes", []),
        ("Python, Java and C++ (one of)", [["Python", "Java", "C++"]]),
        # Two skills joined by a slash go together.
        ("HTML/CSS", []),
        ("React/Redux", []),
        # Two lists in one sentence.
        ("Go or Rust, and Postgres or MySQL", [["Go", "Rust"], ["PostgreSQL", "MySQL"]]),
    ],
)
def test_or_lists_are_alternatives(requirement, groups):
    assert _groups(requirement) == groups


def test_members_of_a_group_are_required_and_nice_ones_are_not_grouped():
    job = parse_job_description(
        "Requirements:\n- Go or Java\n- Kafka or RabbitMQ is a plus\n\n"
        "Nice to have:\n- Vue or React"
    )
    assert job.alternative_skills == [["Go", "Java"]]
    assert {"Go", "Java"} <= set(job.required_skills)


def test_duties_and_an_unheaded_posting_give_alternatives_too():
    job = parse_job_description("Responsibilities:\n- Deploy services to AWS or Azure")
    assert job.alternative_skills == [["AWS", "Azure"]]
    job = parse_job_description("We need someone who writes Python or R every day.")
    assert job.alternative_skills == [["Python", "R"]]


def test_the_same_group_twice_is_listed_once():
    job = parse_job_description("Requirements:\n- Go or Java\n- Production Go or Java")
    assert job.alternative_skills == [["Go", "Java"]]
