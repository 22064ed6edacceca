"""Meaning-based closeness between an answer and what was asked, with the built-in model.

Always the local all-MiniLM-L6-v2 (never a cloud embedder): scores must not change with a
provider's mood, and the same text always gets the same vector (see `OnnxEncoder.encode`).
Question-side texts (question, key points, model answer, rubric prototypes) recur for every
answer to a question, so their vectors are cached; per answer only the answer is embedded.
"""

from functools import lru_cache

import numpy as np

from app.adapters.embeddings.local import LocalEmbedder

_MAX_CHARS = 2000
"""The model reads 256 tokens at most; the rest would be truncated anyway."""


@lru_cache(maxsize=1)
def _embedder() -> LocalEmbedder:
    return LocalEmbedder(threads=1)


def warm_up() -> None:
    """Load the model now (about a second of CPU) rather than inside the first answer."""
    answer_vector("warm up")


@lru_cache(maxsize=4096)
def reference_vector(text: str) -> np.ndarray:
    """A question-side text's unit vector, cached in-process (read-only, callers share it)."""
    vector = _embedder().encode([text[:_MAX_CHARS]])[0]
    vector.flags.writeable = False
    return vector


def answer_vector(text: str) -> np.ndarray:
    return _embedder().encode([text[:_MAX_CHARS]])[0]


def similarity(answer: np.ndarray, reference: str) -> float:
    """Cosine between the answer and a reference text (both unit length)."""
    return float(np.dot(answer, reference_vector(reference)))
