"""The interviewer per interview: browser by default, a Tavus call, D-ID clips; Tavus callbacks.

Tavus and D-ID are reached over HTTP only, so they are played by respx with their documented
shapes (../shared/INTEGRATIONS.md); everything else is real.
"""

import dataclasses
import uuid

import httpx
import pytest
import respx

from app.adapters.avatar.did import DIDClient
from app.adapters.avatar.tavus import TavusClient
from app.avatar.tokens import webhook_token
from app.core.config import AvatarSettings
from tests.recordings.helpers import interview_in_progress

TAVUS = "https://tavusapi.com"
DID = "https://api.d-id.com"


def use_avatar(app, tasks, **avatar):
    settings = app.state.settings.model_copy(
        update={"avatar": AvatarSettings(**avatar), "public_base_url": "https://rehearse.example"}
    )
    app.state.settings = settings
    tasks.context = dataclasses.replace(tasks.context, settings=settings)
    client_type = {"tavus": TavusClient, "did": DIDClient}[avatar["provider"]]
    app.state.avatar = client_type(settings.avatar, sleep=_no_wait)
    return settings


async def _no_wait(_seconds: float) -> None:
    return None


async def open_avatar(client, me, interview_id):
    response = await client.post(f"/api/interviews/{interview_id}/avatar", headers=me.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def test_the_browser_avatar_is_the_default(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    avatar = await open_avatar(client, me, interview["id"])
    assert avatar["provider"] == "browser"
    assert avatar["conversation_url"] is None
    assert avatar["fallback_reason"] is None


@respx.mock
async def test_tavus_opens_one_conversation_with_the_interview_questions(
    client, db_session, app, tasks
):
    settings = use_avatar(app, tasks, provider="tavus", api_key="tv-key", tavus_persona_id="p123")
    created = respx.post(f"{TAVUS}/v2/conversations").mock(
        return_value=httpx.Response(
            200,
            json={
                "conversation_id": "c-1",
                "conversation_url": "https://tavus.daily.co/c-1",
                "status": "active",
            },
        )
    )
    me, interview = await interview_in_progress(client, db_session)
    first = await open_avatar(client, me, interview["id"])
    again = await open_avatar(client, me, interview["id"])
    assert first["provider"] == "tavus"
    assert first["conversation_url"] == "https://tavus.daily.co/c-1"
    assert again["conversation_url"] == first["conversation_url"]
    assert created.call_count == 1, "a reload does not open a second paid conversation"
    body = created.calls[0].request.read().decode()
    assert created.calls[0].request.headers["x-api-key"] == "tv-key"
    for question in interview["questions"]:
        assert question["text"][:40] in body.replace("\\u2019", "'").replace('\\"', '"')
    token = webhook_token(settings.secret_key, uuid.UUID(interview["id"]))
    assert f"https://rehearse.example/api/webhooks/tavus/{token}" in body


@respx.mock
async def test_a_failing_tavus_falls_back_to_the_browser_avatar(client, db_session, app, tasks):
    use_avatar(app, tasks, provider="tavus", api_key="tv-key", tavus_persona_id="p123")
    respx.post(f"{TAVUS}/v2/conversations").mock(
        return_value=httpx.Response(401, json={"message": "Invalid access token"})
    )
    me, interview = await interview_in_progress(client, db_session)
    avatar = await open_avatar(client, me, interview["id"])
    assert avatar["provider"] == "browser"
    assert "Tavus" in avatar["fallback_reason"]


async def test_an_unconfigured_hosted_avatar_falls_back_with_a_reason(client, db_session, app):
    app.state.avatar = None
    app.state.avatar_unavailable = "The tavus avatar is not set up: set AVATAR__API_KEY"
    me, interview = await interview_in_progress(client, db_session)
    avatar = await open_avatar(client, me, interview["id"])
    assert avatar["provider"] == "browser"
    assert "AVATAR__API_KEY" in avatar["fallback_reason"]


async def tavus_interview(client, db_session, app, tasks):
    settings = use_avatar(app, tasks, provider="tavus", api_key="tv-key", tavus_persona_id="p123")
    me, interview = await interview_in_progress(client, db_session)
    with respx.mock:
        respx.post(f"{TAVUS}/v2/conversations").mock(
            return_value=httpx.Response(
                200,
                json={
                    "conversation_id": "conv-9",
                    "conversation_url": "https://tavus.daily.co/conv-9",
                    "status": "active",
                },
            )
        )
        await open_avatar(client, me, interview["id"])
    token = webhook_token(settings.secret_key, uuid.UUID(interview["id"]))
    return me, interview, token


def transcript_event(interview: dict, answers: list[str]) -> dict:
    turns = [{"role": "system", "content": "You are an interviewer..."}]
    turns.append({"role": "assistant", "content": "Hello! Ready to begin?"})
    turns.append({"role": "user", "content": "Yes, ready."})
    for question, answer in zip(interview["questions"], answers, strict=False):
        turns.append({"role": "assistant", "content": f"Thank you. {question['text']}"})
        turns.append({"role": "user", "content": answer})
    return {
        "conversation_id": "conv-9",
        "event_type": "application.transcription_ready",
        "message_type": "application",
        "properties": {"transcript": turns},
        "timestamp": "2026-11-22T13:00:00Z",
    }


async def test_the_tavus_transcript_becomes_evaluated_answers_once(client, db_session, app, tasks):
    me, interview, token = await tavus_interview(client, db_session, app, tasks)
    said = [
        "I designed a REST API with PostgreSQL indexes and caching and halved latency.",
        "I led a migration, wrote the plan and we shipped on time with no downtime.",
    ]
    event = transcript_event(interview, said)
    response = await client.post(f"/api/webhooks/tavus/{token}", json=event)
    assert response.json() == {"status": "applied", "answers_stored": 2}
    repeat = await client.post(f"/api/webhooks/tavus/{token}", json=event)
    assert repeat.json() == {"status": "duplicate", "answers_stored": 0}
    await tasks.drain()
    current = (await client.get(f"/api/interviews/{interview['id']}", headers=me.headers)).json()
    answered = [q for q in current["questions"] if q["answer"]]
    assert [q["answer"]["transcript"] for q in answered] == said
    assert all(q["answer"]["source"] == "avatar" for q in answered)
    assert all(q["answer"]["evaluation_status"] == "done" for q in answered)


async def test_tavus_callbacks_with_a_wrong_token_or_conversation_are_refused(
    client, db_session, app, tasks
):
    _me, interview, token = await tavus_interview(client, db_session, app, tasks)
    event = transcript_event(interview, ["An answer."])
    forged = await client.post(f"/api/webhooks/tavus/{'0' * 64}", json=event)
    assert forged.status_code == 403
    unknown = await client.post(
        f"/api/webhooks/tavus/{token}", json={**event, "conversation_id": "nope"}
    )
    assert unknown.status_code == 404
    garbage = await client.post(f"/api/webhooks/tavus/{token}", json={"hello": "world"})
    assert garbage.status_code == 422
    assert "conversation_id" in garbage.json()["error"]["message"]


async def test_a_tavus_shutdown_ends_the_session(client, db_session, app, tasks):
    me, interview, token = await tavus_interview(client, db_session, app, tasks)
    shutdown = {
        "conversation_id": "conv-9",
        "event_type": "system.shutdown",
        "message_type": "system",
        "properties": {"shutdown_reason": "participant_left_timeout"},
        "timestamp": "2026-11-22T13:10:00Z",
    }
    assert (await client.post(f"/api/webhooks/tavus/{token}", json=shutdown)).json()[
        "status"
    ] == "applied"
    avatar = await open_avatar(client, me, interview["id"])
    assert avatar["status"] == "ended"


@pytest.fixture
def did_api():
    with respx.mock(base_url=DID, assert_all_called=False) as mock:
        talks = iter(range(1, 1000))
        mock.post("/talks").mock(
            side_effect=lambda request: httpx.Response(
                201, json={"id": f"tlk_{next(talks)}", "status": "created"}
            )
        )
        mock.get(url__regex=r"/talks/tlk_\d+").mock(
            side_effect=lambda request: httpx.Response(
                200,
                json={
                    "id": request.url.path.rsplit("/", 1)[1],
                    "status": "done",
                    "result_url": f"https://d-id.example{request.url.path}.mp4",
                },
            )
        )
        yield mock


async def test_did_renders_each_question_once_and_shares_clips(
    client, db_session, app, tasks, did_api
):
    use_avatar(
        app,
        tasks,
        provider="did",
        api_key="user:pass",
        did_source_url="https://example.com/face.jpg",
    )
    me, interview = await interview_in_progress(client, db_session)
    pending = await open_avatar(client, me, interview["id"])
    assert pending["provider"] == "did"
    assert {clip["status"] for clip in pending["clips"]} == {"pending"}
    await tasks.drain()
    ready = await open_avatar(client, me, interview["id"])
    assert all(
        clip["status"] == "ready" and clip["video_url"].endswith(".mp4") for clip in ready["clips"]
    )
    calls_after_first = len([c for c in did_api.calls if c.request.method == "POST"])
    assert calls_after_first == len(interview["questions"])
    assert did_api.calls[0].request.headers["authorization"] == "Basic user:pass"
    _other, same = await interview_in_progress(client, db_session)
    again = await open_avatar(client, _other, same["id"])
    await tasks.drain()
    shared = {q["text"] for q in same["questions"]} & {q["text"] for q in interview["questions"]}
    posts = len([c for c in did_api.calls if c.request.method == "POST"])
    assert posts == calls_after_first + len(same["questions"]) - len(shared)
    assert again["provider"] == "did"


async def test_a_failed_did_clip_is_reported_so_the_browser_speaks(client, db_session, app, tasks):
    use_avatar(
        app,
        tasks,
        provider="did",
        api_key="user:pass",
        did_source_url="https://example.com/face.jpg",
    )
    with respx.mock(base_url=DID) as mock:
        mock.post("/talks").mock(
            return_value=httpx.Response(201, json={"id": "tlk_x", "status": "created"})
        )
        mock.get("/talks/tlk_x").mock(
            return_value=httpx.Response(
                200,
                json={
                    "id": "tlk_x",
                    "status": "error",
                    "error": {"description": "face not detected"},
                },
            )
        )
        me, interview = await interview_in_progress(client, db_session)
        await open_avatar(client, me, interview["id"])
        await tasks.drain()
    avatar = await open_avatar(client, me, interview["id"])
    assert {clip["status"] for clip in avatar["clips"]} == {"failed"}
    assert all(clip["video_url"] is None for clip in avatar["clips"])


async def test_completing_the_interview_ends_the_tavus_conversation(client, db_session, app, tasks):
    me, interview, _token = await tavus_interview(client, db_session, app, tasks)
    with respx.mock:
        ended = respx.post(f"{TAVUS}/v2/conversations/conv-9/end").mock(
            return_value=httpx.Response(200)
        )
        response = await client.post(
            f"/api/interviews/{interview['id']}/complete", headers=me.headers
        )
    assert response.status_code == 200
    assert ended.call_count == 1
    assert (await open_avatar(client, me, interview["id"]))["status"] == "ended"


async def test_a_tavus_outage_at_the_end_does_not_block_finishing(client, db_session, app, tasks):
    me, interview, _token = await tavus_interview(client, db_session, app, tasks)
    with respx.mock:
        respx.post(f"{TAVUS}/v2/conversations/conv-9/end").mock(return_value=httpx.Response(401))
        response = await client.post(
            f"/api/interviews/{interview['id']}/complete", headers=me.headers
        )
    assert response.status_code == 200
    assert response.json()["status"] == "completed"
