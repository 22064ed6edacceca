"""The shipped question bank: size, coverage and the quality rules every question follows."""

from collections import Counter, defaultdict

import pytest

from app.questions.bank import BankQuestion
from app.questions.generator import load_bank
from app.questions.role_families import ROLE_FAMILIES
from app.skills.taxonomy import get_taxonomy

COMPETENCIES = (
    "teamwork", "conflict", "leadership", "failure", "ownership",
    "prioritization", "communication", "ambiguity", "customer focus",
)  # fmt: skip
# Skills the brief names explicitly; each needs its own set of technical questions.
NAMED_SKILLS = (
    "Python", "JavaScript", "TypeScript", "Java", "Go", "C#", "SQL", "React", "Django",
    "FastAPI", "Spring Boot", "Node.js", "PostgreSQL", "System Design", "AWS", "Docker",
    "Kubernetes", "CI/CD", "Terraform", "Data Science", "Machine Learning", "Data Engineering",
    "Product Management", "Product Sense", "UX Design", "UX Research", "Prospecting",
    "Customer Support", "Patient Assessment", "Medication Administration",
    "Classroom Management", "Lesson Planning", "GAAP", "Account Reconciliation",
    "Financial Modeling", "Content Marketing", "Project Management",
)  # fmt: skip
BANK = load_bank()


def by_category(category: str) -> list[BankQuestion]:
    return [question for question in BANK if question.category == category]


def technical_by_primary_skill() -> dict[str, list[BankQuestion]]:
    grouped: dict[str, list[BankQuestion]] = defaultdict(list)
    for question in by_category("technical"):
        grouped[question.skills[0]].append(question)
    return grouped


def test_bank_has_at_least_320_questions_with_unique_slugs() -> None:
    assert len(BANK) >= 320
    slugs = Counter(question.slug for question in BANK)
    assert [slug for slug, seen in slugs.items() if seen > 1] == []


@pytest.mark.parametrize("competency", COMPETENCIES)
def test_every_competency_has_six_behavioral_questions_at_several_levels(competency: str) -> None:
    questions = [q for q in by_category("behavioral") if q.competency == competency]
    assert len(questions) >= 6
    assert len({question.difficulty for question in questions}) >= 2


def test_behavioral_questions_are_generic_and_answered_in_star_form() -> None:
    for question in by_category("behavioral"):
        assert question.role_families == ["any"], question.slug
        assert question.competency in COMPETENCIES, question.slug
        for part in ("Situation:", "Task:", "Action:", "Result:"):
            assert part in question.model_answer, (question.slug, part)


def test_situational_questions_cover_many_role_families() -> None:
    situational = by_category("situational")
    assert len(situational) >= 30
    families = {family for question in situational for family in question.role_families}
    assert families >= set(ROLE_FAMILIES)


def test_at_least_45_skills_have_four_technical_questions_from_easy_to_hard() -> None:
    covered = {
        skill: questions
        for skill, questions in technical_by_primary_skill().items()
        if len(questions) >= 4
    }
    assert len(covered) >= 45
    for skill, questions in covered.items():
        assert {q.difficulty for q in questions} == {1, 2, 3}, skill


def test_the_named_skills_each_have_four_questions() -> None:
    grouped = technical_by_primary_skill()
    assert {
        skill: len(grouped.get(skill, []))
        for skill in NAMED_SKILLS
        if len(grouped.get(skill, [])) < 4
    } == {}


def test_every_skill_is_a_canonical_taxonomy_name() -> None:
    taxonomy = get_taxonomy()
    wrong = {
        (question.slug, skill)
        for question in BANK
        for skill in question.skills
        if taxonomy.canonical(skill) != skill
    }
    assert wrong == set()
    assert all(question.skills for question in by_category("technical"))


def test_role_families_are_known() -> None:
    allowed = {*ROLE_FAMILIES, "any"}
    for question in BANK:
        assert question.role_families, question.slug
        assert set(question.role_families) <= allowed, question.slug


def test_key_points_are_three_to_six_short_distinct_points() -> None:
    for question in BANK:
        points = question.key_points
        assert 3 <= len(points) <= 6, question.slug
        assert len(set(points)) == len(points), question.slug
        assert all(10 <= len(point) <= 125 for point in points), question.slug


def test_model_answers_are_substantial_and_follow_ups_are_one_or_two() -> None:
    for question in BANK:
        words = len(question.model_answer.split())
        assert 80 <= words <= 200, (question.slug, words)
        assert 1 <= len(question.follow_ups) <= 2, question.slug
        assert all(f.rstrip().endswith(("?", ".")) for f in question.follow_ups), question.slug


def test_questions_read_as_questions() -> None:
    for question in BANK:
        assert question.text[0].isupper(), question.slug
        assert question.text.rstrip().endswith((".", "?")), question.slug
        assert question.slug == question.slug.lower() and " " not in question.slug


def test_load_bank_returns_a_fresh_list_each_time() -> None:
    first, second = load_bank(), load_bank()
    assert first == second and first is not second
