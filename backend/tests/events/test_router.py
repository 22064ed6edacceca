"""The live-events WebSocket through a real server and the `websockets` client."""

import asyncio
import json
import uuid
from datetime import timedelta

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from app.core.security import create_token
from app.events.redis_bus import RedisEventBus
from tests.events.conftest import use_event_bus
from tests.factories import signed_in_admin, signed_in_candidate
from tests.interviews.helpers import (
    answer,
    create_interview,
    current_question,
    start,
)
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS


def ws_url(base: str, interview_id: str, token: str | None) -> str:
    query = f"?token={token}" if token is not None else ""
    return f"{base}/api/ws/interviews/{interview_id}{query}"


WAIT_S = 5


async def receive(ws) -> dict:
    return json.loads(await asyncio.wait_for(ws.recv(), WAIT_S))


async def close_code(url: str) -> tuple[int, str]:
    async with connect(url) as ws:
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), WAIT_S)
    close = closed.value.rcvd
    assert close is not None, "the connection dropped without a close frame"
    return close.code, close.reason


async def new_interview(client, me) -> str:
    return (await create_interview(client, me, question_count=2, settings=NO_FOLLOW_UPS))["id"]


async def wait_until_unsubscribed(bus, interview_id: str) -> None:
    # The server notices the close a moment after the client: poll, there is no event to wait on.
    async with asyncio.timeout(WAIT_S):
        while bus.subscriber_count(uuid.UUID(interview_id)):  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def test_a_missing_or_bad_token_closes_with_4401(client, shipped, live_server, settings):
    me = await signed_in_candidate(client)
    iid = await new_interview(client, me)
    expired, _, _ = create_token(
        subject=str(uuid.uuid4()),
        token_type="access",
        secret_key=settings.secret_key,
        expires_in=timedelta(minutes=-1),
    )
    for token in (None, "", "not-a-jwt", me.refresh_token, expired):
        code, reason = await close_code(ws_url(live_server, iid, token))
        assert code == 4401, token
        assert reason


async def test_someone_elses_interview_closes_with_4404(client, shipped, live_server):
    owner = await signed_in_candidate(client)
    iid = await new_interview(client, owner)
    stranger = await signed_in_candidate(client)
    for interview_id in (iid, str(uuid.uuid4()), "not-a-uuid"):
        code, _ = await close_code(ws_url(live_server, interview_id, stranger.access_token))
        assert code == 4404, interview_id


async def test_the_owner_watches_questions_evaluations_and_completion(
    client, shipped, live_server, bus, tasks
):
    me = await signed_in_candidate(client)
    iid = await new_interview(client, me)
    async with connect(ws_url(live_server, iid, me.access_token)) as ws:
        first = current_question(await start(client, me, iid))["id"]
        asked = await receive(ws)
        assert asked["type"] == "question_asked"
        assert (asked["interview_id"], asked["data"]) == (iid, {"question_id": first})
        assert asked["at"]

        answered = await answer(client, me, iid, first, DETAILED)
        assert answered.status_code == 200, answered.text
        second = current_question(answered.json())["id"]
        assert await receive(ws) | {"at": None} == {
            "type": "question_asked",
            "interview_id": iid,
            "data": {"question_id": second},
            "at": None,
        }

        await tasks.drain()
        evaluated = await receive(ws)
        answer_id = answered.json()["questions"][0]["answer"]["id"]
        assert evaluated["type"] == "answer_evaluated"
        assert evaluated["data"] == {"question_id": first, "answer_id": answer_id, "status": "done"}

        completed = await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
        assert completed.status_code == 200, completed.text
        assert (await receive(ws))["type"] == "interview_completed"
    await wait_until_unsubscribed(bus, iid)


async def test_skipping_announces_the_next_question(client, shipped, live_server):
    me = await signed_in_candidate(client)
    iid = await new_interview(client, me)
    first = current_question(await start(client, me, iid))["id"]
    async with connect(ws_url(live_server, iid, me.access_token)) as ws:
        skipped = await client.post(
            f"/api/interviews/{iid}/questions/{first}/skip", headers=me.headers
        )
        second = current_question(skipped.json())["id"]
        assert (await receive(ws))["data"] == {"question_id": second}


