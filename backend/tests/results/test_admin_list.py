"""The admin list pages, sorts and filters every candidate's interviews, and counts them."""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.states import InterviewStatus
from tests.factories import SignedIn, register, signed_in_admin
from tests.helpers import get_ok
from tests.results.stored_scores import stored_interview

DAY = datetime(2026, 1, 5, 9, tzinfo=UTC)


class Interviews:
    """Ada's three (80; 60 and 50, so 55; nothing scorable) and Bob's two (30; in progress),
    one a day in that order."""

    def __init__(self, ids: dict[str, uuid.UUID]) -> None:
        self.ids = {name: str(value) for name, value in ids.items()}

    def names(self, body: dict[str, Any]) -> list[str]:
        by_id = {value: name for name, value in self.ids.items()}
        return [by_id[item["id"]] for item in body["items"]]


@pytest.fixture
async def interviews(client: AsyncClient, db_session: AsyncSession) -> Interviews:
    ada = uuid.UUID((await register(client, full_name="Ada Lovelace"))["id"])
    bob = uuid.UUID((await register(client, full_name="Bob Stone"))["id"])
    days = [DAY + timedelta(days=n) for n in range(5)]
    return Interviews(
        {
            "ada80": await stored_interview(
                db_session, user_id=ada, created_at=days[0], scores=[80]
            ),
            "ada55": await stored_interview(
                db_session, user_id=ada, created_at=days[1], scores=[60, 50]
            ),
            "ada_unscored": await stored_interview(
                db_session, user_id=ada, created_at=days[2], scores=[None]
            ),
            "bob30": await stored_interview(
                db_session, user_id=bob, created_at=days[3], scores=[30]
            ),
            "bob_running": await stored_interview(
                db_session, user_id=bob, created_at=days[4], status=InterviewStatus.IN_PROGRESS
            ),
        }
    )


@pytest.fixture
async def admin(client: AsyncClient, db_session: AsyncSession) -> SignedIn:
    return await signed_in_admin(client, db_session)


async def _list(client: AsyncClient, admin: SignedIn, **params: Any) -> dict[str, Any]:
    body: dict[str, Any] = await get_ok(client, admin, "/api/admin/interviews", **params)
    return body


async def test_newest_first_in_pages_each_with_the_total(
    client: AsyncClient, admin: SignedIn, interviews: Interviews
) -> None:
    pages = [await _list(client, admin, page=page, page_size=2) for page in (1, 2, 3, 4)]
    assert [body["total"] for body in pages] == [5, 5, 5, 5]
    assert [interviews.names(body) for body in pages] == [
        ["bob_running", "bob30"],
        ["ada_unscored", "ada55"],
        ["ada80"],
        [],
    ]
    first = pages[0]["items"][1]
    assert (first["candidate_name"], first["overall"], first["status"]) == (
        "Bob Stone",
        30,
        "completed",
    )
    second = pages[1]["items"][1]
    assert (second["question_count"], second["answered_count"]) == (2, 2)
    assert pages[0]["items"][0]["overall"] is None and pages[1]["items"][0]["overall"] is None


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("-created_at", ["bob_running", "bob30", "ada_unscored", "ada55", "ada80"]),
        ("created_at", ["ada80", "ada55", "ada_unscored", "bob30", "bob_running"]),
        # Without a score, last either way (newest first among them).
        ("-overall", ["ada80", "ada55", "bob30", "bob_running", "ada_unscored"]),
        ("overall", ["bob30", "ada55", "ada80", "bob_running", "ada_unscored"]),
    ],
)
async def test_sorted_by_date_or_score(
    client: AsyncClient, admin: SignedIn, interviews: Interviews, sort: str, expected: list[str]
) -> None:
    assert interviews.names(await _list(client, admin, sort=sort)) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"candidate": "LOVELACE"}, ["ada_unscored", "ada55", "ada80"]),
        ({"candidate": "bob"}, ["bob_running", "bob30"]),
        ({"status": "in_progress"}, ["bob_running"]),
        # A score filter leaves out interviews without a score.
        ({"min_score": 0}, ["bob30", "ada55", "ada80"]),
        ({"min_score": 55}, ["ada55", "ada80"]),
        ({"max_score": 54}, ["bob30"]),
        ({"min_score": 55, "max_score": 55}, ["ada55"]),
        (
            {"date_from": "2026-01-06T00:00:00", "date_to": "2026-01-08T23:59:59"},
            ["bob30", "ada_unscored", "ada55"],
        ),
        ({"date_from": "2026-01-09T00:00:00+00:00"}, ["bob_running"]),
    ],
)
async def test_filters_and_their_count(
    client: AsyncClient,
    admin: SignedIn,
    interviews: Interviews,
    params: dict[str, Any],
    expected: list[str],
) -> None:
    body = await _list(client, admin, **params)
    assert interviews.names(body) == expected
    assert body["total"] == len(expected)


async def test_filtered_sorted_and_paged_together(
    client: AsyncClient, admin: SignedIn, interviews: Interviews
) -> None:
    params = {"candidate": "ada", "min_score": 0, "sort": "overall", "page_size": 1}
    pages = [await _list(client, admin, **params, page=page) for page in (1, 2, 3)]
    assert [interviews.names(body) for body in pages] == [["ada55"], ["ada80"], []]
    assert {body["total"] for body in pages} == {2}


async def test_an_unknown_sort_is_refused(
    client: AsyncClient, admin: SignedIn, interviews: Interviews
) -> None:
    response = await client.get(
        "/api/admin/interviews", headers=admin.headers, params={"sort": "password_hash"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"
