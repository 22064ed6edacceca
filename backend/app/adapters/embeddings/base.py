"""Sentence embeddings: the contract, its error type and the similarity helpers.

An embedder turns texts into one row each of a float32 matrix whose rows have unit length, so a
dot product is a cosine. Vectors from different models live in different spaces: compare only
vectors that came from the same call (or the same `model`), which is why `similarity` embeds
both sides at once.
"""

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from app.adapters.http import ExternalServiceError

Matrix = npt.NDArray[np.float32]


class EmbeddingError(ExternalServiceError):
    """The embedding service is misconfigured, unreachable or gave an unusable reply."""


class Embedder(Protocol):
    name: str
    model: str

    async def embed(self, texts: Sequence[str]) -> Matrix:
        """One unit-length float32 row per text, in order; shape (len(texts), dim)."""
        ...

    async def aclose(self) -> None:
        """Release connections (a no-op for the built-in model)."""
        ...


def normalize(matrix: npt.ArrayLike) -> Matrix:
    """Rows scaled to unit length (an all-zero row stays zero), as a float32 matrix."""
    rows = np.asarray(matrix, dtype=np.float32)
    if rows.ndim != 2:
        raise ValueError(f"expected a 2-D matrix, got shape {rows.shape}")
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)


def cosine_matrix(left: Matrix, right: Matrix) -> Matrix:
    """Cosine of every row of `left` with every row of `right` (both already unit length)."""
    return np.asarray(left @ right.T, dtype=np.float32)


async def similarity(embedder: Embedder, left: Sequence[str], right: Sequence[str]) -> Matrix:
    """Cosine matrix (len(left), len(right)), both sides embedded in one call and one space."""
    vectors = await embedder.embed([*left, *right])
    return cosine_matrix(vectors[: len(left)], vectors[len(left) :])
