"""An admin whose import fails reads, for each bad row, what to change in plain words."""

import io
import json

from tests.factories import signed_in_admin

GOOD = {
    "text": "How would you roll out a risky database migration?",
    "category": "technical",
    "key_points": ["Backwards-compatible steps"],
}
CSV_HEADER = "text,category,difficulty,key_points,slug"


async def _problems(client, admin, content: bytes) -> tuple[str, list[tuple[int, str | None, str]]]:
    response = await client.post(
        "/api/questions/import",
        headers=admin.headers,
        files={"file": ("bank", io.BytesIO(content))},
    )
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    return error["message"], [(d["row"], d["field"], d["message"]) for d in error["details"]]


async def test_each_bad_row_says_what_to_change(client, db_session):
    admin = await signed_in_admin(client, db_session)
    rows = [
        GOOD,
        {**GOOD, "key_points": []},
        {"category": "trivia", "key_points": ["One"] * 9, "difficulty": 7},
        {**GOOD, "text": "Too short", "slug": "Not A Slug", "skills": "Python"},
        {**GOOD, "key_points": ["  "], "follow_ups": [3]},
    ]
    message, problems = await _problems(client, admin, json.dumps(rows).encode())

    assert message == "10 problems found; nothing was imported."
    assert problems == [
        (2, "key_points", "Give at least 1 key point."),
        (3, "text", "Add the question text."),
        (3, "category", "Use behavioral, technical or situational."),
        (3, "difficulty", "Use 1 (easy), 2 (medium) or 3 (hard)."),
        (3, "key_points", "Give at most 8 key points."),
        (4, "text", "Write at least 10 characters."),
        (4, "skills", "Give a list (in a CSV cell, separate the items with |)."),
        (
            4,
            "slug",
            "Use 2 to 119 lower-case letters, digits and hyphens, starting with a letter "
            "or a digit.",
        ),
        (5, "key_points", "Key points must not be blank."),
        (5, "follow_ups.0", "Write each item as text."),
    ]
    assert not any("validation" in text or "should" in text for _, _, text in problems)


async def test_one_problem_is_counted_in_the_singular(client, db_session):
    admin = await signed_in_admin(client, db_session)
    csv_text = "\n".join([CSV_HEADER, "A fine question about caching?,technical,2,,"])
    message, problems = await _problems(client, admin, csv_text.encode())

    assert message == "1 problem found; nothing was imported."
    assert problems == [(1, "key_points", "Give at least 1 key point.")]
