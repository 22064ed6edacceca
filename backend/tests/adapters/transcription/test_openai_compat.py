"""OpenAICompatTranscriber against the audio/transcriptions shapes (respx plays the server)."""

import logging
from email.parser import BytesParser
from email.policy import HTTP

import httpx
import pytest

from app.adapters.transcription.base import TranscriptionError
from app.adapters.transcription.openai_compat import OpenAICompatTranscriber
from app.core.config import TranscriptionSettings

OPENAI = "https://api.openai.com/v1/audio/transcriptions"
LOCAL = "http://localhost:8000/v1/audio/transcriptions"
AUDIO = b"\x1aE\xdf\xa3 webm bytes"


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_transcriber(sleeps: Sleeps | None = None, **settings: object) -> OpenAICompatTranscriber:
    values = {"provider": "openai_compat", "api_key": "sk-test", "max_retries": 2} | settings
    return OpenAICompatTranscriber(
        TranscriptionSettings.model_validate(values),
        backoff_base_s=0.5,
        sleep=sleeps if sleeps is not None else Sleeps(),
    )


def verbose_json(**overrides: object) -> httpx.Response:
    body = {
        "task": "transcribe",
        "language": "english",
        "duration": 4.2,
        "text": " I profiled the API and added caching.",
        "segments": [
            {
                "id": 0,
                "seek": 0,
                "start": 0.0,
                "end": 4.2,
                "text": " I profiled the API and added caching.",
                "tokens": [50364, 286],
                "temperature": 0.0,
                "avg_logprob": -0.2,
                "compression_ratio": 1.1,
                "no_speech_prob": 0.01,
            }
        ],
        "words": [
            {"word": "I", "start": 0.0, "end": 0.2},
            {"word": "profiled", "start": 0.2, "end": 0.8},
            {"word": " caching.", "start": 3.6, "end": 4.2},
        ],
    }
    return httpx.Response(200, json=body | overrides)


