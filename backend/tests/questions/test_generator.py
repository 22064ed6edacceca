"""Interview planning from the bank: relevance, gaps, mix, order, determinism, avoidance,
personalization and inferred key points. Plain unit tests on the shipped bank."""

import pytest

from app.jobs.parsed import ParsedJob
from app.questions.bank import BankQuestion, CategoryMix, PlannedQuestion
from app.questions.generator import (
    generate_interview_questions,
    infer_key_points,
    load_bank,
    plan_category_counts,
)
from app.questions.personalize import resume_prefix
from app.resumes.parsed import Experience, ParsedResume, ResumeSkill

BANK = load_bank()
BY_SLUG = {question.slug: question for question in BANK}
KAFKA_HIGHLIGHT = "Moved billing to Kafka, cutting settlement latency by 40%"


def backend_job(**changes) -> ParsedJob:
    fields = {
        "title": "Senior Backend Engineer (Python)",
        "seniority": "senior",
        "required_skills": ["Python", "SQL", "Docker", "AWS", "Kubernetes"],
        "nice_to_have_skills": ["Apache Kafka", "Terraform"],
        "responsibilities": ["Design and operate REST APIs", "Mentor mid-level engineers"],
    }
    return ParsedJob(**{**fields, **changes})


def backend_resume(
    skills: tuple[str, ...] = ("Python", "SQL", "Docker", "AWS", "PostgreSQL", "Apache Kafka"),
    highlights: tuple[str, ...] = (KAFKA_HIGHLIGHT, "Mentored two junior engineers"),
) -> ParsedResume:
    return ParsedResume(
        name="Sam Rivera",
        skills=[ResumeSkill(name=name, category="software") for name in skills],
        experience=[
            Experience(
                title="Backend Engineer", company="Acme Payments", highlights=list(highlights)
            )
        ],
        years_experience=6,
    )


def generate(**overrides) -> list[PlannedQuestion]:
    arguments = {
        "role": "Senior Backend Engineer",
        "seniority": None,
        "job": backend_job(),
        "resume": backend_resume(),
        "count": 10,
    }
    return generate_interview_questions(BANK, **{**arguments, **overrides})


def bank_question(planned: PlannedQuestion) -> BankQuestion:
    assert planned.bank_slug is not None
    return BY_SLUG[planned.bank_slug]


def of_category(questions: list[PlannedQuestion], category: str) -> list[PlannedQuestion]:
    return [question for question in questions if question.category == category]


# --- relevance and gaps -------------------------------------------------------------------


def test_a_required_skill_missing_from_the_resume_gets_a_gap_question() -> None:
    questions = generate()
    gap = [q for q in questions if q.reason.startswith("The job asks for Kubernetes, which")]
    assert len(gap) == 1
    assert gap[0].reason == "The job asks for Kubernetes, which your resume doesn't show yet."
    assert "Kubernetes" in gap[0].skills
    assert gap[0].category == "technical"


def test_the_gap_is_covered_even_by_a_one_question_interview() -> None:
    [only] = generate(count=1)
    assert only.reason.startswith("The job asks for Kubernetes, which")


def test_a_gap_without_its_own_questions_is_practised_through_a_related_skill() -> None:
    # The bank has no Helm question; Kubernetes is Helm's closest relative in the taxonomy.
    job = backend_job(required_skills=["Python", "Helm"], nice_to_have_skills=[])
    questions = generate(job=job, count=5)
    gap = [q for q in questions if q.reason.startswith("The job asks for Helm, which")]
    assert len(gap) == 1
    assert gap[0].reason == (
        "The job asks for Helm, which your resume doesn't show yet; "
        "this question practises it through Kubernetes."
    )


def test_related_skills_from_other_role_families_are_not_used() -> None:
    # The taxonomy relates Parent Communication to Communication, which a patient-education
    # question also lists; a teacher should still not be asked about discharging a patient.
    job = ParsedJob(
        title="3rd Grade Teacher", required_skills=["Parent Communication", "Lesson Planning"]
    )
    resume = ParsedResume(skills=[ResumeSkill(name="Phonics", category="education")])
    questions = generate(role="3rd Grade Teacher", job=job, resume=resume, count=8)
    for question in of_category(questions, "technical"):
        assert "education" in bank_question(question).role_families, question.bank_slug


def test_no_gap_reason_without_a_resume_or_when_nothing_is_missing() -> None:
    without_resume = generate(resume=None)
    assert not any("doesn't show" in q.reason for q in without_resume)
    assert any(q.reason == "The job asks for Python." for q in without_resume)
    complete = backend_resume(skills=("Python", "SQL", "Docker", "AWS", "Kubernetes"))
    assert not any("doesn't show" in q.reason for q in generate(resume=complete))


