"""Any OpenAI-compatible embeddings server: OpenAI, Ollama (`nomic-embed-text`), vLLM, LM Studio.

`POST {base_url}/embeddings` with `{"model", "input": [texts]}` answers `data[{index,
embedding}]`. Rows are put back in `index` order (the spec does not promise list order) and
normalised here, since not every server returns unit vectors.
"""

import asyncio
import math
from collections.abc import Sequence
from typing import Any, TypeGuard

import httpx
import numpy as np

from app.adapters.embeddings.base import EmbeddingError, Matrix, normalize
from app.adapters.http import Sleep, json_object, send_with_retries
from app.adapters.openai_compat import openai_compat_target
from app.core.config import EmbeddingsSettings

DEFAULT_MODEL = "text-embedding-3-small"
# Hosts known to refuse anonymous calls; a local server (Ollama, vLLM) may need no key at all.
_KEYED_HOSTS = {"api.openai.com"}
# OpenAI takes up to 2,048 inputs a request; local servers are happier with fewer.
MAX_BATCH = 128
LABEL = "embeddings"


class OpenAICompatEmbedder:
    name = "openai_compat"

    def __init__(
        self,
        settings: EmbeddingsSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        backoff_base_s: float = 1.0,
    ) -> None:
        target = openai_compat_target(
            settings.base_url, settings.api_key, env_prefix="EMBEDDINGS", keyed_hosts=_KEYED_HOSTS
        )
        if target.missing_key:
            raise EmbeddingError("config", target.missing_key)
        self.base_url = target.base_url
        self.model = settings.model or DEFAULT_MODEL
        self._settings = settings
        self._sleep = sleep
        self._backoff_base_s = backoff_base_s
        self._http = httpx.AsyncClient(
            headers=target.headers, timeout=settings.timeout_s, transport=transport
        )

    async def embed(self, texts: Sequence[str]) -> Matrix:
        rows: list[list[float]] = []
        for start in range(0, len(texts), MAX_BATCH):
            rows.extend(await self._embed_batch(texts[start : start + MAX_BATCH]))
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return normalize(rows)

    async def _embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        # OpenAI refuses an empty string; a space embeds as "nothing said" everywhere.
        body = {"model": self.model, "input": [text if text.strip() else " " for text in texts]}
        label = f"{LABEL} {self.model}"
        response = await send_with_retries(
            self._http,
            lambda: self._http.build_request("POST", f"{self.base_url}/embeddings", json=body),
            label=label,
            max_retries=self._settings.max_retries,
            backoff_base_s=self._backoff_base_s,
            max_wait_s=self._settings.timeout_s,
            sleep=self._sleep,
            error=EmbeddingError,
            auth_hint="check EMBEDDINGS__API_KEY",
        )
        reply = json_object(response, label=label, error=EmbeddingError)
        return parse_embeddings(reply, expected=len(texts), label=label)

    async def aclose(self) -> None:
        await self._http.aclose()


def parse_embeddings(body: dict[str, Any], *, expected: int, label: str) -> list[list[float]]:
    """The vectors of a `data[{index, embedding}]` reply in index order, or `EmbeddingError`."""
    data = body.get("data")
    if not isinstance(data, list) or len(data) != expected:
        count = len(data) if isinstance(data, list) else "no"
        raise EmbeddingError(
            "invalid_response", f"{label}: {count} embeddings for {expected} texts"
        )
    by_index: dict[int, list[float]] = {}
    for position, item in enumerate(data):
        if not isinstance(item, dict):
            raise EmbeddingError("invalid_response", f"{label}: item {position} is not an object")
        index = item.get("index", position)
        vector = item.get("embedding")
        if not isinstance(index, int) or not 0 <= index < expected or index in by_index:
            raise EmbeddingError("invalid_response", f"{label}: bad index {index!r}")
        if not _is_vector(vector):
            raise EmbeddingError("invalid_response", f"{label}: item {index} has no float vector")
        by_index[index] = vector
    rows = [by_index[index] for index in range(expected)]
    if len({len(row) for row in rows}) > 1:
        raise EmbeddingError("invalid_response", f"{label}: vectors of different lengths")
    return rows


def _is_vector(value: object) -> TypeGuard[list[float]]:
    return (
        isinstance(value, list)
        and len(value) > 0
        and all(
            isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)
            for x in value
        )
    )
