"""The build's test for everyday English words (wordfreq), which keeps them from becoming a
product's one-word alias (issue 10)."""

from scripts.build_knowledge import everyday_english
from scripts.knowledge_names import ProductNames


def _brand_words(name: str) -> list[str]:
    names = ProductNames({}, frozenset(), frozenset(), everyday_word=everyday_english(frozenset()))
    return names.brand_words(name)


def test_common_english_words_are_everyday_and_product_names_are_not():
    everyday = everyday_english(frozenset({"dealer"}))

    assert all(map(everyday, ["Leverage", "Robust", "Packet", "Destiny", "Suite"]))
    assert not any(map(everyday, ["Abaqus", "SolidWorks", "ANSYS", "Toad", "Nuke"]))


def test_a_word_the_open_data_marks_or_one_styled_as_a_name_is_left_to_the_app():
    everyday = everyday_english(frozenset({"dealer"}))

    assert not everyday("Dealer")
    assert not everyday("TeamMate")


def test_brand_words_leave_out_everyday_english():
    assert _brand_words("IAD Audit Leverage") == []
    assert _brand_words("Robust Software Overseer Suite") == ["Overseer"]
    assert _brand_words("Dassault Systemes Simulia Abaqus FEA") == ["Dassault", "Simulia", "Abaqus"]
