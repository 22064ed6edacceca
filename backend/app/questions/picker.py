"""Greedy, explainable choice of bank questions for one interview.

Every pick takes the best remaining question by a sort key whose first elements encode the
rules, strongest first: questions relevant to the job or role before unrelated ones (a nurse
re-practises a recently seen nursing question rather than get a Python one); among those,
recently seen questions only when nothing else is left; a new primary skill (or competency)
before a repeat; then the priority of the skill target, how closely the question matches it,
how well its difficulty fits the seniority and how central its role family is. A seeded
random number per question only breaks the remaining ties, so the same inputs and seed give
the same picks.
"""

import random
from collections import Counter
from collections.abc import Sequence, Set

from app.questions import reasons
from app.questions.bank import BankQuestion, PlannedQuestion, QuestionCategory, planned_from_bank
from app.questions.role_families import in_families
from app.questions.targets import RELATED_PRIMARY, SkillTarget, TargetMatch, match_targets
from app.skills.taxonomy import Taxonomy

_TARGET, _COVERED_TARGET, _ROLE, _UNRELATED = range(4)


class QuestionPicker:
    def __init__(
        self,
        bank: Sequence[BankQuestion],
        *,
        families: Sequence[str],
        difficulties: tuple[int, int],
        avoid_slugs: Set[str],
        seed: int,
    ) -> None:
        ordered = sorted(bank, key=lambda question: question.slug)
        rng = random.Random(seed)
        self._tiebreak = {question.slug: rng.random() for question in ordered}
        self._by_category: dict[str, list[BankQuestion]] = {}
        for question in ordered:
            self._by_category.setdefault(question.category, []).append(question)
        self._families = list(families)
        self._difficulties = difficulties
        self._avoid = avoid_slugs
        self._used: set[str] = set()
        self._used_primaries: Counter[str] = Counter()
        self._used_themes: Counter[str] = Counter()  # competencies and situational themes

    def questions(self, category: QuestionCategory) -> list[BankQuestion]:
        return list(self._by_category.get(category, ()))

    def pick_technical(
        self, count: int, targets: Sequence[SkillTarget], role_label: str, taxonomy: Taxonomy
    ) -> list[PlannedQuestion]:
        pool = self.questions("technical")
        matches = {
            question.slug: match_targets(question, targets, taxonomy, self._in_family(question))
            for question in pool
        }
        covered: set[int] = set()
        picked = []
        for _ in range(count):
            choices = [question for question in pool if question.slug not in self._used]
            if not choices:
                break
            question = min(choices, key=lambda q: self._technical_key(q, matches[q.slug], covered))
            match = _first_uncovered(matches[question.slug], covered)
            if match is not None:
                covered.add(match.target)
            reason = self._technical_reason(question, matches[question.slug], match, targets)
            core = reasons.core_skill(role_label, _skill(question))
            picked.append(self._take(question, reason or core))
        return picked

    def pick_behavioral(
        self, count: int, favoured: tuple[Sequence[str], Sequence[str]]
    ) -> list[PlannedQuestion]:
        pool = self.questions("behavioral")
        first, second = favoured
        picked = []
        for _ in range(count):
            choices = [question for question in pool if question.slug not in self._used]
            if not choices:
                break

            def key(question: BankQuestion) -> tuple:
                competency = _theme(question)
                tier = 0 if competency in first else 1 if competency in second else 2
                repeat = self._used_themes[competency]
                return (question.slug in self._avoid, repeat, tier, *self._fit(question))

            question = min(choices, key=key)
            picked.append(self._take(question, reasons.behavioral(question.competency)))
        return picked

    def pick_situational(self, count: int) -> list[PlannedQuestion]:
        pool = self.questions("situational")
        picked = []
        for _ in range(count):
            choices = [question for question in pool if question.slug not in self._used]
            if not choices:
                break

            def key(question: BankQuestion) -> tuple:
                outside = not self._in_family(question)
                repeat = self._used_themes[_theme(question)]
                return (outside, question.slug in self._avoid, repeat, *self._fit(question))

            question = min(choices, key=key)
            picked.append(self._take(question, self._situational_reason(question)))
        return picked

    def _technical_key(
        self, question: BankQuestion, matches: list[TargetMatch], covered: set[int]
    ) -> tuple:
        match = _first_uncovered(matches, covered)
        again = _direct_match(matches)
        if match is not None:
            group, rank, quality = _TARGET, match.rank, match.quality
        elif again is not None:
            group, rank, quality = _COVERED_TARGET, again.rank, again.quality
        else:
            group = _ROLE if self._in_family(question) else _UNRELATED
            rank = quality = 0
        repeat = self._used_primaries[_primary(question)]
        avoided = question.slug in self._avoid
        return (group == _UNRELATED, avoided, repeat, group, rank, quality, *self._fit(question))

    def _technical_reason(
        self,
        question: BankQuestion,
        matches: list[TargetMatch],
        match: TargetMatch | None,
        targets: Sequence[SkillTarget],
    ) -> str | None:
        """Why the question was picked; None when it is simply a core question of the role."""
        match = match or _direct_match(matches)
        primary = _primary(question)
        if match is None:
            return None if self._in_family(question) else reasons.general_practice(_skill(question))
        reason = targets[match.target].reason
        if match.quality >= RELATED_PRIMARY:
            return reasons.practised_through(reason, primary)
        return reason

    def _situational_reason(self, question: BankQuestion) -> str:
        family = next((f for f in question.role_families if f in self._families), None)
        return reasons.situational(family=family, topic=question.competency or _skill(question))

    def _fit(self, question: BankQuestion) -> tuple[int, tuple[int, int], float]:
        """Difficulty outside the seniority's range, role-family rank, then the seeded tie-break."""
        low, high = self._difficulties
        off_level = max(low - question.difficulty, question.difficulty - high, 0)
        return (off_level, self._family_rank(question), self._tiebreak[question.slug])

    def _family_rank(self, question: BankQuestion) -> tuple[int, int]:
        """How central the question is: the rank of its best family in the interview, then how
        early that family comes in the question's own list (Data Analysis is more of a data
        question than Python is)."""
        ranks = [
            (self._families.index(family), position)
            for position, family in enumerate(question.role_families)
            if family in self._families
        ]
        return min(ranks, default=(len(self._families), 0))

    def _in_family(self, question: BankQuestion) -> bool:
        return in_families(question.role_families, self._families)

    def _take(self, question: BankQuestion, reason: str) -> PlannedQuestion:
        self._used.add(question.slug)
        self._used_primaries[_primary(question)] += 1
        self._used_themes[_theme(question)] += 1
        return planned_from_bank(question, reason)


def _first_uncovered(matches: list[TargetMatch], covered: set[int]) -> TargetMatch | None:
    return next((match for match in matches if match.target not in covered), None)


def _direct_match(matches: list[TargetMatch]) -> TargetMatch | None:
    """A second question on an already covered target counts only if it is squarely on it."""
    return next((match for match in matches if match.quality < RELATED_PRIMARY), None)


def _primary(question: BankQuestion) -> str:
    return question.skills[0] if question.skills else question.slug


def _skill(question: BankQuestion) -> str | None:
    """The question's main skill; None for a question without skills (an admin's own)."""
    return question.skills[0] if question.skills else None


def _theme(question: BankQuestion) -> str:
    return question.competency or _primary(question)
