"""TavusClient against the conversations API shapes (respx stands in for tavusapi.com)."""

import json
from typing import Any

import httpx
import pytest

from app.adapters.avatar.base import AvatarError, Conversation
from app.adapters.avatar.tavus import TavusClient, build_interview_context
from app.core.config import AvatarSettings
from tests.adapters.avatar.samples import Sleeps, tavus_conversation

BASE = "https://tavusapi.com"
CONVERSATIONS = f"{BASE}/v2/conversations"
CALLBACK = "https://rehearse.example/api/avatar/tavus/callback?token=s3cret"


def make_client(sleeps: Sleeps | None = None, **settings: object) -> TavusClient:
    values = {
        "provider": "tavus",
        "api_key": "tv-test-key",
        "tavus_persona_id": "p5317866",
        "max_retries": 2,
    } | settings
    return TavusClient(
        AvatarSettings.model_validate(values), sleep=sleeps if sleeps is not None else Sleeps()
    )


async def create(client: TavusClient, **overrides: object) -> Conversation:
    context, greeting = build_interview_context(
        "Backend Engineer", "Senior Backend Engineer", ["Tell me about yourself.", "Why Go?"]
    )
    values: dict[str, Any] = {
        "name": "Practice: Backend Engineer",
        "context": context,
        "greeting": greeting,
        "callback_url": CALLBACK,
        "max_call_duration_s": 1800,
    } | overrides
    return await client.create_conversation(**values)


async def test_create_conversation_sends_the_documented_body(respx_mock):
    route = respx_mock.post(CONVERSATIONS).mock(return_value=tavus_conversation())

    conversation = await create(make_client())

    request = route.calls.last.request
    assert request.headers["x-api-key"] == "tv-test-key"
    body = json.loads(request.content)
    assert body["persona_id"] == "p5317866"
    assert "replica_id" not in body and "test_mode" not in body
    assert body["conversation_name"] == "Practice: Backend Engineer"
    assert body["callback_url"] == CALLBACK
    assert "1. Tell me about yourself.\n2. Why Go?" in body["conversational_context"]
    assert body["custom_greeting"].startswith("Hello")
    assert body["properties"] == {
        "max_call_duration": 1800,
        "participant_left_timeout": 60,
        "participant_absent_timeout": 300,
        "enable_recording": False,
        "enable_closed_captions": True,
        "language": "english",
    }
    assert conversation.conversation_id == "c123456"
    assert conversation.conversation_url == "https://tavus.daily.co/c123456"
    assert conversation.status == "active"


async def test_replica_and_test_mode_when_asked(respx_mock):
    route = respx_mock.post(CONVERSATIONS).mock(return_value=tavus_conversation())

    client = make_client(tavus_persona_id=None, tavus_replica_id="r79e1c033f")
    await create(client, callback_url=None, language="spanish", test_mode=True)

    body = json.loads(route.calls.last.request.content)
    assert body["replica_id"] == "r79e1c033f"
    assert "persona_id" not in body and "callback_url" not in body
    assert body["test_mode"] is True
    assert body["properties"]["language"] == "spanish"


