"""OpenAICompatEmbedder against the /embeddings shapes (respx plays the server)."""

import json

import httpx
import numpy as np
import pytest

from app.adapters.embeddings import openai_compat
from app.adapters.embeddings.base import EmbeddingError
from app.adapters.embeddings.openai_compat import OpenAICompatEmbedder
from app.core.config import EmbeddingsSettings

OPENAI = "https://api.openai.com/v1/embeddings"
OLLAMA = "http://localhost:11434/v1/embeddings"


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_embedder(**settings: object) -> OpenAICompatEmbedder:
    values = {"provider": "openai_compat", "api_key": "sk-test"} | settings
    return OpenAICompatEmbedder(
        EmbeddingsSettings.model_validate(values), sleep=Sleeps(), backoff_base_s=0.1
    )


def reply(vectors: list[list[float]], *, order: list[int] | None = None, model: str = "m"):
    order = order if order is not None else list(range(len(vectors)))
    data = [{"object": "embedding", "index": i, "embedding": vectors[i]} for i in order]
    body = {
        "object": "list",
        "data": data,
        "model": model,
        "usage": {"prompt_tokens": 5, "total_tokens": 5},
    }
    return httpx.Response(200, json=body)


async def test_request_shape_and_unit_rows(respx_mock):
    route = respx_mock.post(OPENAI).mock(return_value=reply([[3.0, 4.0, 0.0], [0.0, 0.0, 2.0]]))

    vectors = await make_embedder().embed(["first answer", "second answer"])

    request = route.calls.last.request
    assert request.headers["authorization"] == "Bearer sk-test"
    assert json.loads(request.content) == {
        "model": "text-embedding-3-small",
        "input": ["first answer", "second answer"],
    }
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(vectors, [[0.6, 0.8, 0.0], [0.0, 0.0, 1.0]])


async def test_rows_follow_index_not_list_order(respx_mock):
    respx_mock.post(OPENAI).mock(
        return_value=reply([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], order=[2, 0, 1])
    )

    vectors = await make_embedder().embed(["a", "b", "c"])

    np.testing.assert_allclose(vectors[0], [1.0, 0.0])
    np.testing.assert_allclose(vectors[1], [0.0, 1.0])
    np.testing.assert_allclose(vectors[2], [2**-0.5, 2**-0.5], rtol=1e-6)


async def test_ollama_without_key_and_empty_text(respx_mock):
    route = respx_mock.post(OLLAMA).mock(return_value=reply([[1.0, 2.0], [2.0, 1.0]]))

    embedder = make_embedder(
        api_key=None, base_url="http://localhost:11434/v1/", model="nomic-embed-text"
    )
    await embedder.embed(["said something", ""])

    request = route.calls.last.request
    assert "authorization" not in request.headers
    assert json.loads(request.content) == {
        "model": "nomic-embed-text",
        "input": ["said something", " "],
    }


async def test_many_texts_are_sent_in_batches(respx_mock, monkeypatch):
    monkeypatch.setattr(openai_compat, "MAX_BATCH", 2)

    def answer(request: httpx.Request) -> httpx.Response:
        texts = json.loads(request.content)["input"]
        return reply([[float(len(text)), 1.0] for text in texts])

    route = respx_mock.post(OPENAI).mock(side_effect=answer)

    vectors = await make_embedder().embed(["a", "bb", "ccc", "dddd", "eeeee"])

    assert route.call_count == 3
    assert vectors.shape == (5, 2)
    assert vectors[4, 0] > vectors[0, 0]


async def test_nothing_to_embed_sends_nothing(respx_mock):
    route = respx_mock.post(OPENAI)

    assert (await make_embedder().embed([])).shape == (0, 0)
    assert route.call_count == 0


@pytest.mark.parametrize(
    "body",
    [
        {"data": [{"index": 0, "embedding": [1.0]}]},  # one vector for two texts
        {"data": [{"index": 0, "embedding": [1.0]}, {"index": 0, "embedding": [1.0]}]},
        {"data": [{"index": 0, "embedding": [1.0]}, {"index": 1, "embedding": "AAAA"}]},
        {"data": [{"index": 0, "embedding": [1.0]}, {"index": 1, "embedding": [1.0, 2.0]}]},
        {"error": "not here"},
    ],
)
async def test_unusable_replies_are_invalid_response(respx_mock, body):
    respx_mock.post(OPENAI).mock(return_value=httpx.Response(200, json=body))

    with pytest.raises(EmbeddingError) as e:
        await make_embedder().embed(["a", "b"])
    assert e.value.kind == "invalid_response"


async def test_rate_limit_is_retried_then_reported(respx_mock):
    route = respx_mock.post(OPENAI).mock(
        return_value=httpx.Response(429, json={"error": {"message": "Rate limit reached"}})
    )

    with pytest.raises(EmbeddingError) as e:
        await make_embedder(max_retries=1).embed(["a"])

    assert route.call_count == 2
    assert (e.value.kind, e.value.status_code) == ("http", 429)
    assert e.value.message == "embeddings text-embedding-3-small: HTTP 429: Rate limit reached"


async def test_unauthorized_names_the_setting(respx_mock):
    respx_mock.post(OPENAI).mock(
        return_value=httpx.Response(401, json={"error": {"message": "Incorrect API key"}})
    )

    with pytest.raises(EmbeddingError) as e:
        await make_embedder().embed(["a"])
    assert e.value.message.endswith("(check EMBEDDINGS__API_KEY)")


def test_openai_without_key_is_a_config_error():
    with pytest.raises(EmbeddingError) as e:
        make_embedder(api_key=None)
    assert e.value.kind == "config"
    assert "EMBEDDINGS__API_KEY" in e.value.message
