"""STORAGE__PROVIDER picks where recordings live; Cloudinary without credentials stays local."""

import logging

from app.adapters.storage.factory import create_file_store
from app.core.config import StorageSettings

CLOUDINARY = StorageSettings(
    provider="cloudinary",
    cloudinary_cloud_name="demo",
    cloudinary_api_key="key123",
    cloudinary_api_secret="secret456",
)


async def test_local_is_the_default_and_keeps_files_under_the_data_dir(settings, tmp_path):
    store = create_file_store(settings.model_copy(update={"data_dir": tmp_path}))
    assert (store.kind, store.hosted) == ("local", None)
    source = tmp_path / "finished.webm"
    source.write_bytes(b"video bytes")
    assert await store.put_file("recordings/r1/recording.webm", source) == len(b"video bytes")
    assert (tmp_path / "media" / "recordings" / "r1" / "recording.webm").is_file()
    async with store.local_copy("recordings/r1/recording.webm") as path:
        assert path.read_bytes() == b"video bytes"
    await store.aclose()


async def test_cloudinary_is_picked_by_settings(settings):
    store = create_file_store(settings.model_copy(update={"storage": CLOUDINARY}))
    assert store.kind == "cloudinary"
    assert store.hosted is not None
    assert store.hosted.sign_upload(public_id="recording-1").public_id == "recording-1"
    await store.aclose()


async def test_cloudinary_without_credentials_keeps_recordings_local(settings, caplog):
    incomplete = CLOUDINARY.model_copy(update={"cloudinary_api_secret": None})
    with caplog.at_level(logging.WARNING):
        store = create_file_store(settings.model_copy(update={"storage": incomplete}))
    assert (store.kind, store.hosted) == ("local", None)
    assert "STORAGE__CLOUDINARY_API_SECRET" in caplog.text
