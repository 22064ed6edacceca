"""Export the coding problems as JSON, and import them back all-or-nothing.

The file is the shipped data's format (`app/data/coding_problems/*.json`): a list of problems,
each with its slug. JSON only: a problem's tests and code do not fit CSV cells. An import is
validated like a save: every new or changed problem's tests are checked against its references
in the sandbox, and one disagreement rejects the whole file.
"""

import json
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.catalog import dumps_problems, problem_values
from app.coding.models import CodingProblem
from app.coding.problem_schemas import ImportResult, ProblemCreate
from app.coding.problems import stored_problem
from app.coding.runners.base import CodeRunner
from app.coding.validation import check_problem
from app.questions.service import next_free_slug, slugify
from app.questions.transfer import ImportInvalid, ImportUnreadable, UnsupportedImportFormat

IMPORT_MAX_BYTES = 2 * 1024 * 1024 - 64 * 1024
IMPORT_MAX_PROBLEMS = 200


async def export_problems(session: AsyncSession) -> str:
    """Every active problem, as the shipped data files hold them."""
    rows = await session.scalars(
        select(CodingProblem)
        .where(CodingProblem.archived.is_(False))
        .order_by(CodingProblem.topic, CodingProblem.slug)
    )
    return dumps_problems(
        [{**stored_problem(row).model_dump(mode="json"), "slug": row.slug} for row in rows]
    )


def _parse(data: bytes) -> list[Any]:
    if b"\x00" in data:
        raise UnsupportedImportFormat("Import a UTF-8 JSON file: a list of coding problems.")
    try:
        records = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UnsupportedImportFormat("The file is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise ImportUnreadable(
            f"The JSON is malformed: {exc.msg} (line {exc.lineno}, column {exc.colno})."
        ) from exc
    if not isinstance(records, list) or not records:
        raise ImportUnreadable("A coding problem import is a non-empty JSON list of problems.")
    if len(records) > IMPORT_MAX_PROBLEMS:
        raise ImportUnreadable(f"An import holds at most {IMPORT_MAX_PROBLEMS} problems.")
    return records


def _validate(records: list[Any]) -> list[ProblemCreate]:
    items: list[ProblemCreate] = []
    errors: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        try:
            item = ProblemCreate.model_validate(record)
        except ValidationError as exc:
            errors += [
                {"row": number, "field": ".".join(map(str, e["loc"])), "message": e["msg"]}
                for e in exc.errors()[:20]
            ]
            continue
        if item.slug and item.slug in seen:
            message = f"Duplicate slug '{item.slug}' (first in problem {seen[item.slug]})."
            errors.append({"row": number, "field": "slug", "message": message})
        seen.setdefault(item.slug or "", number)
        items.append(item)
    if errors:
        raise ImportInvalid(
            f"{len(errors)} problem(s) found; nothing was imported.", details=errors[:200]
        )
    return items


def _same(stored: CodingProblem, item: ProblemCreate) -> bool:
    def dump(problem: ProblemCreate) -> dict[str, Any]:
        return problem.model_dump(mode="json", exclude={"slug"})

    return dump(stored_problem(stored)) == dump(item)


async def _check_changed(
    runner: CodeRunner, items: list[ProblemCreate], existing: dict[str, CodingProblem]
) -> list[dict[str, Any]]:
    """Column values for every item; a problem identical to its stored self is not run again."""
    values: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    for number, item in enumerate(items, start=1):
        stored = existing.get(item.slug or "")
        if stored is not None and _same(stored, item):
            values.append(problem_values(item))
            continue
        result = await check_problem(runner, item)
        failures += [{"row": number, "slug": item.slug, **p.model_dump()} for p in result.problems]
        values.append({**problem_values(item), "tests": result.tests})
    if failures:
        raise ImportInvalid(
            f"{len(failures)} disagreement(s) between tests and references; nothing was imported.",
            details=failures[:200],
        )
    return values


async def import_problems(
    session: AsyncSession, *, data: bytes, runner: CodeRunner
) -> ImportResult:
    """Create or update (by slug) every problem in a JSON file, or none at all."""
    items = _validate(_parse(data))
    slugs = {item.slug for item in items if item.slug}
    existing = {
        row.slug: row
        for row in await session.scalars(select(CodingProblem).where(CodingProblem.slug.in_(slugs)))
    }
    taken = set(await session.scalars(select(CodingProblem.slug))) | slugs
    # The checks run for seconds: end the read's transaction (and SQLite's write lock) first.
    await session.commit()
    values = await _check_changed(runner, items, existing)
    created = updated = 0
    for item, columns in zip(items, values, strict=True):
        row = existing.get(item.slug or "")
        if row is not None:
            for field, value in columns.items():
                setattr(row, field, value)
            updated += 1
            continue
        slug = item.slug or next_free_slug(slugify(item.title), taken)
        taken.add(slug)
        session.add(CodingProblem(**columns, slug=slug, archived=False))
        created += 1
    await session.flush()
    return ImportResult(created=created, updated=updated)