def test_required_skills_come_before_nice_to_have_and_resume_skills() -> None:
    technical = of_category(generate(count=20), "technical")
    reasons = [q.reason for q in technical]
    required = [i for i, r in enumerate(reasons) if r.startswith("The job asks for")]
    later = [i for i, r in enumerate(reasons) if "is a plus" in r or r.startswith("Your resume")]
    assert required and later and max(required[:5]) < min(later)


def test_technical_questions_do_not_repeat_a_primary_skill_when_others_are_left() -> None:
    technical = of_category(generate(count=20), "technical")
    primaries = [bank_question(q).skills[0] for q in technical]
    assert len(primaries) == len(set(primaries))


def test_extra_skills_are_practised_with_their_own_reason() -> None:
    questions = generate(extra_skills=["Terraform"], count=6)
    assert any(q.reason == "You asked to practise Terraform." for q in questions)


def test_a_resume_alone_drives_questions_from_its_skills() -> None:
    questions = generate(role="", job=None, count=8)
    reasons = {q.reason for q in of_category(questions, "technical")}
    assert "Your resume mentions Python." in reasons


def test_a_role_alone_picks_questions_from_its_family() -> None:
    questions = generate(role="Registered Nurse", job=None, resume=None, count=12)
    for question in questions:
        families = bank_question(question).role_families
        if question.category == "behavioral":
            assert families == ["any"]
        else:
            assert "healthcare" in families, question.bank_slug
    assert any(q.reason.endswith(" is a core skill for Registered Nurse.") for q in questions)


@pytest.mark.parametrize(
    ("role", "family"),
    [
        ("3rd Grade Teacher", "education"),
        ("Staff Accountant", "finance"),
        ("UX Researcher", "design"),
    ],
)
def test_other_roles_alone_stay_in_their_family(role: str, family: str) -> None:
    technical = of_category(generate(role=role, job=None, resume=None, count=8), "technical")
    assert technical
    assert all(family in bank_question(q).role_families for q in technical)


@pytest.mark.parametrize(("seniority", "allowed"), [("junior", {1, 2}), ("senior", {2, 3})])
def test_difficulty_follows_seniority(seniority: str, allowed: set[int]) -> None:
    technical = of_category(generate(seniority=seniority, count=12), "technical")
    assert {q.difficulty for q in technical} <= allowed


# --- mix, count and order -------------------------------------------------------------------


def test_default_mix_is_about_forty_percent_behavioral_and_situational() -> None:
    questions = generate(count=10)
    soft = [q for q in questions if q.category != "technical"]
    assert len(soft) == 4
    assert of_category(questions, "behavioral") and of_category(questions, "situational")


def test_an_opening_warm_up_technical_middle_and_a_soft_closer() -> None:
    questions = generate(count=10)
    assert questions[0].category == "behavioral"
    assert questions[-1].category in ("behavioral", "situational")
    assert questions[1].category == "technical"
    behavioral = of_category(questions, "behavioral")
    assert questions[0].difficulty == min(q.difficulty for q in behavioral)


@pytest.mark.parametrize("count", range(1, 21))
def test_count_is_respected(count: int) -> None:
    assert len(generate(count=count)) == count
    assert len(generate(role="Registered Nurse", job=None, resume=None, count=count)) == count


@pytest.mark.parametrize(
    "mix",
    [
        CategoryMix(behavioral=3, technical=2, situational=1),
        CategoryMix(behavioral=0, technical=5, situational=0),
        CategoryMix(behavioral=4, technical=0, situational=4),
    ],
)
def test_a_given_mix_is_followed_exactly(mix: CategoryMix) -> None:
    questions = generate(count=mix.total, mix=mix)
    assert len(of_category(questions, "behavioral")) == mix.behavioral
    assert len(of_category(questions, "technical")) == mix.technical
    assert len(of_category(questions, "situational")) == mix.situational


def test_a_mix_is_scaled_when_its_total_differs_from_the_count() -> None:
    counts = plan_category_counts(10, CategoryMix(behavioral=1, technical=2, situational=1))
    assert counts == {"behavioral": 3, "technical": 5, "situational": 2}
    assert plan_category_counts(1, None) == {"behavioral": 0, "technical": 1, "situational": 0}


def test_behavioral_questions_cover_different_competencies() -> None:
    behavioral = of_category(generate(count=20, mix=CategoryMix(behavioral=9)), "behavioral")
    assert len({q.reason for q in behavioral}) == 9
    assert all(q.reason.startswith("A behavioural question on ") for q in behavioral)
    assert "A behavioural question on customer focus." in {q.reason for q in behavioral}


# --- determinism and avoidance -----------------------------------------------------------


def test_same_inputs_and_seed_give_the_same_questions() -> None:
    assert generate(seed=7) == generate(seed=7)
    assert generate(seed=7) == generate_interview_questions(
        list(reversed(BANK)),
        role="Senior Backend Engineer",
        seniority=None,
        job=backend_job(),
        resume=backend_resume(),
        count=10,
        seed=7,
    )


