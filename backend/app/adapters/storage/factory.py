"""The one place that decides where files live: chosen from settings, built once per process
(the app at start-up, the arq worker at its start) and handed to routes and tasks."""

import logging
from typing import Annotated

from fastapi import Depends, Request

from app.adapters.storage.base import FileStore
from app.adapters.storage.cloudinary import CloudinaryError, CloudinaryFileStore, CloudinaryUploads
from app.adapters.storage.local import LocalFileStore
from app.core.config import Settings

logger = logging.getLogger(__name__)


def create_file_store(settings: Settings) -> FileStore:
    """Cloudinary playback when configured; without valid credentials everything stays local."""
    root = settings.data_dir / "media"
    if settings.storage.provider == "cloudinary":
        try:
            return CloudinaryFileStore(root, CloudinaryUploads(settings.storage))
        except CloudinaryError as exc:
            logger.warning("Cloudinary disabled, recordings play from this server: %s", exc)
    return LocalFileStore(root)


async def get_file_store(request: Request) -> FileStore:
    return request.app.state.files


FileStoreDep = Annotated[FileStore, Depends(get_file_store)]
