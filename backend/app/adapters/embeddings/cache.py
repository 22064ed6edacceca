"""A bounded LRU cache of embeddings in front of any embedder.

Key points, questions and model answers are embedded again for every answer that is scored;
the cache keeps them, keyed by (provider, model, text) so that vectors of two models never mix.
Only the texts not in the cache are sent, in one call.
"""

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from app.adapters.embeddings.base import Embedder, Matrix

Key = tuple[str, str, str]


class CachedEmbedder:
    def __init__(self, inner: Embedder, *, max_entries: int = 4096) -> None:
        self.inner = inner
        self.name = inner.name
        self.model = inner.model
        self.max_entries = max_entries
        self._entries: OrderedDict[Key, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    async def embed(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return await self.inner.embed([])
        found = self._lookup(texts)
        missing = list(dict.fromkeys(text for text in texts if text not in found))
        if missing:
            vectors = await self.inner.embed(missing)
            fresh = dict(zip(missing, vectors, strict=True))
            self._store(fresh)
            found |= fresh
        return np.stack([found[text] for text in texts]).astype(np.float32, copy=False)

    def _lookup(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for text in dict.fromkeys(texts):
                vector = self._entries.get(self._key(text))
                if vector is None:
                    self.misses += 1
                else:
                    self._entries.move_to_end(self._key(text))
                    found[text] = vector
                    self.hits += 1
        return found

    def _store(self, vectors: dict[str, np.ndarray]) -> None:
        with self._lock:
            for text, vector in vectors.items():
                frozen = np.array(vector, dtype=np.float32)
                frozen.flags.writeable = False  # callers share it: nobody may edit it in place
                self._entries[self._key(text)] = frozen
                self._entries.move_to_end(self._key(text))
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def _key(self, text: str) -> Key:
        return (self.inner.name, self.inner.model, text)

    def __len__(self) -> int:
        return len(self._entries)

    async def aclose(self) -> None:
        await self.inner.aclose()
