"""Shared steps for coding tests: the shipped problems, a coding interview, its question."""

import os
import shutil
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.catalog import shipped_problems, sync_coding_problems
from app.coding.problem_schemas import ProblemCreate
from tests.factories import SignedIn

if shutil.which("bwrap") is None and os.environ.get("REQUIRE_SANDBOX") == "1":
    raise RuntimeError("REQUIRE_SANDBOX=1 but bubblewrap (bwrap) is not installed")
# Skipped only where bubblewrap is missing (CI installs it and sets REQUIRE_SANDBOX=1).
requires_sandbox = pytest.mark.skipif(
    shutil.which("bwrap") is None, reason="bubblewrap (bwrap) is not installed"
)


async def load_problems(db_session: AsyncSession) -> None:
    await sync_coding_problems(db_session)
    await db_session.commit()


def shipped(slug: str) -> ProblemCreate:
    return next(problem for problem in shipped_problems() if problem.slug == slug)


async def coding_interview(client: AsyncClient, me: SignedIn, **body: Any) -> dict[str, Any]:
    """A started interview of one coding problem (a coding round), unless `body` says more."""
    payload = {
        "role": "Backend engineer",
        "seniority": "mid",
        "seed": 3,
        "coding": {"problems": 1, "only": True},
        "settings": {"time_per_question_s": 1800, "follow_ups": True},
        **body,
    }
    created = await client.post("/api/interviews", headers=me.headers, json=payload)
    assert created.status_code == 201, created.text
    started = await client.post(f"/api/interviews/{created.json()['id']}/start", headers=me.headers)
    assert started.status_code == 200, started.text
    return started.json()


def coding_url(interview: dict[str, Any], question_id: str | None = None) -> str:
    question = question_id or next(
        q["id"] for q in interview["questions"] if q["category"] == "coding"
    )
    return f"/api/coding/interviews/{interview['id']}/questions/{question}"


async def problem_of(client: AsyncClient, me: SignedIn, url: str) -> dict[str, Any]:
    response = await client.get(url, headers=me.headers)
    assert response.status_code == 200, response.text
    return response.json()["problem"]
