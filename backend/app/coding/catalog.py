"""The shipped coding problems (`app/data/coding_problems/<topic>.json`), loaded into the
database once per problem, and the JSON layout those files and exports use."""

import json
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.models import CodingProblem
from app.coding.problem_schemas import ProblemCreate

PROBLEMS_DIR = Path(__file__).resolve().parents[1] / "data" / "coding_problems"
_PLACEHOLDER = "\u0000compact-{}\u0000"


@cache
def _shipped() -> tuple[ProblemCreate, ...]:
    adapter = TypeAdapter(list[ProblemCreate])
    problems: list[ProblemCreate] = []
    for path in sorted(PROBLEMS_DIR.glob("*.json")):
        problems += adapter.validate_json(path.read_bytes())
    return tuple(problems)


def shipped_problems() -> list[ProblemCreate]:
    """Every shipped problem, parsed once; each call returns a new list."""
    return list(_shipped())


def problem_values(data: ProblemCreate) -> dict[str, Any]:
    """Column values of a problem (without its slug)."""
    values = data.model_dump(mode="json", exclude={"slug"}, exclude_none=False)
    values["tests"] = [
        test.model_dump(mode="json", exclude_none=True) | {"expected": test.expected}
        for test in data.tests
    ]
    return values


async def sync_coding_problems(session: AsyncSession) -> int:
    """Insert the shipped problems the database does not have yet; returns how many."""
    existing = set(await session.scalars(select(CodingProblem.slug)))
    missing = [entry for entry in shipped_problems() if entry.slug not in existing]
    session.add_all(CodingProblem(**problem_values(entry), slug=entry.slug) for entry in missing)
    await session.flush()
    return len(missing)


_COMPACT_KEYS = ("args", "expected", "generate")


def _compacted(item: dict[str, Any], compact: dict[str, str]) -> dict[str, Any]:
    """The item with its arguments and expected value swapped for placeholders."""
    shaped = dict(item)
    for key in _COMPACT_KEYS:
        if isinstance(item.get(key), (list, dict)):
            placeholder = _PLACEHOLDER.format(len(compact))
            compact[json.dumps(placeholder)] = json.dumps(item[key], ensure_ascii=False)
            shaped[key] = placeholder
    return shaped


def dumps_problems(problems: list[dict[str, Any]]) -> str:
    """Problems as readable JSON: indented, but each example's and test's arguments and
    expected value on one line (a large test's answer can hold thousands of items)."""
    compact: dict[str, str] = {}
    shaped = [
        {
            **problem,
            "examples": [_compacted(e, compact) for e in problem.get("examples", [])],
            "tests": [_compacted(t, compact) for t in problem.get("tests", [])],
        }
        for problem in problems
    ]
    text = json.dumps(shaped, indent=2, ensure_ascii=False)
    for placeholder, value in compact.items():
        text = text.replace(placeholder, value, 1)
    return text + "\n"
