"""Any OpenAI-compatible transcription server: OpenAI Whisper, Groq, faster-whisper, whisper.cpp.

`verbose_json` with both timestamp granularities gives segments and words in one call. Local
servers often leave out `words` (or `segments`); the transcript then simply has none, since
guessing word times from segments would make pace figures look precise when they are not.
"""

import asyncio
import math
from typing import Any

import httpx

from app.adapters.http import Sleep, json_object, send_with_retries
from app.adapters.openai_compat import openai_compat_target
from app.adapters.transcription.base import (
    Transcript,
    TranscriptionError,
    TranscriptSegmentOut,
    TranscriptWord,
)
from app.core.config import TranscriptionSettings

# Hosts known to refuse anonymous calls; a local server may need no key at all.
_KEYED_HOSTS = {"api.openai.com", "api.groq.com"}
LABEL = "transcription"


class OpenAICompatTranscriber:
    name = "openai_compat"

    def __init__(
        self,
        settings: TranscriptionSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        backoff_base_s: float = 1.0,
    ) -> None:
        target = openai_compat_target(
            settings.base_url,
            settings.api_key,
            env_prefix="TRANSCRIPTION",
            keyed_hosts=_KEYED_HOSTS,
        )
        if target.missing_key:
            raise TranscriptionError("config", target.missing_key)
        self.base_url = target.base_url
        self.model = settings.model
        self._settings = settings
        self._sleep = sleep
        self._backoff_base_s = backoff_base_s
        self._http = httpx.AsyncClient(
            headers=target.headers, timeout=settings.timeout_s, transport=transport
        )

    async def transcribe(
        self, audio: bytes, *, filename: str, content_type: str, language: str | None = None
    ) -> Transcript:
        if not audio:
            raise ValueError("no audio to transcribe")
        data: dict[str, Any] = {
            "model": self.model,
            "response_format": "verbose_json",
            "timestamp_granularities[]": ["word", "segment"],
        }
        if language:
            data["language"] = language
        files = {"file": (filename, audio, content_type)}
        label = f"{LABEL} {self.model}"
        response = await send_with_retries(
            self._http,
            lambda: self._http.build_request(
                "POST", f"{self.base_url}/audio/transcriptions", data=data, files=files
            ),
            label=label,
            max_retries=self._settings.max_retries,
            backoff_base_s=self._backoff_base_s,
            max_wait_s=self._settings.timeout_s,
            sleep=self._sleep,
            error=TranscriptionError,
            auth_hint="check TRANSCRIPTION__API_KEY",
        )
        return parse_verbose_json(json_object(response, label=label, error=TranscriptionError))

    async def aclose(self) -> None:
        await self._http.aclose()


def parse_verbose_json(body: dict[str, Any]) -> Transcript:
    """A `Transcript` from a verbose_json (or plain json) reply; malformed items are skipped."""
    text = body.get("text")
    if not isinstance(text, str):
        raise TranscriptionError("invalid_response", f"{LABEL}: no text in the reply")
    segments = [
        TranscriptSegmentOut(start_s=times[0], end_s=times[1], text=item["text"].strip())
        for item in _items(body.get("segments"))
        if isinstance(item.get("text"), str) and (times := _times(item))
    ]
    words = [
        TranscriptWord(word=item["word"].strip(), start_s=times[0], end_s=times[1])
        for item in _items(body.get("words"))
        if isinstance(item.get("word"), str) and item["word"].strip() and (times := _times(item))
    ]
    duration = _number(body.get("duration"))
    language = body.get("language")
    return Transcript(
        text=text.strip(),
        language=language if isinstance(language, str) and language else None,
        duration_s=duration,
        segments=segments,
        words=words,
    )


def _items(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _times(item: dict[str, Any]) -> tuple[float, float] | None:
    start, end = _number(item.get("start")), _number(item.get("end"))
    if start is None or end is None:
        return None
    return start, max(start, end)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None