async def test_rate_limit_honours_retry_after(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.post(CONVERSATIONS).mock(
        side_effect=[
            httpx.Response(
                429, json={"message": "Too many requests"}, headers={"Retry-After": "3"}
            ),
            tavus_conversation(),
        ]
    )

    conversation = await create(make_client(sleeps))

    assert route.call_count == 2
    assert sleeps == [3.0]
    assert conversation.conversation_id == "c123456"


async def test_create_is_not_repeated_after_a_server_error(respx_mock):
    """A 5xx may come after Tavus started a (billed) conversation: do not open a second one."""
    route = respx_mock.post(CONVERSATIONS).mock(
        return_value=httpx.Response(502, text="Bad Gateway")
    )

    with pytest.raises(AvatarError) as e:
        await create(make_client())

    assert route.call_count == 1
    assert (e.value.kind, e.value.status_code) == ("http", 502)


async def test_reads_are_retried_after_a_server_error(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.get(f"{CONVERSATIONS}/c123456").mock(
        side_effect=[httpx.Response(503), tavus_conversation("ended")]
    )

    conversation = await make_client(sleeps).get_conversation("c123456")

    assert route.call_count == 2
    assert sleeps == [1.0]
    assert conversation.status == "ended"


async def test_unauthorized_is_clear_and_not_retried(respx_mock):
    route = respx_mock.post(CONVERSATIONS).mock(
        return_value=httpx.Response(401, json={"message": "Invalid access token"})
    )

    with pytest.raises(AvatarError) as e:
        await create(make_client())

    assert route.call_count == 1
    assert (e.value.kind, e.value.status_code) == ("http", 401)
    assert str(e.value) == (
        "Tavus create_conversation: HTTP 401: Invalid access token (check AVATAR__API_KEY)"
    )


async def test_timeout_is_reported_as_timeout(respx_mock):
    route = respx_mock.post(CONVERSATIONS).mock(side_effect=httpx.ReadTimeout("slow"))

    with pytest.raises(AvatarError) as e:
        await create(make_client(timeout_s=5))

    assert route.call_count == 1  # the request may have reached Tavus: not repeated
    assert (e.value.kind, e.value.message) == (
        "timeout",
        "Tavus create_conversation: timed out after 5s",
    )


async def test_refused_connection_is_retried_even_for_create(respx_mock):
    route = respx_mock.post(CONVERSATIONS).mock(
        side_effect=[httpx.ConnectError("refused"), tavus_conversation()]
    )

    conversation = await create(make_client())

    assert route.call_count == 2
    assert conversation.conversation_id == "c123456"


async def test_reply_without_a_room_is_invalid(respx_mock):
    respx_mock.post(CONVERSATIONS).mock(return_value=tavus_conversation(conversation_url=None))

    with pytest.raises(AvatarError) as e:
        await create(make_client())
    assert e.value.kind == "invalid_response"


async def test_end_conversation(respx_mock):
    route = respx_mock.post(f"{CONVERSATIONS}/c123456/end").mock(return_value=httpx.Response(200))

    await make_client().end_conversation("c123456")

    assert route.call_count == 1
    assert route.calls.last.request.headers["x-api-key"] == "tv-test-key"


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(404, json={"error": "Conversation not found"}),
        httpx.Response(400, json={"error": "Conversation has already ended"}),
    ],
)
async def test_ending_an_ended_conversation_succeeds(respx_mock, reply):
    route = respx_mock.post(f"{CONVERSATIONS}/c123456/end").mock(return_value=reply)

    await make_client().end_conversation("c123456")

    assert route.call_count == 1


async def test_other_end_errors_are_raised(respx_mock):
    respx_mock.post(f"{CONVERSATIONS}/c123456/end").mock(
        return_value=httpx.Response(400, json={"error": "Invalid conversation_id"})
    )

    with pytest.raises(AvatarError) as e:
        await make_client().end_conversation("c123456")
    assert e.value.message == "Tavus end_conversation: HTTP 400: Invalid conversation_id"


async def test_ids_stay_inside_their_path_segment(respx_mock):
    route = respx_mock.get(f"{CONVERSATIONS}/..%2Fpersonas").mock(return_value=tavus_conversation())

    await make_client().get_conversation("../personas")

    assert route.call_count == 1


@pytest.mark.parametrize(
    ("settings", "setting"),
    [
        ({"api_key": None}, "AVATAR__API_KEY"),
        ({"tavus_persona_id": None}, "AVATAR__TAVUS_PERSONA_ID"),
    ],
)
def test_missing_settings_are_config_errors(settings, setting):
    with pytest.raises(AvatarError) as e:
        make_client(**settings)
    assert e.value.kind == "config"
    assert setting in e.value.message


def test_interview_context_orders_the_questions_and_forbids_feedback():
    context, greeting = build_interview_context(
        "Backend Engineer",
        "Senior Backend Engineer",
        ["  Tell me about\n yourself. ", "", "How would you scale a queue?"],
    )

    assert "position of Senior Backend Engineer (role: Backend Engineer)" in context
    assert "Ask exactly these 2 questions, in this order" in context
    assert "1. Tell me about yourself.\n2. How would you scale a queue?" in context
    assert "one question at a time" in context and "wait until the candidate" in context
    assert "Give no feedback" in context
    assert "Senior Backend Engineer position" in greeting
    assert "2 questions" in greeting


def test_interview_context_without_title_or_questions():
    context, greeting = build_interview_context("Data Analyst", None, ["Why data?"])
    assert "position of Data Analyst" in context
    assert "1 question," in greeting

    with pytest.raises(ValueError):
        build_interview_context("Data Analyst", None, ["  "])
