"""Choosing coding problems that fit the role, the level and the skills, the same for the same
seed: difficulty from the seniority (unless asked), topics asked for or suited to the role
(data roles get SQL-style questions, backend roles practical ones), shared skills, different
topics for several problems, and nothing from the candidate's recent interviews."""

import random
import re
from dataclasses import dataclass

from app.coding.models import CodingProblem
from app.coding.problem_schemas import TOPIC_LABELS, Difficulty, Topic
from app.coding.schemas import CodingRound

LEVELS: dict[str | None, tuple[Difficulty, ...]] = {
    "intern": (Difficulty.EASY,),
    "junior": (Difficulty.EASY, Difficulty.MEDIUM),
    "mid": (Difficulty.MEDIUM, Difficulty.EASY),
    "senior": (Difficulty.MEDIUM, Difficulty.HARD),
    "lead": (Difficulty.HARD, Difficulty.MEDIUM),
    None: (Difficulty.MEDIUM, Difficulty.EASY),
}
ROLE_TOPICS: tuple[tuple[re.Pattern[str], Topic], ...] = (
    (re.compile(r"\b(data|analyst|analytics|sql|bi|database|etl)\b", re.I), Topic.SQL_DATA),
    (
        re.compile(r"\b(back-?end|platform|api|infrastructure|devops|sre|reliability)\b", re.I),
        Topic.PRACTICAL,
    ),
)
RECENT_PENALTY = 10.0


@dataclass(frozen=True)
class Pick:
    problem: CodingProblem
    reason: str


def _difficulty_fit(problem: CodingProblem, wanted: tuple[Difficulty, ...]) -> float:
    if problem.difficulty not in wanted:
        return -4.0
    return 3.0 - wanted.index(problem.difficulty)


def _topic_fit(problem: CodingProblem, topics: set[Topic], role_topics: set[Topic]) -> float:
    return 3.0 * (problem.topic in topics) + 2.0 * (problem.topic in role_topics)


def _reason(problem: CodingProblem, role: str, seniority: str | None, shared: list[str]) -> str:
    level = f"{seniority} " if seniority else ""
    topic = TOPIC_LABELS[problem.topic].lower()
    reason = f"Coding: a {problem.difficulty.value} problem on {topic} for a {level}{role}"
    return reason + (f" (skills: {', '.join(shared)})" if shared else "")


def pick_problems(
    problems: list[CodingProblem],
    *,
    request: CodingRound,
    role: str,
    seniority: str | None,
    skills: list[str],
    avoid_slugs: set[str],
    seed: int,
) -> list[Pick]:
    """Up to `request.problems` problems, best fit first, each on a different topic if possible."""
    rng = random.Random(seed)
    wanted = (
        (Difficulty(request.difficulty),)
        if request.difficulty
        else LEVELS.get(seniority, LEVELS[None])
    )
    topics = {Topic(topic) for topic in request.topics or []}
    role_topics = {topic for pattern, topic in ROLE_TOPICS if pattern.search(role)}
    known = {skill.casefold() for skill in skills}
    scored = []
    for problem in sorted(problems, key=lambda p: p.slug):
        shared = [skill for skill in problem.skills if skill.casefold() in known]
        fit = (
            _difficulty_fit(problem, wanted)
            + _topic_fit(problem, topics, role_topics)
            + 0.5 * len(shared)
            - RECENT_PENALTY * (problem.slug in avoid_slugs)
            + rng.random()
        )
        scored.append((fit, problem, shared))
    scored.sort(key=lambda item: item[0], reverse=True)
    picks: list[Pick] = []
    used_topics: set[Topic] = set()
    for second_pass in (False, True):
        for _, problem, shared in scored:
            if len(picks) == request.problems:
                return picks
            if any(pick.problem is problem for pick in picks):
                continue
            if not second_pass and problem.topic in used_topics:
                continue
            picks.append(Pick(problem, _reason(problem, role, seniority, shared)))
            used_topics.add(problem.topic)
    return picks
