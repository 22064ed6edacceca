"""DIDClient against the talks API shapes (respx stands in for api.d-id.com)."""

import hashlib
import json

import httpx
import pytest

from app.adapters.avatar.base import AvatarError
from app.adapters.avatar.did import DIDClient, clip_cache_key
from app.core.config import AvatarSettings
from tests.adapters.avatar.samples import Sleeps, did_talk

TALKS = "https://api.d-id.com/talks"
PORTRAIT = "https://example.com/portrait.jpg"
VIDEO = "https://d-id-talks-prod.s3.us-west-2.amazonaws.com/tlk_abc123/result.mp4"


def make_client(sleeps: Sleeps | None = None, **settings: object) -> DIDClient:
    values = {
        "provider": "did",
        "api_key": "dXNlckBleGFtcGxlLmNvbQ:secret",
        "did_source_url": PORTRAIT,
        "max_retries": 2,
    } | settings
    return DIDClient(
        AvatarSettings.model_validate(values), sleep=sleeps if sleeps is not None else Sleeps()
    )


def created() -> httpx.Response:
    return httpx.Response(201, json={"id": "tlk_abc123", "object": "talk", "status": "created"})


async def test_create_clip_sends_the_script(respx_mock):
    route = respx_mock.post(TALKS).mock(return_value=created())

    clip_id = await make_client().create_clip("Tell me about\n  yourself.")

    request = route.calls.last.request
    assert request.headers["authorization"] == "Basic dXNlckBleGFtcGxlLmNvbQ:secret"
    assert json.loads(request.content) == {
        "source_url": PORTRAIT,
        "script": {"type": "text", "input": "Tell me about yourself."},
    }
    assert clip_id == "tlk_abc123"


async def test_get_clip_when_done(respx_mock):
    respx_mock.get(f"{TALKS}/tlk_abc123").mock(
        return_value=did_talk("done", result_url=VIDEO, duration=3.2)
    )

    clip = await make_client().get_clip("tlk_abc123")

    assert (clip.id, clip.status, clip.result_url, clip.error) == (
        "tlk_abc123",
        "done",
        VIDEO,
        None,
    )


async def test_render_polls_until_done(respx_mock):
    sleeps = Sleeps()
    respx_mock.post(TALKS).mock(return_value=created())
    poll = respx_mock.get(f"{TALKS}/tlk_abc123").mock(
        side_effect=[
            did_talk("created"),
            did_talk("started"),
            did_talk("done", result_url=VIDEO),
        ]
    )

    clip = await make_client(sleeps).render_clip("Why Go?", poll_interval_s=0.5)

    assert poll.call_count == 3
    assert sleeps == [0.5, 0.5]
    assert (clip.status, clip.result_url) == ("done", VIDEO)


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [
        (
            "error",
            {"kind": "FaceError", "description": "Face not detected"},
            "FaceError: Face not detected",
        ),
        ("rejected", None, "rejected by D-ID"),
    ],
)
async def test_render_returns_failed_clips(respx_mock, status, error, message):
    respx_mock.post(TALKS).mock(return_value=created())
    respx_mock.get(f"{TALKS}/tlk_abc123").mock(
        side_effect=[did_talk("started"), did_talk(status, error=error)]
    )

    clip = await make_client().render_clip("Why Go?")

    assert (clip.status, clip.result_url, clip.error) == (status, None, message)


async def test_render_times_out(respx_mock):
    sleeps = Sleeps()
    respx_mock.post(TALKS).mock(return_value=created())
    poll = respx_mock.get(f"{TALKS}/tlk_abc123").mock(return_value=did_talk("started"))

    with pytest.raises(AvatarError) as e:
        await make_client(sleeps).render_clip("Why Go?", poll_interval_s=2, timeout_s=5)

    assert e.value.kind == "timeout"
    assert e.value.message == "D-ID render_clip: clip tlk_abc123 still started after 5s"
    assert sleeps == [2, 2, 1]
    assert poll.call_count == 4


async def test_poll_retries_rate_limits(respx_mock):
    sleeps = Sleeps()
    respx_mock.get(f"{TALKS}/tlk_abc123").mock(
        side_effect=[
            httpx.Response(429, json={"kind": "TooManyRequests"}, headers={"Retry-After": "2"}),
            did_talk("done", result_url=VIDEO),
        ]
    )

    clip = await make_client(sleeps).get_clip("tlk_abc123")

    assert sleeps == [2.0]
    assert clip.status == "done"


async def test_unauthorized_uses_the_did_error_body(respx_mock):
    route = respx_mock.post(TALKS).mock(
        return_value=httpx.Response(
            401, json={"kind": "AuthorizationError", "description": "user unauthenticated"}
        )
    )

    with pytest.raises(AvatarError) as e:
        await make_client().create_clip("Why Go?")

    assert route.call_count == 1
    assert e.value.status_code == 401
    assert e.value.message == (
        "D-ID create_clip: HTTP 401: user unauthenticated (check AVATAR__API_KEY)"
    )


async def test_unknown_status_is_invalid_response(respx_mock):
    respx_mock.get(f"{TALKS}/tlk_abc123").mock(return_value=did_talk("melting"))

    with pytest.raises(AvatarError) as e:
        await make_client().get_clip("tlk_abc123")
    assert e.value.kind == "invalid_response"


@pytest.mark.parametrize(
    ("settings", "setting"),
    [({"api_key": ""}, "AVATAR__API_KEY"), ({"did_source_url": None}, "AVATAR__DID_SOURCE_URL")],
)
def test_missing_settings_are_config_errors(settings, setting):
    with pytest.raises(AvatarError) as e:
        make_client(**settings)
    assert e.value.kind == "config"
    assert setting in e.value.message


def test_cache_key_normalizes_whitespace_only():
    key = clip_cache_key("Why  Go?\n", PORTRAIT)

    expected = hashlib.sha256(f"did-clip-v1\n{PORTRAIT}\nWhy Go?".encode()).hexdigest()
    assert key == expected
    assert DIDClient.clip_cache_key(" Why Go? ", PORTRAIT) == key
    assert clip_cache_key("Why go?", PORTRAIT) != key
    assert clip_cache_key("Why Go?", "https://example.com/other.jpg") != key
    assert clip_cache_key("Cafe\u0301?", PORTRAIT) == clip_cache_key("Caf\u00e9?", PORTRAIT)