def test_different_seeds_can_vary_the_interview() -> None:
    interviews = {tuple(q.bank_slug for q in generate(seed=seed)) for seed in range(6)}
    assert len(interviews) > 1


def test_recently_seen_questions_are_avoided() -> None:
    first = generate(count=10)
    seen = {q.bank_slug for q in first if q.bank_slug}
    second = generate(count=10, avoid_slugs=seen)
    assert seen.isdisjoint(q.bank_slug for q in second)
    assert any(q.reason.startswith("The job asks for Kubernetes, which") for q in second)


def test_avoided_questions_are_reused_only_when_the_bank_runs_out() -> None:
    small = [q for q in BANK if q.competency == "teamwork"]
    avoid = {q.slug for q in small[:5]}

    def plan(count: int) -> set[str | None]:
        questions = generate_interview_questions(
            small, role="", seniority=None, job=None, resume=None, count=count, avoid_slugs=avoid
        )
        return {q.bank_slug for q in questions}

    assert plan(2).isdisjoint(avoid)
    assert plan(len(small)) == {q.slug for q in small}


def test_every_question_comes_from_the_bank_with_a_reason() -> None:
    for question in generate(count=20):
        assert question.source == "bank"
        assert question.bank_slug in BY_SLUG
        assert question.reason
        assert question.key_points == bank_question(question).key_points


# --- personalization ---------------------------------------------------------------------


def test_a_question_on_a_highlighted_skill_opens_with_the_resume_detail() -> None:
    job = backend_job(required_skills=["Apache Kafka", "Python"], nice_to_have_skills=[])
    questions = generate(job=job, count=4)
    kafka = [q for q in questions if "Apache Kafka" in q.skills]
    assert kafka
    expected = "At Acme Payments you moved billing to Kafka, cutting settlement latency by 40%. "
    assert kafka[0].text == expected + bank_question(kafka[0]).text
    others = [q for q in questions if q not in kafka and q.category == "technical"]
    assert all(q.text == bank_question(q).text for q in others)


def test_each_highlight_personalizes_at_most_one_question() -> None:
    job = backend_job(required_skills=["Apache Kafka"], nice_to_have_skills=[])
    mix = CategoryMix(technical=3)
    questions = generate(job=job, count=3, mix=mix, extra_skills=["Apache Kafka"])
    assert sum(q.text.startswith("At Acme Payments") for q in questions) <= 1


def test_behavioral_questions_are_not_personalized() -> None:
    resume = backend_resume(highlights=("Led a team of five engineers",))
    for question in of_category(generate(resume=resume, count=10), "behavioral"):
        assert question.text == bank_question(question).text


@pytest.mark.parametrize(
    ("highlight", "company", "expected"),
    [
        ("Moved billing to Kafka.", "Acme", "At Acme you moved billing to Kafka. "),
        ("I built the Kafka pipeline", None, "Your resume says you built the Kafka pipeline. "),
        (
            "- AWS migration of 40 services",
            "Acme",
            'Your resume mentions "AWS migration of 40 services" at Acme. ',
        ),
        (
            "Embedded systems work on Kafka",
            None,
            'Your resume mentions "Embedded systems work on Kafka". ',
        ),
    ],
)
def test_resume_prefix_reads_naturally(highlight: str, company: str | None, expected: str) -> None:
    assert resume_prefix(highlight, company) == expected


# --- inferred key points -----------------------------------------------------------------


def test_key_points_for_a_technical_question_name_its_skills_and_structure() -> None:
    points = infer_key_points("How does the GIL affect threads in Python and Go?")
    assert 3 <= len(points) <= 6
    assert points[0] == "Uses Python concepts and terms accurately"
    assert "Weighs trade-offs and alternatives" in points
    assert "Gives a concrete example from real work" in points


def test_key_points_for_behavioral_and_situational_questions_follow_their_shape() -> None:
    behavioral = infer_key_points("Tell me about a time you resolved a conflict in your team.")
    assert "States a measurable result" in behavioral
    assert "Reflects on what they learned" in behavioral
    situational = infer_key_points("What would you do if a patient refused their medication?")
    assert "Says how they would check the outcome and follow up" in situational
    explicit = infer_key_points("Explain load balancing.", "situational")
    assert "Lays out concrete steps in a sensible order" in explicit


def test_key_points_are_deterministic() -> None:
    text = "Design a rate limiter for a public REST API on AWS."
    assert infer_key_points(text) == infer_key_points(text)
    assert 3 <= len(infer_key_points("Why?")) <= 6


def test_every_reason_is_a_sentence_for_the_candidate() -> None:
    questions = generate(count=20, mix=CategoryMix(behavioral=4, technical=10, situational=6))
    situational = {q.reason for q in of_category(questions, "situational")}
    assert "A situational question: a scenario typical of software work." in situational
    for question in questions:
        assert question.reason[0].isupper() and question.reason.endswith("."), question.reason
        assert not question.reason.split(" ")[0].endswith(":"), question.reason  # no label
