"""Skills and degrees from resumes whose line breaks and punctuation were lost (an Indeed export
flattened into one line, as public resume datasets ship them)."""

import pytest

from app.resumes.parsing.parser import parse_resume_text

_HEAD = (
    "Ravi Kumar Cloud Engineer Pune Maharashtra Email me on Indeed httpwwwindeedcomrRaviKumar "
    "Cloud engineer experienced with AWS services like CloudFront and Route53 and Regression "
    "Testing of release builds Work Experience Cloud Engineer IMPACT INFOTECH Pvt Ltd  Pune "
    "Maharashtra June 2018 to Present Moved Impact Infotech workloads to EC2 and wrote "
    "Terraform modules for three teams working across many sites in India "
)


def _flattened(education: str, skills: str) -> str:
    education_part = f"Education {education} Pune University  Pune Maharashtra 2014 to 2018"
    return f"{_HEAD}{education_part} Skills  {skills}"


def _skills(text: str) -> list[str]:
    return [skill.name for skill in parse_resume_text(text).skills]


def test_listed_skills_lose_their_years_whatever_the_brackets():
    skills = _skills(
        _flattened("BE in IT", "IT Skills  Azure 3 years  Jenkins 2 years  Git 1 year")
    )

    assert {"Azure", "Jenkins", "Git"} <= set(skills)
    assert not [skill for skill in skills if "year" in skill]


def test_a_label_run_on_into_its_items_is_not_a_skill():
    skills = _skills(
        _flattened("BE in IT", "Database MySQL SQL  Operating System Windows Ubantu  Java")
    )

    assert {"MySQL", "SQL", "Windows", "Ubantu", "Java"} <= set(skills)
    assert not [skill for skill in skills if skill.lower().startswith(("database", "operating"))]


def test_the_employer_is_not_a_skill_but_the_work_and_the_summary_are():
    skills = _skills(_flattened("BE in IT", "Python"))

    assert not {"IMPACT", "Impact", "INFOTECH", "Infotech"} & set(skills)
    assert {"EC2", "Terraform", "CloudFront", "Route53", "Regression Testing"} <= set(skills)


def test_what_a_client_sells_in_a_flattened_resume_is_not_the_candidates_skill():
    client = (
        "Client SPS Commerce Inc Team size 8 Project Info Maintaining Instances for SPS Commerce "
        "which provides supply chain management and logistics to retailers  Roles "
        "Responsibilities Tuned PostgreSQL queries and automated backups with Ansible "
    )
    skills = _skills(_HEAD + client + "Education BE in IT Pune University  Skills  Python")

    assert not {"supply chain management", "logistics"} & {skill.lower() for skill in skills}
    assert {"PostgreSQL", "Ansible", "Terraform", "Python"} <= set(skills)


@pytest.mark.parametrize(
    ("written", "level"),
    [
        ("BSC in IT", "Bachelor"),
        ("BE in EIE", "Bachelor"),
        ("Btech in Electronics", "Bachelor"),
        ("B Tech in Computer Science", "Bachelor"),
        ("B Sc in Physics", "Bachelor"),
        ("B Com", "Bachelor"),
        ("BCA", "Bachelor"),
        ("BA in English", "Bachelor"),
        ("BS in Computer Science", "Bachelor"),
        ("Bachelor of Technology in Computer Science", "Bachelor"),
        ("MCA", "Master"),
        ("MBA in Finance", "Master"),
        ("M Tech in VLSI", "Master"),
        ("Msc Computer Science", "Master"),
        ("MS in Computer Science", "Master"),
        ("ME in Structural Engineering", "Master"),
        ("Masters in Computer Science", "Master"),
        ("M Phil in Physics", "Master"),
        ("PhD in Chemistry", "PhD"),
        ("Ph D in Physics", "PhD"),
        ("Doctor of Philosophy in Mathematics", "PhD"),
    ],
)
def test_a_degree_is_read_without_its_punctuation(written, level):
    assert parse_resume_text(_flattened(written, "Python")).highest_degree == level


def test_tools_listed_in_a_sentence_are_kept_known_or_not():
    text = (
        "Asha Rao\nasha@example.com\n\nEXPERIENCE\nSupport Engineer, Acme\nJune 2019 - Present\n"
        "- Handled incidents with tools such as ServiceNow, Spiceworks and Zendesk.\n"
        "- Monitored links via NMS tools like FLEXMASTER ZONEDIRECTOR and PRTG daily\n"
        "\nSKILLS\nWindows, Linux\n"
    )

    skills = _skills(text)

    assert {"ServiceNow", "Spiceworks", "Zendesk", "FLEXMASTER", "ZONEDIRECTOR", "PRTG"} <= set(
        skills
    )
