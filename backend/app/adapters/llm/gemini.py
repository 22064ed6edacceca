"""Gemini through the `google-genai` SDK, with JSON output constrained by our Pydantic models.

The SDK is handed our own `httpx.AsyncClient`: without it, the SDK switches to aiohttp as soon as
aiohttp is installed (and then adds its own 1-10 s sleeps on connection errors). With it, the
transport, timeout and retries are ours and the same in production and in tests (respx).
"""

import asyncio
import re
from typing import Any

import httpx
from google import genai
from google.genai import errors, types
from pydantic import BaseModel

from app.adapters.http import parse_retry_after
from app.adapters.llm.base import (
    RETRYABLE_STATUS,
    LLMError,
    RetryableError,
    Sleep,
    call_with_retries,
    clip,
    logger,
)
from app.adapters.llm.tasks import PromptedProvider
from app.core.config import LLMSettings

DEFAULT_MODEL = "gemini-2.5-flash"
# Pinned: the SDK's default version changes between releases (and with GOOGLE_GENAI_API_VERSION);
# structured output is documented on v1beta.
API_VERSION = "v1beta"
_SECONDS = re.compile(r"^(\d+(?:\.\d+)?)s$")


class GeminiProvider(PromptedProvider):
    name = "gemini"

    def __init__(
        self,
        settings: LLMSettings,
        *,
        backoff_base_s: float = 1.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if not settings.api_key:
            raise LLMError(
                "missing API key: LLM__PROVIDER=gemini needs LLM__API_KEY", kind="config"
            )
        self.model = settings.model or DEFAULT_MODEL
        self._settings = settings
        self._backoff_base_s = backoff_base_s
        self._sleep = sleep
        self._http = httpx.AsyncClient(timeout=settings.timeout_s)
        self._client = genai.Client(
            vertexai=False,  # not even if GOOGLE_GENAI_USE_VERTEXAI is set in the environment
            api_key=settings.api_key,
            http_options=types.HttpOptions(
                api_version=API_VERSION,
                timeout=round(settings.timeout_s * 1000),
                httpx_async_client=self._http,
            ),
        )

    async def aclose(self) -> None:
        self._client.close()
        await self._client.aio.aclose()
        await self._http.aclose()

    async def _ask(
        self, system: str, prompt: str, schema: type[BaseModel], temperature: float
    ) -> str:
        config = types.GenerateContentConfig(
            system_instruction=system,
            response_mime_type="application/json",
            response_schema=schema,
            temperature=temperature,
        )
        return await call_with_retries(
            lambda: self._generate_once(prompt, config),
            label=f"{self.name}/{self.model}",
            max_retries=self._settings.max_retries,
            base_delay_s=self._backoff_base_s,
            max_wait_s=self._settings.timeout_s,
            sleep=self._sleep,
        )

    async def _generate_once(self, prompt: str, config: types.GenerateContentConfig) -> str:
        try:
            response = await self._client.aio.models.generate_content(
                model=self.model, contents=prompt, config=config
            )
        except errors.APIError as exc:
            raise _from_api_error(exc) from exc
        except httpx.TimeoutException as exc:
            reason = f"timeout after {self._settings.timeout_s:g}s"
            raise LLMError(reason, kind="timeout") from exc
        except httpx.TransportError as exc:
            raise RetryableError(f"network error: {type(exc).__name__}", retry_after=None) from exc
        if not response.text:
            finish = response.candidates[0].finish_reason if response.candidates else None
            logger.warning(
                "LLM %s/%s: no text in the reply (finish: %s)", self.name, self.model, finish
            )
        return response.text or ""


def _from_api_error(exc: errors.APIError) -> Exception:
    """429/5xx are worth retrying; any other status (400 bad key, 403, 404 model) is final."""
    code = exc.code
    reason = f"HTTP {code} {exc.status or ''}".strip()
    if exc.message:
        reason += f": {clip(str(exc.message), 160)}"
    if code in RETRYABLE_STATUS:
        return RetryableError(reason, status_code=code, retry_after=_retry_after(exc))
    return LLMError(reason, kind="http", status_code=code)


def _retry_after(exc: errors.APIError) -> float | None:
    """The `Retry-After` header, else the `RetryInfo.retryDelay` ("30s") Gemini puts on a 429."""
    headers = getattr(exc.response, "headers", None)
    if headers is not None:
        seconds = parse_retry_after(headers.get("retry-after"))
        if seconds is not None:
            return seconds
    error: Any = exc.details.get("error", exc.details) if isinstance(exc.details, dict) else {}
    details = error.get("details") if isinstance(error, dict) else None
    for detail in details if isinstance(details, list) else []:
        delay = detail.get("retryDelay") if isinstance(detail, dict) else None
        if isinstance(delay, str) and (match := _SECONDS.match(delay)):
            return float(match.group(1))
    return None
