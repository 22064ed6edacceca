"""A problem as candidates see it, and the catalog they choose a coding round from."""

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.cases import camel, entry_name, starter_code
from app.coding.models import CodingProblem
from app.coding.problem_schemas import (
    TOPIC_LABELS,
    CatalogTopic,
    CodingCatalog,
    Difficulty,
    EntryNames,
    ProblemPublic,
    PublicExample,
    Signature,
    StarterCode,
    Topic,
)


def public_problem(problem: CodingProblem) -> ProblemPublic:
    """The statement, examples and starter code: never hidden tests or references."""
    signature = Signature.model_validate(problem.signature)
    return ProblemPublic(
        slug=problem.slug,
        title=problem.title,
        difficulty=problem.difficulty,
        topic=problem.topic,
        skills=problem.skills,
        statement=problem.statement,
        signature=signature,
        entry=EntryNames(
            python=entry_name(signature, "python"), javascript=entry_name(signature, "javascript")
        ),
        params=EntryNames(
            python=", ".join(signature.params),
            javascript=", ".join(camel(param) for param in signature.params),
        ),
        comparison=problem.comparison,
        examples=[
            PublicExample(
                args=example["args"],
                expected=example["expected"],
                explanation=example.get("explanation", ""),
            )
            for example in problem.examples
        ],
        starter_code=StarterCode(
            python=starter_code(signature, "python"),
            javascript=starter_code(signature, "javascript"),
        ),
        time_limit_ms=problem.time_limit_ms,
        hidden_test_count=len(problem.tests),
        hint_count=len(problem.hints),
    )


async def catalog(session: AsyncSession) -> CodingCatalog:
    """Active problems counted by topic and difficulty."""
    rows = await session.execute(
        select(CodingProblem.topic, CodingProblem.difficulty, func.count())
        .where(CodingProblem.archived.is_(False))
        .group_by(CodingProblem.topic, CodingProblem.difficulty)
    )
    counts: dict[Topic, dict[Difficulty, int]] = {
        topic: dict.fromkeys(Difficulty, 0) for topic in Topic
    }
    for topic, difficulty, count in rows:
        counts[topic][difficulty] = count
    return CodingCatalog(
        topics=[
            CatalogTopic(topic=topic, label=TOPIC_LABELS[topic], counts=counts[topic])
            for topic in Topic
        ],
        languages=["python", "javascript"],
        difficulties=list(Difficulty),
    )
