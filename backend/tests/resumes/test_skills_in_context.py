"""Skills come from what the candidate lists and did, read in context (issue 10, item 3)."""

from app.jobs.matching import match_resume_to_job
from app.jobs.parsing import parse_job_description
from app.resumes.parsing.parser import parse_resume_text


def _skills(text: str) -> list[str]:
    return [skill.name for skill in parse_resume_text(text).skills]


INDEED_EXPORT = """Ravi Kumar
Test Engineer - Infosys Limited
Hyderabad, Telangana - Email me on Indeed: indeed.com/r/Ravi-Kumar/1a2b3c

WORK EXPERIENCE

Test Engineer

Infosys Limited -  Hyderabad, Telangana

June 2016 to Present

Worked for a client that is a leading provider of payroll and accounts receivable software.
- Automated regression suites with Selenium WebDriver and TestNG in Eclipse
- Tested SOAP services with SOAP UI; SCM tools: SVN, Git
- Deployed builds to Apache Tomcat on Windows and Linux servers

EDUCATION

B.Tech in ECE

JNTU -  Hyderabad, Telangana

2012 to 2016

SKILLS

Java (Less than 1 year), Selenium (3 years), SQL (2 years), AUTO CAD
Cisco Packet Tracer, Tally ERP 9

ADDITIONAL INFORMATION

Technical Skills: Core Java, Manual Testing, JIRA, Quality Center
"""


def test_every_listed_item_is_kept_known_or_not_with_its_years_dropped():
    skills = _skills(INDEED_EXPORT)

    assert {"Java", "Selenium", "SQL", "Cisco Packet Tracer", "Tally ERP 9"} <= set(skills)
    assert not any("year" in skill.lower() for skill in skills)


def test_a_shouted_or_spaced_name_is_normalised_to_its_usual_spelling():
    assert "AutoCAD" in _skills(INDEED_EXPORT)


def test_labelled_lists_anywhere_count_as_the_candidates_list():
    assert {"Manual Testing", "JIRA", "Quality Center", "SVN", "Git"} <= set(_skills(INDEED_EXPORT))


def test_tools_named_in_the_candidates_work_are_found_by_their_everyday_names():
    assert {"Selenium", "TestNG", "Eclipse", "Apache Tomcat", "Linux"} <= set(
        _skills(INDEED_EXPORT)
    )


def test_acronyms_are_not_read_out_of_context():
    skills = _skills(INDEED_EXPORT)

    assert "Early Childhood Education" not in skills  # "B.Tech in ECE"
    assert "Supply Chain Management" not in skills and "SCM" not in skills  # "SCM tools: ..."
    assert "UI Design" not in skills and "UI" not in skills  # "SOAP UI"


def test_what_an_employer_sells_is_not_the_candidates_skill():
    skills = _skills(INDEED_EXPORT)

    assert "Payroll" not in skills
    assert "Accounts Receivable" not in skills


def test_every_reported_skill_is_written_in_the_resume():
    compact = "".join(char for char in INDEED_EXPORT.lower() if char.isalnum())

    for skill in _skills(INDEED_EXPORT):
        assert "".join(char for char in skill.lower() if char.isalnum()) in compact, skill


def test_engineering_tools_outside_software_are_known():
    resume = """Priya Nair
Mechanical Design Engineer

EXPERIENCE
Design Engineer, Bharat Forge, 2018 - Present
- Modelled forged brackets in SolidWorks and CATIA; ran FEA in ANSYS and Abaqus
- Drafted layouts in AutoCAD and tracked schedules in Primavera

SKILLS
Sales, Marketing, GD&T, Root cause analysis
"""
    skills = set(_skills(resume))

    assert {"SolidWorks", "CATIA", "ANSYS", "Abaqus", "AutoCAD", "Primavera"} <= skills
    assert {"Sales", "Marketing", "GD&T", "Root cause analysis"} <= skills


def test_a_resume_without_known_headings_is_still_read_for_skills():
    flat = (
        "Lead Database Administrator Hyderabad Telangana Nine years of experience in MS SQL "
        "Server Oracle MySQL and PostgreSQL databases on AWS and Azure with PowerShell"
    )

    assert {"PostgreSQL", "MySQL", "AWS", "PowerShell"} <= set(_skills(flat))


def test_a_skill_listed_and_named_in_the_work_is_reported_once():
    resume = """Priya Nair

EXPERIENCE
Design Engineer, Bharat Forge, 2018 - Present
- Modelled brackets in SolidWorks and ran FEA in ANSYS

SKILLS
SolidWorks (5 years), ANSYS
"""
    skills = _skills(resume)

    assert skills.count("SolidWorks") == 1 and skills.count("ANSYS") == 1


def test_svn_and_subversion_are_one_version_control_tool_for_matching():
    job = parse_job_description(
        "Build Engineer\n\nRequirements:\n- Experience with Apache Subversion and Jenkins"
    )
    assert job.required_skills == ["Subversion", "Jenkins"]
    result = match_resume_to_job(parse_resume_text(INDEED_EXPORT), job)
    assert "Subversion" in result.matched_skills  # the resume wrote "SVN"
