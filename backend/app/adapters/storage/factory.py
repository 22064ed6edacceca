"""The one place that decides where files live: chosen from settings, built once per process
(the app at start-up, the arq worker at its start) and handed to routes and tasks."""

import logging
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from app.adapters.storage.base import RecordingStore, Storage
from app.adapters.storage.cloudinary import (
    CloudinaryError,
    CloudinaryRecordingStore,
    CloudinaryUploads,
)
from app.adapters.storage.local import LocalRecordingStore, LocalStorage
from app.core.config import Settings

logger = logging.getLogger(__name__)


def _media_root(settings: Settings) -> Path:
    return settings.data_dir / "media"


def create_storage(settings: Settings) -> Storage:
    return LocalStorage(_media_root(settings))


def create_recording_store(settings: Settings) -> RecordingStore:
    """Cloudinary playback when configured; without valid credentials recordings stay local."""
    root = _media_root(settings)
    if settings.storage.provider == "cloudinary":
        try:
            return CloudinaryRecordingStore(root, CloudinaryUploads(settings.storage))
        except CloudinaryError as exc:
            logger.warning("Cloudinary disabled, recordings play from this server: %s", exc)
    return LocalRecordingStore(root)


async def get_storage(request: Request) -> Storage:
    return request.app.state.storage


async def get_recording_store(request: Request) -> RecordingStore:
    return request.app.state.recordings


StorageDep = Annotated[Storage, Depends(get_storage)]
RecordingStoreDep = Annotated[RecordingStore, Depends(get_recording_store)]
