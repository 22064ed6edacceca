"""Product names that are ordinary words of the open data ("Your", "Perform", "Profile",
"Dealer") are read as products only where the context says so (issue 10)."""

from app.knowledge.store import get_knowledge
from app.resumes.parsing.parser import parse_resume_text
from app.skills.finder import get_skill_finder


def _names(text: str) -> list[str]:
    return get_skill_finder().names(text)


def test_the_knowledge_marks_product_names_that_are_ordinary_words():
    everyday = get_knowledge().skills.everyday

    assert {"your", "perform", "profile", "dealer"} <= everyday
    assert not {"python", "kubernetes", "abaqus", "tableau"} & everyday


def test_an_everyday_word_in_prose_names_no_product_even_near_a_tool_word():
    assert _names("Managed the company Bring Your Own Device program for new hires.") == []
    assert _names("Perform complex engineering implementations with network tools.") == []
    assert _names("Supported every Dealer across the region with the ordering system.") == []
    assert _names("Company Profile  Akal Information System Ltd") == ["Information System"]
    assert _names("PROFILE SUMMARY Testing engineer with five years") == []


def test_an_everyday_word_beside_other_skills_in_a_list_is_the_product():
    assert _names("Tools: Jira, Dealer, Salesforce") == ["Jira", "Dealer", "Salesforce"]
    assert "Zoom" in _names("Worked with Slack, Zoom and Jira every day.")


def test_a_product_written_with_its_vendor_or_its_own_styling_is_found():
    assert "Cerner ProFile" in _names("Charted visits in Cerner ProFile.")
    assert _names("Charted visits in ProFile.") == ["ProFile"]


def test_real_tools_known_by_one_word_are_still_found():
    tools = ["Maven", "Jenkins", "Chef", "Puppet", "Ansible", "Spring"]
    assert _names("Tools: " + ", ".join(tools)) == tools
    assert _names("Built monthly reports in Excel for the finance team.") == ["Excel"]
    assert _names("Kept the member records in Microsoft Access.") == ["Microsoft Access"]
    assert _names("Kept the member records in MS Access.") == ["MS Access"]
    assert _names("Granted access to the shared drive and word templates.") == []


def test_a_resume_lists_the_tools_but_not_the_everyday_words_of_its_prose():
    text = (
        "Asha Rao\nIT Support Engineer\n\nEXPERIENCE\nIT Support Engineer\nAcme Corp\n"
        "January 2022 to Present\n"
        "- Managed the company Bring Your Own Device program onboarding employee devices\n"
        "- Perform complex engineering implementation and maintenance of network tools\n"
        "- Built weekly reports in Excel\n\n"
        "SKILLS\nExcel, Word, MS Access, Jenkins, Ansible\n"
    )

    skills = [skill.name for skill in parse_resume_text(text).skills]

    assert {"Excel", "Jenkins", "Ansible"} <= set(skills)
    assert any("Access" in skill for skill in skills)
    assert not {"Your", "Perform"} & set(skills)
