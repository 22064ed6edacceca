"""STORAGE__PROVIDER=cloudinary: the browser sends the finished recording straight to Cloudinary
with a request this server signs, then the server checks Cloudinary really holds it before it
plays from there. The server's own assembled copy stays for the analytics."""

import logging

from pydantic import BaseModel, Field

from app.adapters.storage.base import FileStore
from app.adapters.storage.cloudinary import (
    CloudinaryError,
    CloudinaryUploads,
    SignedUpload,
    UploadNotFoundError,
)
from app.core.errors import AppError, Conflict
from app.recordings.models import Recording
from app.recordings.states import RecordingStatus

logger = logging.getLogger(__name__)


class CloudinaryComplete(BaseModel):
    public_id: str = Field(min_length=1, max_length=300)


class NotCloudinary(Conflict):
    code = "not_cloudinary"
    message = "This recording is stored on this server, not on Cloudinary."


class UploadNotVerified(AppError):
    status_code = 422
    code = "upload_not_verified"


class CloudinaryUnavailable(AppError):
    status_code = 502
    code = "storage_unavailable"


def public_id_for(recording: Recording) -> str:
    return f"recording-{recording.id}"


def _check(recording: Recording, store: FileStore) -> CloudinaryUploads:
    uploads = store.hosted
    if recording.storage != "cloudinary" or uploads is None:
        raise NotCloudinary()
    if recording.status != RecordingStatus.READY:
        raise Conflict(
            f"The recording is {recording.status}; upload it to Cloudinary once it is ready.",
            details={"status": recording.status},
        )
    return uploads


def sign_for(recording: Recording, store: FileStore) -> SignedUpload:
    return _check(recording, store).sign_upload(public_id=public_id_for(recording))


async def verify_and_record(recording: Recording, store: FileStore, *, public_id: str) -> None:
    """Accept the upload only when Cloudinary holds this recording's asset."""
    uploads = _check(recording, store)
    expected = uploads.full_public_id(public_id_for(recording))
    if uploads.full_public_id(public_id) != expected:
        raise UploadNotVerified(f"This recording's upload must be named {expected!r}.")
    try:
        asset = await uploads.verify_upload(public_id)
    except UploadNotFoundError:
        raise UploadNotVerified("Cloudinary does not hold this upload; send it again.") from None
    except CloudinaryError as exc:
        logger.warning("Cloudinary check failed for %s: %s", recording.id, exc)
        raise CloudinaryUnavailable(
            "Cloudinary could not be reached; the recording still plays from this server."
        ) from None
    recording.external_id = asset.public_id
    recording.external_url = asset.secure_url


async def delete_from_cloudinary(uploads: CloudinaryUploads, public_id: str) -> None:
    """Best effort after the row is gone: a failure is logged for an operator to tidy up."""
    try:
        await uploads.delete(public_id)
    except CloudinaryError as exc:
        logger.warning("Could not delete %s from Cloudinary: %s", public_id, exc)
