"""Open-data technology names in prose, and skills people list."""

from app.knowledge.store import get_knowledge
from app.skills.finder import get_skill_finder
from app.skills.listed import listed_in_prose, resolve_item, split_items


def _names(text: str) -> list[str]:
    return get_skill_finder().names(text)


def _shown(item: str) -> list[str]:
    """The skills a list item names, as the person wrote them."""
    return [skill.shown for skill in resolve_item(item, get_skill_finder())]


def test_a_product_name_is_found_and_named_as_people_write_it():
    assert "Abaqus" in _names("Ran crash simulations in Abaqus and ANSYS.")
    abaqus = get_knowledge().skills.get("Abaqus")
    assert abaqus is not None and abaqus.name == "Dassault Systemes Abaqus"


def test_a_one_word_product_name_needs_its_capital():
    assert "Epic" in _names("Charted patient notes in Epic every shift.")
    assert "Epic" not in _names("It was an epic effort by the whole team.")


def test_a_practice_named_in_prose_is_found_as_written():
    names = _names("Performed functional testing and defect tracking for the billing app.")
    assert names == ["functional testing", "defect tracking"]
    assert _names("Ran non-functional testing of the billing app.") == []


def test_the_longer_name_wins_where_two_overlap():
    assert _names("Deployed on Apache Tomcat.") == ["Apache Tomcat"]


def test_list_items_lose_labels_levels_and_qualifiers():
    items = split_items(
        "Programming Languages: Java (3 years), Basic knowledge of Python, Cloud (AWS, GCP), etc."
    )

    assert sorted(items) == ["AWS", "Cloud", "GCP", "Java", "Python"]


def test_a_table_row_label_is_not_an_item():
    assert split_items("Front-end | HTML, CSS, JavaScript") == ["HTML", "CSS", "JavaScript"]


def test_an_unknown_tool_is_kept_as_written_and_a_known_one_as_the_person_spells_it():
    finder = get_skill_finder()

    unknown = resolve_item("Marg ERP 9", finder)
    known = resolve_item("AUTO CAD", finder)

    assert [(s.shown, s.known) for s in unknown] == [("Marg ERP 9", False)]
    assert [(s.name, s.shown, s.known) for s in known] == [("Autodesk AutoCAD", "AutoCAD", True)]


def test_a_slashed_pair_gives_both_skills_unless_the_pair_is_one_name():
    finder = get_skill_finder()

    assert [s.shown for s in resolve_item("HTML/CSS", finder)] == ["HTML", "CSS"]
    assert [s.shown for s in resolve_item("A/B Testing", finder)] == ["A/B Testing"]


def test_a_list_item_loses_its_years_even_without_brackets():
    assert split_items("Azure 3 years, Jenkins (2 years), ArgoCD 1 year Projects") == [
        "Azure",
        "Jenkins",
        "ArgoCD",
    ]
    assert split_items("Less than 1 year") == []


def test_a_label_that_lost_its_colon_gives_the_items_after_it():
    assert _shown("Database MySQL SQL") == ["MySQL", "SQL"]
    assert _shown("Operating Systems Windows Ubantu") == ["Windows", "Ubantu"]
    assert _shown("Database Administration") == ["Database Administration"]
    assert _shown("Amazon Web Services EC2") == ["Amazon Web Services", "EC2"]


def test_the_next_groups_label_between_two_skills_splits_them():
    # "IT Skills  C  Java  Python  HTML  CSS  MySQL  JavaScript Developer Tools PyCharm"
    assert _shown("JavaScript Developer Tools PyCharm") == ["JavaScript", "PyCharm"]
    assert _shown("Python Frameworks Django") == ["Python", "Django"]
    assert _shown("Java Distributed Systems Python") == ["Java", "Distributed Systems", "Python"]


def test_a_name_between_known_ones_is_known_too_without_its_punctuation():
    skills = resolve_item("Web Designing ASPNET HTML", get_skill_finder())

    assert [(skill.name, skill.shown) for skill in skills] == [
        ("Web Design", "Web Designing"),
        ("HTML", "HTML"),
        ("ASP.NET", "ASPNET"),
    ]
    assert all(skill.known for skill in skills)


def test_a_styled_product_name_written_as_a_plain_word_is_the_word():
    names = _names("Monitored links via various NMS tools such as PRTG")
    assert "via" not in [name.lower() for name in names]


def test_a_heading_run_into_a_list_is_not_an_item():
    assert _shown("Skill Set") == []
    assert _shown("All Versions Summary") == []
    assert _shown("Oracle Profile Summary") == ["Oracle"]


def test_the_finder_mentions_of_an_item_can_be_passed_in():
    finder = get_skill_finder()
    item = "HTML CSS Networking SQL"

    assert resolve_item(item, finder, finder.find(item)) == resolve_item(item, finder)


def test_acronyms_run_on_after_known_ones_are_separate_names():
    assert _shown("Other DNS DHCP TCPIP NAT") == ["DNS", "DHCP", "TCPIP", "NAT"]
    assert _shown("IBM MQ") == ["IBM MQ"]


def test_a_list_without_separators_splits_at_joining_words_and_acronym_runs():
    assert set(_shown("Switching VLAN STP and VTP")) == {"Switching", "VLAN", "STP", "VTP"}
    assert _shown("ONU ONT OLT GPON Master and WiFi Routers") == [
        *["ONU", "ONT", "OLT", "GPON", "Master", "WiFi Routers"]
    ]
    assert _shown("Functional Testing RTM TSR Bug Triage Meetings") == [
        *["Functional Testing", "RTM", "TSR", "Bug Triage Meetings"]
    ]
    # Prose in a skills list is no run of names.
    assert _shown("Tally pythonDBMS research in mathematics and greater mathematician") == []


def test_a_broad_knowledge_qualifier_is_not_part_of_the_item():
    assert split_items("Wide knowledge of OTDR") == ["OTDR"]
    assert split_items("Extensive experience with Spiceworks") == ["Spiceworks"]


def test_tools_and_practices_of_testers_and_network_staff_are_known_by_their_short_names():
    skills = get_knowledge().skills

    expected = {
        "SDLC": "Software Development Life Cycle",
        "STLC": "Software Testing Life Cycle",
        "bug life cycle": "Defect Life Cycle",
        "OOPS": "Object-Oriented Programming",
        "data driven framework": "Data-Driven Testing",
        "Intune": "Microsoft Intune",
        "SnipeIT": "Snipe-IT",
        "fibre splicing": "Fiber Splicing",
    }
    for written, name in expected.items():
        known = skills.get(written)
        assert known is not None and known.name == name, written


def test_a_name_between_two_known_ones_in_a_prose_list_is_a_name_too():
    items = listed_in_prose(
        "Secured mail with technologies like CloudBerry Zscaler Barracuda Mimecast for the firm",
        get_skill_finder(),
    )

    assert items == ["CloudBerry", "Zscaler", "Barracuda", "Mimecast"]
