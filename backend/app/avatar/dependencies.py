from typing import Annotated

from fastapi import Depends, Request


async def get_avatar_unavailable(request: Request) -> str | None:
    """Why the configured hosted avatar could not be set up at start-up, if it could not."""
    return getattr(request.app.state, "avatar_unavailable", None)


AvatarUnavailableDep = Annotated[str | None, Depends(get_avatar_unavailable)]
