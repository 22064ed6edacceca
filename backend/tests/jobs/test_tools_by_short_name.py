"""Tools known by the short names people write (JSP, STAAD Pro, QTP, Quality Center) are read
in postings as well as resumes, so they count in the match (issue 10)."""

from app.jobs.matching import match_resume_to_job
from app.jobs.parsing import parse_job_description
from app.resumes.parsing.parser import parse_resume_text

STRUCTURAL_POSTING = """Structural Engineer

Requirements:
- Design of RCC and steel frames in STAAD Pro and ETABS
- Project schedules in Primavera P6
"""

CIVIL_RESUME = """Anita Rao
Civil Engineer

SKILLS
STAAD.Pro, ETABS, Primavera, AutoCAD

EXPERIENCE
Site Engineer, L&T Construction, June 2018 - Present
- Checked slab and beam designs against the STAAD model
"""

JAVA_POSTING = """Java Developer

Requirements:
- Web applications with JSP, Servlets and Struts
- EJB and Hibernate
"""

TESTER_POSTING = """QA Automation Engineer

Requirements:
- Test scripts in QTP/UFT
- Defects logged and tracked in HP Quality Center
"""

TESTER_RESUME = """Kiran Patel
Test Engineer

SKILLS
Tools: HP ALM, UFT, Selenium WebDriver

EXPERIENCE
Test Engineer, Wipro, July 2017 - Present
- Automated regression suites in QTP and logged defects in Quality Center
"""


def test_a_structural_posting_asks_for_the_tools_a_civil_resume_lists():
    job = parse_job_description(STRUCTURAL_POSTING)
    assert {"STAAD.Pro", "ETABS", "Primavera P6"} <= set(job.required_skills)

    result = match_resume_to_job(parse_resume_text(CIVIL_RESUME), job)
    assert {"STAAD.Pro", "ETABS", "Primavera P6"} <= set(result.matched_skills)
    assert result.missing_required == []


def test_java_web_tools_are_asked_for_by_their_short_names():
    job = parse_job_description(JAVA_POSTING)
    assert {"JSP", "Servlets", "Struts", "EJB", "Hibernate"} <= set(job.required_skills)


def test_a_testers_tools_match_under_any_of_their_names():
    job = parse_job_description(TESTER_POSTING)
    assert {"QTP", "HP ALM"} <= set(job.required_skills)

    result = match_resume_to_job(parse_resume_text(TESTER_RESUME), job)
    assert {"QTP", "HP ALM"} <= set(result.matched_skills)


def test_network_protocols_are_asked_for_but_everyday_words_are_not_protocols():
    job = parse_job_description(
        "Network Engineer\n\nRequirements:\n"
        "- STP, VTP and the OSI model\n"
        "- Cisco ASA firewalls, RIPv2 and a PBX\n"
        "- Willing to rip out old cabling with Nat, our site lead\n"
    )
    assert {"STP", "VTP", "OSI Model", "Cisco ASA", "Routing Information Protocol", "PBX"} <= set(
        job.required_skills
    )
    assert "Network Address Translation" not in job.required_skills
