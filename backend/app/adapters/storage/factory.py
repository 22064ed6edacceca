from typing import Annotated

from fastapi import Depends, Request

from app.adapters.storage.base import Storage
from app.adapters.storage.local import LocalStorage
from app.core.config import Settings


def create_storage(settings: Settings) -> Storage:
    return LocalStorage(settings.data_dir / "media")


async def get_storage(request: Request) -> Storage:
    return request.app.state.storage


StorageDep = Annotated[Storage, Depends(get_storage)]