def form_fields(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """(name, filename, value) of each multipart part, in order."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    fields = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        value = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(value, bytes)
        fields.append((name, part.get_filename(), value))
    return fields


async def test_request_is_multipart_with_both_granularities(respx_mock):
    route = respx_mock.post(OPENAI).mock(return_value=verbose_json())

    await make_transcriber().transcribe(
        AUDIO, filename="answer-1.webm", content_type="audio/webm", language="en"
    )

    request = route.calls.last.request
    assert request.headers["authorization"] == "Bearer sk-test"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    fields = form_fields(request)
    assert ("file", "answer-1.webm", AUDIO) in fields
    values = [(name, value.decode()) for name, filename, value in fields if filename is None]
    assert values == [
        ("model", "whisper-1"),
        ("response_format", "verbose_json"),
        ("timestamp_granularities[]", "word"),
        ("timestamp_granularities[]", "segment"),
        ("language", "en"),
    ]
    assert b"Content-Type: audio/webm" in request.content


async def test_verbose_json_is_parsed(respx_mock):
    respx_mock.post(OPENAI).mock(return_value=verbose_json())

    transcript = await make_transcriber().transcribe(
        AUDIO, filename="a.webm", content_type="audio/webm"
    )

    assert transcript.text == "I profiled the API and added caching."
    assert (transcript.language, transcript.duration_s) == ("english", 4.2)
    assert [(s.start_s, s.end_s, s.text) for s in transcript.segments] == [
        (0.0, 4.2, "I profiled the API and added caching.")
    ]
    assert [(w.word, w.start_s, w.end_s) for w in transcript.words] == [
        ("I", 0.0, 0.2),
        ("profiled", 0.2, 0.8),
        ("caching.", 3.6, 4.2),
    ]


async def test_local_server_without_key_words_or_segments(respx_mock):
    route = respx_mock.post(LOCAL).mock(
        return_value=httpx.Response(200, json={"text": "Hello there."})
    )

    transcriber = make_transcriber(
        api_key=None, base_url="http://localhost:8000/v1/", model="Systran/faster-whisper-small"
    )
    transcript = await transcriber.transcribe(AUDIO, filename="a.wav", content_type="audio/wav")

    assert "authorization" not in route.calls.last.request.headers
    assert ("model", None, b"Systran/faster-whisper-small") in form_fields(route.calls.last.request)
    assert transcript.text == "Hello there."
    assert (transcript.segments, transcript.words, transcript.language) == ([], [], None)


async def test_malformed_items_are_skipped(respx_mock):
    respx_mock.post(OPENAI).mock(
        return_value=verbose_json(
            segments=[
                {"start": 0, "end": 1, "text": " ok"},
                {"start": "x", "end": 2, "text": "bad"},
            ],
            words=[
                {"word": "ok", "start": 0, "end": 0.4},
                {"word": " ", "start": 1, "end": 2},
                None,
            ],
            duration=None,
        )
    )

    transcript = await make_transcriber().transcribe(
        AUDIO, filename="a.webm", content_type="audio/webm"
    )

    assert [s.text for s in transcript.segments] == ["ok"]
    assert [w.word for w in transcript.words] == ["ok"]
    assert transcript.duration_s is None


async def test_rate_limit_then_success_honours_retry_after(respx_mock, caplog):
    sleeps = Sleeps()
    route = respx_mock.post(OPENAI).mock(
        side_effect=[
            httpx.Response(
                429, json={"error": {"message": "Rate limit reached"}}, headers={"Retry-After": "7"}
            ),
            verbose_json(),
        ]
    )

    with caplog.at_level(logging.WARNING, logger="app.adapters"):
        transcript = await make_transcriber(sleeps).transcribe(
            AUDIO, filename="a.webm", content_type="audio/webm"
        )

    assert route.call_count == 2
    assert sleeps == [7.0]
    assert transcript.words
    assert "HTTP 429: Rate limit reached; retry 1/2 in 7.00s" in caplog.text
    # Each attempt sends the whole file again.
    assert all(AUDIO in call.request.content for call in route.calls)


async def test_server_errors_back_off_then_run_out(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.post(OPENAI).mock(return_value=httpx.Response(500, text="oops"))

    with pytest.raises(TranscriptionError) as e:
        await make_transcriber(sleeps).transcribe(
            AUDIO, filename="a.webm", content_type="audio/webm"
        )

    assert route.call_count == 3
    assert sleeps == [0.5, 1.0]
    assert (e.value.kind, e.value.status_code) == ("http", 500)
    assert e.value.message == "transcription whisper-1: HTTP 500: oops"


async def test_retry_after_longer_than_the_timeout_gives_up(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.post(OPENAI).mock(
        return_value=httpx.Response(429, headers={"Retry-After": "600"})
    )

    with pytest.raises(TranscriptionError) as e:
        await make_transcriber(sleeps, timeout_s=60).transcribe(
            AUDIO, filename="a.webm", content_type="audio/webm"
        )

    assert (route.call_count, sleeps) == (1, [])
    assert e.value.message.endswith("Retry-After 600s is too long")


async def test_unauthorized_fails_at_once_with_a_hint(respx_mock):
    route = respx_mock.post(OPENAI).mock(
        return_value=httpx.Response(
            401, json={"error": {"message": "Incorrect API key provided: sk-te***st."}}
        )
    )

    with pytest.raises(TranscriptionError) as e:
        await make_transcriber().transcribe(AUDIO, filename="a.webm", content_type="audio/webm")

    assert route.call_count == 1
    assert e.value.message == (
        "transcription whisper-1: HTTP 401: Incorrect API key provided: sk-te***st. "
        "(check TRANSCRIPTION__API_KEY)"
    )


async def test_timeouts_are_retried_then_reported(respx_mock):
    sleeps = Sleeps()
    route = respx_mock.post(OPENAI).mock(side_effect=httpx.ReadTimeout("slow"))

    with pytest.raises(TranscriptionError) as e:
        await make_transcriber(sleeps, timeout_s=120, max_retries=1).transcribe(
            AUDIO, filename="a.webm", content_type="audio/webm"
        )

    assert route.call_count == 2
    assert (e.value.kind, e.value.message) == (
        "timeout",
        "transcription whisper-1: timed out after 120s",
    )


async def test_connection_errors_are_network_errors(respx_mock):
    route = respx_mock.post(LOCAL).mock(side_effect=httpx.ConnectError("refused"))

    transcriber = make_transcriber(api_key=None, base_url="http://localhost:8000/v1", max_retries=1)
    with pytest.raises(TranscriptionError) as e:
        await transcriber.transcribe(AUDIO, filename="a.webm", content_type="audio/webm")

    assert route.call_count == 2
    assert (e.value.kind, e.value.message) == (
        "network",
        "transcription whisper-1: network error: ConnectError",
    )


@pytest.mark.parametrize(
    "reply",
    [httpx.Response(200, text="<html>proxy</html>"), httpx.Response(200, json={"segments": []})],
)
async def test_a_reply_that_is_not_a_transcript(respx_mock, reply):
    respx_mock.post(OPENAI).mock(return_value=reply)

    with pytest.raises(TranscriptionError) as e:
        await make_transcriber().transcribe(AUDIO, filename="a.webm", content_type="audio/webm")
    assert e.value.kind == "invalid_response"


@pytest.mark.parametrize(
    "base_url", [None, "https://api.openai.com/v1", "https://api.groq.com/openai/v1"]
)
def test_hosted_apis_without_key_are_config_errors(base_url):
    with pytest.raises(TranscriptionError) as e:
        make_transcriber(api_key=None, base_url=base_url)
    assert e.value.kind == "config"
    assert "TRANSCRIPTION__API_KEY" in e.value.message


async def test_empty_audio_is_refused_before_any_call():
    with pytest.raises(ValueError):
        await make_transcriber().transcribe(b"", filename="a.webm", content_type="audio/webm")
