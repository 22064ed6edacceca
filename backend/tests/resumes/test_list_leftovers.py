"""Words a flattened resume leaves in its skills that name no skill (issue 10): versions cut
from their name, a heading's first word or a list's label, two names run together, where the
person worked, and what they are studying for."""

from app.resumes.parsing.parser import parse_resume_text

# An Indeed export whose line breaks were lost, as the real resumes of bench.resume_real are.
FLAT_EXPORT = (
    "Rahul Verma Hyderabad Telangana Email me on Indeed  Cloud engineer with around 5 years of "
    "experience in IT Industry with extensive experience in AWS and Terraform  Two years teaching "
    "experience in Computer Science Department of Osmania University  Experience with Code Review "
    "Code cleanup and maintaining versioning processes Work Experience Database Administrator "
    "Infosys Limited  Hyderabad Telangana March 2018 to Present  Managed Oracle RAC clusters "
    "Education BE in Computer Science Osmania University  Hyderabad Telangana 2012 to 2016 Skills  "
    "IT Skills  TECHNICAL  Oracle 11g, 12c and 19c  Windows Server, 2K2K32K8  DB2, V9x V10x V11x  "
    "Pursuing MCSE  GCP Services Compute Services Serverless IAM  "
    "Application ToolsFramework Apache JMeter Grafana  Professional"
)


def _skills(text: str) -> list[str]:
    return [skill.name for skill in parse_resume_text(text).skills]


def test_versions_listed_apart_from_their_name_are_not_skills() -> None:
    skills = _skills(FLAT_EXPORT)

    assert {"Oracle 11g", "Windows Server", "DB2"} <= set(skills)
    assert not {"12c and 19c", "2K2K32K8", "V9x V10x V11x"} & set(skills)


def test_a_network_generation_or_a_named_version_stays_a_skill() -> None:
    skills = _skills("Skills: 4G, 5G, Qt5, 3D")

    assert {"4G", "5G", "Qt5", "3D"} <= set(skills)


def test_a_heading_word_or_a_label_left_in_a_list_is_not_a_skill() -> None:
    skills = _skills(FLAT_EXPORT)

    assert {"Apache JMeter", "Grafana"} <= set(skills)
    assert not {"TECHNICAL", "Professional", "Application ToolsFramework"} & set(skills)


def test_two_names_run_together_are_not_one_skill() -> None:
    skills = _skills(FLAT_EXPORT)

    assert {"Code Review", "GCP", "Serverless", "IAM"} <= set(skills)
    assert not {"Code Review Code", "Services Compute Services"} & set(skills)


def test_the_industry_or_department_someone_worked_in_is_not_a_skill() -> None:
    skills = _skills(FLAT_EXPORT)

    assert {"AWS", "Terraform", "teaching"} <= set(skills)
    assert not {"IT Industry", "Computer Science Department"} & set(skills)


def test_a_certification_being_studied_for_is_named_without_pursuing() -> None:
    skills = _skills(FLAT_EXPORT)

    assert "MCSE" in skills
    assert "Pursuing MCSE" not in skills


def test_achievements_run_on_after_a_skills_list_are_not_skills() -> None:
    skills = _skills(
        "Karthik Raja Madurai Tamil Nadu Email me on Indeed  Technical support engineer Work "
        "Experience Technical Support Engineer WIPRO  Madurai Tamil Nadu February 2018 to "
        "February 2022  Installed Windows and configured LAN for 200 users Skills  IT Skills  "
        "Operating System Windows XP Linux Ubuntu  Database RDBMS SQL Server  Computer On Office "
        "Management Govt Certified Area of Interest Hardware Networking Major Achievements  "
        "District player in Cricket  Extra Marks  TOEFL"
    )

    assert {"Windows XP", "Ubuntu", "SQL Server"} <= set(skills)
    assert not {"District player in Cricket", "Extra Marks", "TOEFL"} & set(skills)


def test_a_skill_written_like_a_heading_word_or_doubled_stays() -> None:
    skills = _skills("Skills: Programming, Management, C C, Databases")

    assert {"Programming", "Management", "C C", "Databases"} <= set(skills)


WRAPPED_SKILL_BULLETS = """SUPPORT INTERN
Skills
·Able to research and familiarize skill sets towards core technologies
based on enthusiasm, dedication, and motivation
·Knowledgeable with installation and configuration of Windows-
based operating systems (Windows XP, Vista, 7, and 8)
·Proficient with virtualization and highly skilled with configurations
inside of VMware
·Active Directory, SharePoint, Spiceworks
Work History
IT Intern, Acme, 2014-09 to 2014-12
"""


def test_a_skill_bullet_wrapped_by_the_page_is_read_as_one_line() -> None:
    skills = {skill.name for skill in parse_resume_text(WRAPPED_SKILL_BULLETS).skills}

    assert {"VMware", "Windows XP", "Active Directory", "SharePoint", "Spiceworks"} <= skills
    assert not skills & {"inside of VMware", "based operating systems", "based on enthusiasm"}


def test_labels_and_headings_run_into_a_flattened_list_are_not_skills() -> None:
    text = (
        "Cloud Engineer Kochi Kerala Work Experience Cloud Engineer SONY 2021 to Present "
        "Education Bsc in Computer Science University of Calicut 2018 Skills  IT Skills  "
        "OPERATING SYSTEM  CLOUD PROVIDERS  Windows  AWS Cloud  Linux  CLOUD TOOLS  "
        "Terraform  NETWORKING  Ansible  DATABASES  MySQL  PERSONAL DETAILS  Bamboo"
    )
    skills = {skill.name for skill in parse_resume_text(text).skills}

    assert {"Windows", "Linux", "Terraform", "Ansible", "MySQL", "Bamboo"} <= skills
    assert not skills & {"OPERATING SYSTEM", "CLOUD PROVIDERS", "CLOUD TOOLS", "DATABASES"}
    assert "PERSONAL DETAILS" not in skills


def test_a_listed_practice_that_also_heads_sections_stays() -> None:
    skills = {
        skill.name.lower()
        for skill in parse_resume_text(
            "Jane Roe\nSkills\nResearch, Training, Grant writing\n"
            "Experience\nLab Assistant, Acme Labs, 2019-2022"
        ).skills
    }
    assert {"research", "training"} <= skills
