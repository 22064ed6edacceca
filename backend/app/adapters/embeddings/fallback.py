"""A cloud embedder that degrades to the built-in model instead of failing.

When the configured server errs, times out or answers nonsense, the whole call is answered by
the local model (never a mix of the two in one matrix: their vectors live in different spaces)
with one warning in the log. For `cooldown_s` after a failure the server is not asked again,
so an outage costs one timeout rather than one per answer scored.
"""

import logging
import time
from collections.abc import Callable, Sequence

from app.adapters.embeddings.base import Embedder, EmbeddingError, Matrix

logger = logging.getLogger("app.adapters.embeddings")


class FallbackEmbedder:
    def __init__(
        self,
        primary: Embedder,
        fallback: Embedder,
        *,
        cooldown_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name
        self.model = primary.model
        self._cooldown_s = cooldown_s
        self._clock = clock
        self._resume_at = 0.0

    async def embed(self, texts: Sequence[str]) -> Matrix:
        if self._clock() < self._resume_at:
            return await self.fallback.embed(texts)
        try:
            return await self.primary.embed(texts)
        except EmbeddingError as exc:
            reason = exc.message
        except Exception as exc:  # a bug in a reply parser must not take scoring down
            logger.warning("embeddings %s failed unexpectedly", self.primary.name, exc_info=True)
            reason = f"unexpected error: {type(exc).__name__}"
        self._resume_at = self._clock() + self._cooldown_s
        logger.warning(
            "%s; using the built-in model (%s) for %.0fs",
            reason,
            self.fallback.model,
            self._cooldown_s,
        )
        return await self.fallback.embed(texts)

    async def aclose(self) -> None:
        await self.primary.aclose()
        await self.fallback.aclose()
