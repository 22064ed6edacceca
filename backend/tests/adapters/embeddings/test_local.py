"""The shipped model itself: sensible similarities, stable vectors, loaded once, off the loop."""

import json
import threading
from pathlib import Path

import numpy as np
import pytest

from app.adapters.embeddings.base import cosine_matrix, normalize, similarity
from app.adapters.embeddings.local import MODEL_DIR, LocalEmbedder

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

QUESTION = "How would you speed up a slow SQL query?"
ON_TOPIC = "I would read the query plan, add an index on the filtered columns and avoid SELECT *."
PARAPHRASE = "First I check the execution plan, then index the columns used in the WHERE clause."
UNRELATED = "I enjoy hiking in the mountains with my family on weekends."


@pytest.fixture(scope="module")
def embedder() -> LocalEmbedder:
    return LocalEmbedder()


def test_the_shipped_files_are_small_and_described():
    manifest = json.loads((MODEL_DIR / "model.json").read_text())
    size = sum(path.stat().st_size for path in MODEL_DIR.iterdir())
    assert size < 30 * 1024 * 1024
    assert (manifest["kind"], manifest["dim"]) == ("onnx", 384)
    assert {"model.onnx", "tokenizer.json", "NOTICE.md"} <= {p.name for p in MODEL_DIR.iterdir()}


def test_paraphrase_and_answer_beat_an_unrelated_text(embedder):
    vectors = embedder.encode([QUESTION, ON_TOPIC, PARAPHRASE, UNRELATED])
    scores = cosine_matrix(vectors, vectors)

    assert scores[1, 2] > 0.5  # the two ways of saying the same thing
    assert scores[1, 2] > scores[1, 3] + 0.3
    assert scores[0, 1] > scores[0, 3] + 0.3  # the question is about the answer, not the hike


def test_rows_are_unit_float32_and_deterministic(embedder):
    texts = [ON_TOPIC, "", "ok", "word " * 600]  # empty, tiny, and past the 256-token limit
    first = embedder.encode(texts)
    again = LocalEmbedder().encode(list(reversed(texts)))[::-1]

    assert first.dtype == np.float32 and first.shape == (4, 384)
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(first, again, atol=1e-6)  # a fresh model, another order
    assert embedder.encode([]).shape == (0, 384)


def test_every_cpu_computes_the_reference_vectors(embedder):
    """Scores must not depend on the machine: with int8 weights, AVX2 CPUs without VNNI
    saturated and moved these vectors to ~0.988 cosine of the exact ones."""
    reference = json.loads((FIXTURES / "embedding_reference.json").read_text())
    vectors = embedder.encode(reference["texts"])

    np.testing.assert_allclose(vectors, np.array(reference["vectors"]), atol=2e-5)


def test_loaded_lazily_and_once_across_threads():
    embedder = LocalEmbedder()
    assert embedder._encoder is None  # constructing it (app start-up) loads nothing

    encoders = []
    threads = [
        threading.Thread(target=lambda: encoders.append(embedder.encoder())) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len({id(encoder) for encoder in encoders}) == 1


async def test_async_embed_runs_in_a_worker_thread(embedder, monkeypatch):
    seen = []
    encode = embedder.encode

    def spy(texts):
        seen.append(threading.get_ident())
        return encode(texts)

    monkeypatch.setattr(embedder, "encode", spy)
    scores = await similarity(embedder, [QUESTION], [ON_TOPIC, UNRELATED])

    assert seen and seen[0] != threading.get_ident()
    assert scores.shape == (1, 2) and scores[0, 0] > scores[0, 1]


def test_a_text_gets_the_same_vector_whatever_it_is_embedded_with(embedder):
    alone = embedder.encode([ON_TOPIC])
    with_others = embedder.encode([UNRELATED, "short", ON_TOPIC, QUESTION * 5])

    np.testing.assert_array_equal(alone[0], with_others[2])


def test_normalize_leaves_zero_rows_alone():
    rows = normalize([[3.0, 4.0], [0.0, 0.0]])
    np.testing.assert_allclose(rows, [[0.6, 0.8], [0.0, 0.0]])