async def test_a_transcript_partial_reaches_every_watcher(client, db_session, shipped, live_server):
    me = await signed_in_candidate(client)
    admin = await signed_in_admin(client, db_session)
    iid = await new_interview(client, me)
    question_id = str(uuid.uuid4())
    async with (
        connect(ws_url(live_server, iid, me.access_token)) as candidate,
        connect(ws_url(live_server, iid, admin.access_token)) as reviewer,
    ):
        await candidate.send(
            json.dumps({"type": "transcript_partial", "question_id": question_id, "text": "So I"})
        )
        for ws in (candidate, reviewer):
            event = await receive(ws)
            assert event["type"] == "transcript_partial"
            assert event["data"] == {"question_id": question_id, "text": "So I"}

        # An admin may watch, but only the candidate speaks.
        await reviewer.send(
            json.dumps({"type": "transcript_partial", "question_id": question_id, "text": "x"})
        )
        refused = await receive(reviewer)
        assert (refused["type"], refused["data"]["code"]) == ("error", "invalid_message")


async def test_bad_client_messages_get_an_error_and_the_socket_stays_open(
    client, shipped, live_server
):
    me = await signed_in_candidate(client)
    iid = await new_interview(client, me)
    question_id = str(uuid.uuid4())
    async with connect(ws_url(live_server, iid, me.access_token)) as ws:
        too_long = {"type": "transcript_partial", "question_id": question_id, "text": "a" * 2001}
        for bad in ("not json", json.dumps({"type": "shout"}), json.dumps(too_long)):
            await ws.send(bad)
            error = await receive(ws)
            assert error["type"] == "error", bad
            assert error["data"]["message"]
        await ws.send(b"\x00binary")
        assert (await receive(ws))["type"] == "error"

        await ws.send(json.dumps({"type": "ping"}))
        pong = await receive(ws)
        assert (pong["type"], pong["interview_id"]) == ("pong", iid)
        longest = {"type": "transcript_partial", "question_id": question_id, "text": "a" * 2000}
        await ws.send(json.dumps(longest))
        assert (await receive(ws))["data"]["text"] == "a" * 2000


async def test_closing_the_socket_unsubscribes(client, shipped, live_server, bus):
    me = await signed_in_candidate(client)
    iid = await new_interview(client, me)
    async with connect(ws_url(live_server, iid, me.access_token)) as ws:
        await ws.send(json.dumps({"type": "ping"}))
        await receive(ws)
        assert bus.subscriber_count(uuid.UUID(iid)) == 1
    await wait_until_unsubscribed(bus, iid)


async def test_shutting_the_bus_down_tells_watchers_to_come_back(client, shipped, live_server, bus):
    me = await signed_in_candidate(client)
    iid = await new_interview(client, me)
    async with connect(ws_url(live_server, iid, me.access_token)) as ws:
        await ws.send(json.dumps({"type": "ping"}))
        await receive(ws)
        await bus.aclose()
        with pytest.raises(ConnectionClosed) as closed:
            await receive(ws)
        close = closed.value.rcvd
        assert close is not None and close.code == 1012


async def test_an_evaluation_in_the_worker_process_reaches_the_web_process(
    app, client, shipped, live_server, tasks, redis_url
):
    web, worker = RedisEventBus(redis_url), RedisEventBus(redis_url)
    use_event_bus(app, web)
    tasks.context.events = worker  # the job runs "elsewhere", with its own bus
    try:
        me = await signed_in_candidate(client)
        iid = await new_interview(client, me)
        first = current_question(await start(client, me, iid))["id"]
        async with connect(ws_url(live_server, iid, me.access_token)) as ws:
            await answer(client, me, iid, first, DETAILED)
            assert (await receive(ws))["type"] == "question_asked"
            await tasks.drain()
            evaluated = await receive(ws)
            assert (evaluated["type"], evaluated["data"]["question_id"]) == (
                "answer_evaluated",
                first,
            )
        await wait_until_unsubscribed(web, iid)
    finally:
        await web.aclose()
        await worker.aclose()
