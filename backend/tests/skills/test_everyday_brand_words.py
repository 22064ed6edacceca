"""A product's brand word that is an everyday English word ("Leverage" of IAD Audit Leverage,
"Robust" of Robust Software Overseer Suite, "Packet" of Packet filter software) is no skill on
its own, while real one-word product names still are (issue 10)."""

from app.knowledge.store import get_knowledge
from app.resumes.parsing.parser import parse_resume_text
from app.skills.finder import get_skill_finder

EVERYDAY_BRAND_WORDS = {"Leverage", "Robust", "Packet", "Destiny"}


def _skill_named(word: str) -> str | None:
    skill = get_knowledge().skills.get(word)
    return skill.name if skill else None


def test_everyday_brand_words_name_no_skill():
    assert all(_skill_named(word) is None for word in EVERYDAY_BRAND_WORDS)
    assert _skill_named("Abaqus") == "Dassault Systemes Abaqus"
    assert _skill_named("Toad") == "ToadSoft Toad"


def test_a_list_of_everyday_words_and_products_yields_only_the_products():
    text = "Skills: Leverage, Robust, Packet, Destiny, Abaqus, SolidWorks"

    assert get_skill_finder().names(text) == ["Abaqus", "SolidWorks"]


def test_a_resume_in_everyday_words_lists_only_its_real_products():
    # Run-together lines as PDFs give them: a capital word mid-line after a list of tools.
    text = (
        "Asha Rao\nDesign Engineer\n\nEXPERIENCE\nDesign Engineer\nAcme Corp\n"
        "January 2022 to Present\n"
        "- I leverage robust tooling and am adept at packet analysis\n"
        "- Simulation Tools Leverage Abaqus and SolidWorks to check the frames  Robust load "
        "cases for every weld  Packet Sniffer and Destiny Planner for the plant network\n"
    )

    skills = [skill.name for skill in parse_resume_text(text).skills]

    assert {"Abaqus", "SolidWorks"} <= set(skills)
    assert not {"Leverage", "Robust", "Adept", "Packet", "Destiny"} & set(skills)
