"""Plan an interview from the question bank: relevant to the job, the resume, the role and its
level, with a behavioral mix, a reason for every question and the same output for the same
inputs and seed. Offline and rule-based; see picker.py for how each question is chosen."""

from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import TypeAdapter

from app.jobs.parsed import ParsedJob, Seniority
from app.questions.bank import BankQuestion, CategoryMix, PlannedQuestion, QuestionCategory
from app.questions.competencies import favoured_competencies
from app.questions.key_points import infer_key_points
from app.questions.personalize import personalize
from app.questions.picker import QuestionPicker
from app.questions.role_families import difficulty_range, infer_role_families, resolve_seniority
from app.questions.targets import SkillTarget, build_skill_targets
from app.resumes.parsed import ParsedResume
from app.skills.taxonomy import Taxonomy, get_taxonomy

__all__ = ["generate_interview_questions", "infer_key_points", "load_bank", "plan_category_counts"]

QUESTIONS_FILE = Path(__file__).resolve().parents[1] / "data" / "questions.json"
# About 40% behavioral and situational questions once an interview has three or more.
SOFT_SHARE = 0.4
CATEGORIES: tuple[QuestionCategory, ...] = ("behavioral", "technical", "situational")


@lru_cache(maxsize=1)
def _shipped_bank() -> tuple[BankQuestion, ...]:
    return tuple(TypeAdapter(list[BankQuestion]).validate_json(QUESTIONS_FILE.read_bytes()))


def load_bank() -> list[BankQuestion]:
    """The shipped question bank, parsed once; each call returns a new list."""
    return list(_shipped_bank())


def generate_interview_questions(
    bank: list[BankQuestion],
    *,
    role: str,
    seniority: Seniority | None,
    job: ParsedJob | None,
    resume: ParsedResume | None,
    count: int,
    mix: CategoryMix | None = None,
    avoid_slugs: Set[str] = frozenset(),
    seed: int = 0,
    extra_skills: Sequence[str] = (),
) -> list[PlannedQuestion]:
    """Up to `count` questions: a behavioral warm-up first, technical questions in the middle
    (the resume's gap against the job first), a behavioral or situational question last."""
    if count <= 0:
        return []
    taxonomy = get_taxonomy()
    families = infer_role_families(role, job, resume, taxonomy)
    level = resolve_seniority(seniority, role, job, resume)
    picker = QuestionPicker(
        bank,
        families=families,
        difficulties=difficulty_range(level),
        avoid_slugs=avoid_slugs,
        seed=seed,
    )
    brief = _Brief(
        targets=build_skill_targets(
            picker.questions("technical"),
            job=job,
            resume=resume,
            extra_skills=extra_skills,
            families=families,
            taxonomy=taxonomy,
        ),
        favoured=favoured_competencies(
            seniority=level,
            families=families,
            job=job,
            extra_skills=extra_skills,
            taxonomy=taxonomy,
        ),
        role_label=role.strip() or (job.title if job and job.title else "this role"),
    )
    chosen = _fill(picker, brief, plan_category_counts(count, mix), taxonomy)
    ordered = arrange(chosen["technical"], chosen["behavioral"], chosen["situational"])
    return personalize(ordered, resume, taxonomy)


def plan_category_counts(count: int, mix: CategoryMix | None) -> dict[QuestionCategory, int]:
    """How many questions of each category: the mix scaled to `count` (exactly the mix when its
    total equals `count`), else the default of about 40% behavioral and situational."""
    if mix is not None and mix.total > 0:
        return _scale_mix(count, mix)
    if count == 1:
        return {"behavioral": 0, "technical": 1, "situational": 0}
    soft = 1 if count == 2 else max(2, int(count * SOFT_SHARE + 0.5))
    situational = soft // 2
    return {"behavioral": soft - situational, "technical": count - soft, "situational": situational}


def arrange(
    technical: Sequence[PlannedQuestion],
    behavioral: Sequence[PlannedQuestion],
    situational: Sequence[PlannedQuestion],
) -> list[PlannedQuestion]:
    """The easiest behavioral question opens, a situational (or behavioral) one closes and the
    remaining soft questions are spread evenly between the technical ones."""
    soft = [*behavioral, *situational]
    if not soft:
        return list(technical)
    opener = min(
        soft, key=lambda question: (question.category != "behavioral", question.difficulty)
    )
    rest = [question for question in soft if question is not opener]
    closer = rest.pop() if rest and technical else None
    middle = list(technical)
    for index, question in enumerate(rest):
        position = round((index + 1) * len(technical) / (len(rest) + 1)) + index
        middle.insert(position, question)
    return [opener, *middle, *([closer] if closer else [])]


@dataclass(frozen=True)
class _Brief:
    """What the interview is about, beyond the bank: skills to probe and competencies to favour."""

    targets: list[SkillTarget]
    favoured: tuple[list[str], list[str]]
    role_label: str


def _fill(
    picker: QuestionPicker,
    brief: _Brief,
    counts: dict[QuestionCategory, int],
    taxonomy: Taxonomy,
) -> dict[QuestionCategory, list[PlannedQuestion]]:
    """The planned number of each category; slots a category cannot fill go to the others."""

    def pick(category: QuestionCategory, wanted: int) -> list[PlannedQuestion]:
        if category == "technical":
            return picker.pick_technical(wanted, brief.targets, brief.role_label, taxonomy)
        if category == "behavioral":
            return picker.pick_behavioral(wanted, brief.favoured)
        return picker.pick_situational(wanted)

    chosen = {category: pick(category, wanted) for category, wanted in counts.items()}
    missing = sum(counts.values()) - sum(len(questions) for questions in chosen.values())
    for category in CATEGORIES:
        if missing > 0:
            extra = pick(category, missing)
            chosen[category] += extra
            missing -= len(extra)
    return chosen


def _scale_mix(count: int, mix: CategoryMix) -> dict[QuestionCategory, int]:
    """Largest-remainder scaling, so the parts always add up to `count`."""
    wanted = {category: getattr(mix, category) for category in CATEGORIES}
    exact = {category: value * count / mix.total for category, value in wanted.items()}
    counts = {category: int(value) for category, value in exact.items()}
    by_remainder = sorted(CATEGORIES, key=lambda category: counts[category] - exact[category])
    for category in by_remainder[: count - sum(counts.values())]:
        counts[category] += 1
    return counts
