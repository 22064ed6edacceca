"""Choosing the embedder from settings, the cache, and the fall back to the built-in model."""

import json
import logging

import httpx
import numpy as np
import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from app.adapters.embeddings.base import EmbeddingError
from app.adapters.embeddings.cache import CachedEmbedder
from app.adapters.embeddings.factory import EmbedderDep, close_embedder, create_embedder
from app.adapters.embeddings.fallback import FallbackEmbedder
from app.adapters.embeddings.local import LocalEmbedder
from app.adapters.embeddings.openai_compat import OpenAICompatEmbedder
from app.core.config import EmbeddingsSettings, Settings

OLLAMA = "http://localhost:11434/v1/embeddings"


def settings_with(**embeddings: object) -> Settings:
    return Settings(_env_file=None, embeddings=EmbeddingsSettings.model_validate(embeddings))


def ollama(**extra: object) -> Settings:
    values = {
        "provider": "openai_compat",
        "base_url": "http://localhost:11434/v1",
        "model": "nomic-embed-text",
        "max_retries": 0,
    }
    return settings_with(**(values | extra))


def vectors_reply(request: httpx.Request) -> httpx.Response:
    """A distinct vector per text: its length and first letter."""
    data = [
        {"index": i, "embedding": [1.0, float(len(text)), float(ord(text[0]))]}
        for i, text in enumerate(_inputs(request))
    ]
    return httpx.Response(200, json={"data": data, "model": "nomic-embed-text"})


def _inputs(request: httpx.Request) -> list[str]:
    return json.loads(request.content)["input"]


async def test_default_is_the_cached_built_in_model():
    embedder = create_embedder(settings_with())

    assert isinstance(embedder, CachedEmbedder)
    assert isinstance(embedder.inner, LocalEmbedder)
    assert embedder.model == "all-MiniLM-L6-v2 int8 ONNX"
    await close_embedder(embedder)


async def test_openai_compat_falls_back_to_local():
    embedder = create_embedder(ollama(cache_size=10))

    assert isinstance(embedder, FallbackEmbedder)
    primary, fallback = embedder.primary, embedder.fallback
    assert isinstance(primary, CachedEmbedder) and isinstance(fallback, CachedEmbedder)
    assert isinstance(primary.inner, OpenAICompatEmbedder)
    assert primary.inner.base_url == "http://localhost:11434/v1"
    assert primary.max_entries == 10
    assert isinstance(fallback.inner, LocalEmbedder)
    await close_embedder(embedder)


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("EMBEDDINGS__PROVIDER", "openai_compat")
    monkeypatch.setenv("EMBEDDINGS__BASE_URL", "http://vllm:8000/v1")
    monkeypatch.setenv("EMBEDDINGS__MODEL", "bge-small")
    monkeypatch.setenv("EMBEDDINGS__CACHE_SIZE", "99")

    config = Settings(_env_file=None).embeddings

    assert (config.provider, config.base_url, config.model, config.cache_size) == (
        "openai_compat",
        "http://vllm:8000/v1",
        "bge-small",
        99,
    )


async def test_a_cache_hit_makes_no_second_call(respx_mock):
    route = respx_mock.post(OLLAMA).mock(side_effect=vectors_reply)
    embedder = create_embedder(ollama())

    first = await embedder.embed(["key point", "answer"])
    second = await embedder.embed(["answer", "key point", "answer"])
    third = await embedder.embed(["answer", "new text"])

    assert route.call_count == 2
    assert _inputs(route.calls[1].request) == ["new text"]  # only what the cache lacks
    np.testing.assert_array_equal(second, first[[1, 0, 1]])
    np.testing.assert_array_equal(third[0], first[1])
    await close_embedder(embedder)


async def test_the_cache_is_bounded_least_recently_used_first(respx_mock):
    route = respx_mock.post(OLLAMA).mock(side_effect=vectors_reply)
    fallback = create_embedder(ollama(cache_size=2))
    assert isinstance(fallback, FallbackEmbedder) and isinstance(fallback.primary, CachedEmbedder)
    embedder = fallback.primary

    await embedder.embed(["a", "b"])
    await embedder.embed(["a"])  # a is now the most recent
    await embedder.embed(["c"])  # evicts b
    await embedder.embed(["a", "c"])

    assert len(embedder) == 2
    assert route.call_count == 2
    await embedder.embed(["b"])
    assert route.call_count == 3


async def test_a_failing_server_degrades_to_local_with_a_warning(respx_mock, caplog):
    route = respx_mock.post(OLLAMA).mock(return_value=httpx.Response(500, text="model not loaded"))
    now = [1000.0]
    embedder = create_embedder(ollama(fallback_cooldown_s=60))
    assert isinstance(embedder, FallbackEmbedder)
    embedder._clock = lambda: now[0]

    with caplog.at_level(logging.WARNING, logger="app.adapters.embeddings"):
        vectors = await embedder.embed(["How do you index a table?", "With a B-tree index."])

    assert vectors.shape == (2, 384)  # the built-in model answered the whole call
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert "HTTP 500: model not loaded; using the built-in model" in caplog.text

    await embedder.embed(["later"])
    assert route.call_count == 1  # within the cooldown the server is left alone
    now[0] += 61
    await embedder.embed(["much later"])
    assert route.call_count == 2
    await close_embedder(embedder)


async def test_a_network_error_or_bad_reply_also_falls_back(respx_mock):
    respx_mock.post(OLLAMA).mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json={"data": []})]
    )
    embedder = create_embedder(ollama(fallback_cooldown_s=0))

    assert (await embedder.embed(["one"])).shape == (1, 384)
    assert (await embedder.embed(["two"])).shape == (1, 384)
    await close_embedder(embedder)


async def test_an_unexpected_error_falls_back_too(caplog):
    class Broken:
        name, model = "broken", "x"

        async def embed(self, texts):
            raise KeyError("bug")

        async def aclose(self):
            return None

    embedder = FallbackEmbedder(Broken(), LocalEmbedder())
    with caplog.at_level(logging.WARNING, logger="app.adapters.embeddings"):
        assert (await embedder.embed(["text"])).shape == (1, 384)
    assert "unexpected error: KeyError" in caplog.text


def test_hosted_api_without_key_fails_at_start_up():
    with pytest.raises(EmbeddingError) as e:
        create_embedder(settings_with(provider="openai_compat"))
    assert e.value.kind == "config"


async def test_dependency_reads_app_state():
    app = FastAPI()

    @app.get("/which")
    async def which(embedder: EmbedderDep) -> dict:
        return {"embedder": embedder.name}

    app.state.embedder = create_embedder(settings_with())
    async with AsyncClient(transport=ASGITransport(app), base_url="http://test") as client:
        assert (await client.get("/which")).json() == {"embedder": "local"}
