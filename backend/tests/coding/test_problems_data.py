"""The shipped coding problems: enough of them across topics and levels, each with edge cases
and large inputs, skills from the taxonomy, and tests their two references both pass."""

from collections import Counter

import pytest

from app.coding.catalog import shipped_problems
from app.coding.problem_schemas import Difficulty, TestKind, Topic
from app.coding.runners.local import LocalSandboxRunner
from app.coding.validation import check_problem
from app.core.config import CodeRunnerSettings
from app.skills.taxonomy import get_taxonomy
from tests.coding.helpers import requires_sandbox

pytestmark = pytest.mark.usefixtures("without_database")

PROBLEMS = shipped_problems()


def test_at_least_forty_problems_across_every_topic_and_level():
    assert len(PROBLEMS) >= 40
    assert len({problem.slug for problem in PROBLEMS}) == len(PROBLEMS)
    topics = Counter(problem.topic for problem in PROBLEMS)
    assert set(topics) == set(Topic) and min(topics.values()) >= 5
    levels = Counter(problem.difficulty for problem in PROBLEMS)
    assert levels[Difficulty.EASY] >= 10 and levels[Difficulty.HARD] >= 5


def test_every_problem_has_edge_cases_and_most_have_large_inputs():
    for problem in PROBLEMS:
        kinds = Counter(test.kind for test in problem.tests)
        assert kinds[TestKind.EDGE] >= 1, problem.slug
        assert len(problem.hints) >= 2 and problem.solution.alternatives is not None
    with_large = [p for p in PROBLEMS if any(t.kind == TestKind.LARGE for t in p.tests)]
    assert len(with_large) >= 0.9 * len(PROBLEMS)


def test_skills_are_names_from_the_taxonomy():
    taxonomy = get_taxonomy()
    for problem in PROBLEMS:
        assert all(taxonomy.canonical(skill) == skill for skill in problem.skills), problem.slug


@pytest.fixture(scope="module")
def runner() -> LocalSandboxRunner:
    return LocalSandboxRunner(CodeRunnerSettings(max_concurrency=2))


@requires_sandbox
@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda problem: problem.slug)
async def test_both_references_pass_every_test(runner, problem):
    result = await check_problem(runner, problem)
    assert result.ok, [p.model_dump() for p in result.problems]
    assert [t.get("expected") for t in result.tests] == [t.expected for t in problem.tests]
