"""Open-data technology names in prose, and skills people list."""

from app.knowledge.store import get_knowledge
from app.skills.finder import get_skill_finder
from app.skills.listed import resolve_item, split_items


def _names(text: str) -> list[str]:
    return get_skill_finder().names(text)


def test_a_product_name_is_found_and_named_as_people_write_it():
    assert "Abaqus" in _names("Ran crash simulations in Abaqus and ANSYS.")
    assert get_knowledge().skills.get("Abaqus").name == "Dassault Systemes Abaqus"


def test_a_one_word_product_name_needs_its_capital():
    assert "Epic" in _names("Charted patient notes in Epic every shift.")
    assert "Epic" not in _names("It was an epic effort by the whole team.")


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

    unknown = resolve_item("Tally ERP 9", finder, "")
    known = resolve_item("AUTO CAD", finder, "")

    assert [(s.shown, s.known) for s in unknown] == [("Tally ERP 9", False)]
    assert [(s.name, s.shown, s.known) for s in known] == [("Autodesk AutoCAD", "AutoCAD", True)]


def test_a_slashed_pair_gives_both_skills_unless_the_pair_is_one_name():
    finder = get_skill_finder()

    assert [s.shown for s in resolve_item("HTML/CSS", finder, "")] == ["HTML", "CSS"]
    assert [s.shown for s in resolve_item("A/B Testing", finder, "")] == ["A/B Testing"]
