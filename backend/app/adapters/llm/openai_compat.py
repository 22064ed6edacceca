"""Any OpenAI-compatible chat-completions server: OpenAI, Ollama, vLLM, LM Studio, OpenRouter, Groq.

Structured output is requested with `response_format: json_schema` and `strict: false`, because
strict mode refuses ordinary JSON-schema keywords (min/max, lengths) that our models use and
several local servers do not implement it. The reply is validated on our side either way.
"""

import asyncio

import httpx
from pydantic import BaseModel

from app.adapters.http import parse_retry_after
from app.adapters.llm.base import (
    RETRYABLE_STATUS,
    LLMError,
    RetryableError,
    Sleep,
    call_with_retries,
    clip,
)
from app.adapters.llm.tasks import PromptedProvider
from app.adapters.openai_compat import openai_compat_target
from app.core.config import LLMSettings

DEFAULT_MODEL = "gpt-4o-mini"
# Hosts known to refuse anonymous calls; a local server (Ollama, vLLM) may need no key at all.
_KEYED_HOSTS = {"api.openai.com"}


class OpenAICompatProvider(PromptedProvider):
    name = "openai_compat"

    def __init__(
        self,
        settings: LLMSettings,
        *,
        backoff_base_s: float = 1.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        target = openai_compat_target(
            settings.base_url, settings.api_key, env_prefix="LLM", keyed_hosts=_KEYED_HOSTS
        )
        if target.missing_key:
            raise LLMError(target.missing_key, kind="config")
        self.base_url = target.base_url
        self.model = settings.model or DEFAULT_MODEL
        self._settings = settings
        self._backoff_base_s = backoff_base_s
        self._sleep = sleep
        self._http = httpx.AsyncClient(headers=target.headers, timeout=settings.timeout_s)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _ask(
        self, system: str, prompt: str, schema: type[BaseModel], temperature: float
    ) -> str:
        body = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": schema.__name__,
                    "schema": schema.model_json_schema(),
                    "strict": False,
                },
            },
            "temperature": temperature,
        }
        return await call_with_retries(
            lambda: self._post(body),
            label=f"{self.name}/{self.model}",
            max_retries=self._settings.max_retries,
            base_delay_s=self._backoff_base_s,
            max_wait_s=self._settings.timeout_s,
            sleep=self._sleep,
        )

    async def _post(self, body: dict) -> str:
        try:
            response = await self._http.post(f"{self.base_url}/chat/completions", json=body)
        except httpx.TimeoutException as exc:
            reason = f"timeout after {self._settings.timeout_s:g}s"
            raise LLMError(reason, kind="timeout") from exc
        except httpx.TransportError as exc:
            raise RetryableError(f"network error: {type(exc).__name__}", retry_after=None) from exc
        status = response.status_code
        if status in RETRYABLE_STATUS:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise RetryableError(f"HTTP {status}", status_code=status, retry_after=retry_after)
        if status >= 400:
            raise LLMError(_http_reason(response), kind="http", status_code=status)
        return _message_content(response)


def _http_reason(response: httpx.Response) -> str:
    """`HTTP 401: Incorrect API key provided...` from OpenAI's `{"error": {"message"}}` body."""
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = response.text
    reason = f"HTTP {response.status_code}"
    return f"{reason}: {clip(str(message), 160)}" if message else reason


def _message_content(response: httpx.Response) -> str:
    """`choices[0].message.content`; None (a refusal) reads as an empty, invalid reply."""
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        # A 200 that is not a chat completion: usually LLM__BASE_URL points at the wrong place.
        raise LLMError("not a chat-completions response", kind="invalid_output") from exc
    return content if isinstance(content, str) else ""
