from typing import Annotated

from fastapi import Depends, Request

from app.adapters.avatar.did import DIDClient
from app.adapters.avatar.tavus import TavusClient
from app.core.config import Settings

AvatarClient = TavusClient | DIDClient


def create_avatar_client(settings: Settings) -> AvatarClient | None:
    """The hosted avatar, or None for "browser" (the SPA speaks the questions itself).

    Raises `AvatarError` (kind "config") naming the setting to fill when the API key, the
    Tavus persona or the D-ID portrait URL is missing.
    """
    match settings.avatar.provider:
        case "tavus":
            return TavusClient(settings.avatar)
        case "did":
            return DIDClient(settings.avatar)
        case _:
            return None


async def close_avatar_client(client: AvatarClient | None) -> None:
    """Release the client's HTTP connections (for the app's lifespan shutdown)."""
    if client is not None:
        await client.aclose()


async def get_avatar_client(request: Request) -> AvatarClient | None:
    return getattr(request.app.state, "avatar", None)


AvatarDep = Annotated[AvatarClient | None, Depends(get_avatar_client)]
