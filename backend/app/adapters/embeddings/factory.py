from typing import Annotated

from fastapi import Depends, Request

from app.adapters.embeddings.base import Embedder
from app.adapters.embeddings.cache import CachedEmbedder
from app.adapters.embeddings.fallback import FallbackEmbedder
from app.adapters.embeddings.local import LocalEmbedder
from app.adapters.embeddings.openai_compat import OpenAICompatEmbedder
from app.core.config import Settings


def create_embedder(settings: Settings) -> Embedder:
    """The configured embedder, cached; a cloud one falls back to the built-in model.

    Nothing is loaded here (the built-in model loads on first use). Raises `EmbeddingError`
    (kind "config") when the server needs an API key that is not set.
    """
    config = settings.embeddings
    local = CachedEmbedder(LocalEmbedder(threads=config.threads), max_entries=config.cache_size)
    match config.provider:
        case "openai_compat":
            cloud = CachedEmbedder(OpenAICompatEmbedder(config), max_entries=config.cache_size)
            return FallbackEmbedder(cloud, local, cooldown_s=config.fallback_cooldown_s)
        case _:
            return local


async def close_embedder(embedder: Embedder) -> None:
    """Release the embedder's HTTP connections (for the app's lifespan shutdown)."""
    await embedder.aclose()


def get_embedder(request: Request) -> Embedder:
    return request.app.state.embedder


EmbedderDep = Annotated[Embedder, Depends(get_embedder)]
