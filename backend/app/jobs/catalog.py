"""The shipped job catalog (`app/data/jobs.json`), loaded into the database once per listing."""

import json
import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.models import Job
from app.jobs.parsing import parse_job_description

CATALOG_FILE = Path(__file__).resolve().parents[1] / "data" / "jobs.json"


@cache
def load_catalog() -> list[dict[str, Any]]:
    return json.loads(CATALOG_FILE.read_text(encoding="utf-8"))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:100] or "job"


def _posted_at(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


async def sync_catalog(session: AsyncSession) -> int:
    """Insert the shipped listings that are not in the database yet; returns how many."""
    existing = set(await session.scalars(select(Job.slug)))
    added = 0
    for entry in load_catalog():
        if entry["slug"] in existing:
            continue
        parsed = parse_job_description(entry["description"], title=entry["title"])
        session.add(
            Job(
                slug=entry["slug"],
                title=entry["title"],
                company=entry["company"],
                location=entry["location"],
                remote=entry.get("remote", False),
                job_type=entry.get("job_type", "full-time"),
                salary_min=entry.get("salary_min"),
                salary_max=entry.get("salary_max"),
                currency=entry.get("currency", "USD"),
                description=entry["description"],
                parsed=parsed.model_dump(mode="json"),
                posted_at=_posted_at(entry.get("posted_at")),
            )
        )
        added += 1
    await session.flush()
    return added
