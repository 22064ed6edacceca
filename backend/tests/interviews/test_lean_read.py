"""The interview page's read is answered by a lean route ahead of FastAPI's (see
`app.core.lean_route`): what a client gets is what the documented `APIRoute` answers, its
errors in the one JSON error format, and what the lean route does not match reaches FastAPI."""

import pytest
from httpx import ASGITransport, AsyncClient

from app.interviews.router import lean_get
from tests.factories import signed_in_candidate
from tests.interviews.helpers import create_interview, start

QUESTIONS = [{"text": "How would you design a rate limiter for a public API?"}]


async def _started(client: AsyncClient) -> tuple[dict[str, str], str]:
    me = await signed_in_candidate(client)
    created = await create_interview(client, me, question_count=1, custom_questions=QUESTIONS)
    await start(client, me, created["id"])
    return me.headers, created["id"]


async def test_the_lean_route_answers_what_the_documented_route_answers(app, client):
    headers, interview_id = await _started(client)
    lean = await client.get(f"/api/interviews/{interview_id}", headers=headers)

    app.router.routes.remove(lean_get)
    try:
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as plain:
            documented = await plain.get(f"/api/interviews/{interview_id}", headers=headers)
    finally:
        app.router.routes.insert(0, lean_get)

    assert lean.status_code == documented.status_code == 200
    assert lean.headers["content-type"] == documented.headers["content-type"]
    lean_body, documented_body = lean.json(), documented.json()
    lean_body.pop("clock"), documented_body.pop("clock")
    assert lean_body == documented_body
    assert lean_body["questions"][0]["text"] == QUESTIONS[0]["text"]


@pytest.mark.parametrize(
    ("headers", "code"),
    [({}, "not_authenticated"), ({"Authorization": "Bearer not-a-token"}, "invalid_token")],
)
async def test_no_or_a_bad_token_is_a_401_in_the_error_format(client, headers, code):
    _, interview_id = await _started(client)
    response = await client.get(f"/api/interviews/{interview_id}", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == code
    assert response.headers["x-request-id"]


async def test_another_candidates_interview_is_not_found(client):
    _, interview_id = await _started(client)
    stranger = await signed_in_candidate(client)
    response = await client.get(f"/api/interviews/{interview_id}", headers=stranger.headers)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "interview_not_found"


async def test_an_id_the_lean_route_does_not_match_gets_fastapis_validation_error(client):
    me = await signed_in_candidate(client)
    response = await client.get("/api/interviews/not-an-id", headers=me.headers)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"


async def test_other_methods_and_longer_paths_reach_their_own_routes(client):
    headers, interview_id = await _started(client)
    abandoned = await client.post(f"/api/interviews/{interview_id}/abandon", headers=headers)
    assert abandoned.status_code == 200
    assert abandoned.json()["status"] == "abandoned"
    read = await client.get(f"/api/interviews/{interview_id}", headers=headers)
    assert read.json()["status"] == "abandoned"
    wrong_method = await client.put(f"/api/interviews/{interview_id}", headers=headers)
    assert wrong_method.status_code == 405
    assert wrong_method.json()["error"]["code"] == "method_not_allowed"


async def test_the_openapi_document_still_describes_the_read(app):
    operation = app.openapi()["paths"]["/api/interviews/{interview_id}"]["get"]
    assert operation["summary"] == "One interview with its questions, stages and clock"
    assert "401" in operation["responses"] and "404" in operation["responses"]
