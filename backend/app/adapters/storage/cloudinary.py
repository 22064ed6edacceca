"""Cloudinary for recordings: the browser uploads straight to Cloudinary with a signature we make.

The server never handles the video bytes. It signs `{folder, public_id, timestamp}` (Cloudinary's
sorted `k=v&...` + API secret, SHA-1, via the SDK's `api_sign_request`), the browser posts the
file (in 20 MB chunks above 100 MB) to the upload URL, and the server then looks the asset up
with the Admin API before it records it, so a client cannot claim an upload that never happened.
"""

import asyncio
import base64
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from cloudinary.utils import api_sign_request
from pydantic import BaseModel

from app.adapters.http import ExternalServiceError, Sleep, json_object, send_with_retries
from app.adapters.storage.base import StorageError, StoreKind
from app.adapters.storage.local import LocalFileStore
from app.core.config import StorageSettings

API_BASE_URL = "https://api.cloudinary.com/v1_1"
CHUNK_SIZE_BYTES = 20 * 1024 * 1024
CHUNKED_ABOVE_BYTES = 100 * 1024 * 1024
AUTH_HINT = "check STORAGE__CLOUDINARY_API_KEY and STORAGE__CLOUDINARY_API_SECRET"
# No dots: Cloudinary would read the end of a video's public id as a file extension.
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(/[A-Za-z0-9][A-Za-z0-9_-]*)*$")


class CloudinaryError(ExternalServiceError, StorageError):
    """Cloudinary is misconfigured, unreachable or refused the request."""


class UploadNotFoundError(CloudinaryError):
    """No video under that public id: the upload did not finish, or never happened."""


class SignedUpload(BaseModel):
    """What the browser needs to post a recording to Cloudinary itself."""

    upload_url: str
    api_key: str
    timestamp: int
    signature: str
    folder: str
    public_id: str
    chunk_size_bytes: int = CHUNK_SIZE_BYTES
    chunked_above_bytes: int = CHUNKED_ABOVE_BYTES

    @property
    def form_fields(self) -> dict[str, str]:
        """The multipart fields to send next to `file`, exactly as signed."""
        fields = {"api_key": self.api_key, "timestamp": str(self.timestamp)}
        if self.folder:
            fields["folder"] = self.folder
        return fields | {"public_id": self.public_id, "signature": self.signature}


class CloudinaryAsset(BaseModel):
    public_id: str
    secure_url: str
    duration_s: float | None = None
    bytes: int
    format: str


class CloudinaryUploads:
    name = "cloudinary"

    def __init__(
        self,
        settings: StorageSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
        max_retries: int = 2,
        backoff_base_s: float = 1.0,
    ) -> None:
        cloud, key, secret = _credentials(settings)
        self.folder = settings.cloudinary_folder.strip("/")
        if self.folder and not _SAFE_ID.match(self.folder):
            raise CloudinaryError("config", f"unusable STORAGE__CLOUDINARY_FOLDER: {self.folder!r}")
        self.base_url = f"{API_BASE_URL}/{cloud}"
        self._api_key = key
        self._api_secret = secret
        # The Admin API takes HTTP Basic key:secret; the upload API takes signed form fields.
        token = base64.b64encode(f"{key}:{secret}".encode()).decode("ascii")
        self._admin_auth = {"Authorization": f"Basic {token}"}
        self._clock = clock
        self._sleep = sleep
        self._max_retries = max_retries
        self._backoff_base_s = backoff_base_s
        self._timeout_s = settings.timeout_s
        self._http = httpx.AsyncClient(
            base_url=self.base_url, timeout=settings.timeout_s, transport=transport
        )

    def sign_upload(self, *, public_id: str) -> SignedUpload:
        """A signature for one video upload to `<folder>/<public_id>`, valid about an hour."""
        _check_id(public_id)
        params: dict[str, Any] = {"public_id": public_id, "timestamp": int(self._clock())}
        if self.folder:
            params["folder"] = self.folder
        return SignedUpload(
            upload_url=f"{self.base_url}/video/upload",
            api_key=self._api_key,
            timestamp=params["timestamp"],
            signature=api_sign_request(params, self._api_secret),
            folder=self.folder,
            public_id=public_id,
        )

    def full_public_id(self, public_id: str) -> str:
        """`<folder>/<public_id>`; an id that already starts with the folder is kept as it is."""
        _check_id(public_id)
        if not self.folder or public_id.startswith(f"{self.folder}/"):
            return public_id
        return f"{self.folder}/{public_id}"

    async def verify_upload(self, public_id: str) -> CloudinaryAsset:
        """The uploaded video as Cloudinary stores it; `UploadNotFoundError` when absent."""
        full_id = self.full_public_id(public_id)
        path = f"/resources/video/upload/{quote(full_id, safe='/')}"
        response = await self._send(
            "verify_upload",
            lambda: self._http.build_request("GET", path, headers=self._admin_auth),
            ok_statuses=(404,),
        )
        if response.status_code == 404:
            raise UploadNotFoundError(
                "http",
                f"Cloudinary: upload {full_id!r} not found (not finished, or never made)",
                404,
            )
        return _to_asset(
            json_object(response, label="Cloudinary verify_upload", error=CloudinaryError)
        )

    async def delete(self, public_id: str) -> None:
        """Remove the video and its cached copies; a missing one is not an error."""
        params: dict[str, Any] = {
            "public_id": self.full_public_id(public_id),
            "timestamp": int(self._clock()),
            "invalidate": "true",
        }
        form = params | {
            "api_key": self._api_key,
            "signature": api_sign_request(params, self._api_secret),
        }
        response = await self._send(
            "delete", lambda: self._http.build_request("POST", "/video/destroy", data=form)
        )
        result = json_object(response, label="Cloudinary delete", error=CloudinaryError).get(
            "result"
        )
        if result not in ("ok", "not found"):
            raise CloudinaryError("invalid_response", f"Cloudinary delete: result {result!r}")

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _send(
        self, label: str, build: Callable[[], httpx.Request], *, ok_statuses: tuple = ()
    ) -> httpx.Response:
        return await send_with_retries(
            self._http,
            build,
            label=f"Cloudinary {label}",
            max_retries=self._max_retries,
            backoff_base_s=self._backoff_base_s,
            max_wait_s=self._timeout_s,
            sleep=self._sleep,
            error=CloudinaryError,
            ok_statuses=ok_statuses,
            auth_hint=AUTH_HINT,
        )


def _credentials(settings: StorageSettings) -> tuple[str, str, str]:
    values = {
        "STORAGE__CLOUDINARY_CLOUD_NAME": settings.cloudinary_cloud_name,
        "STORAGE__CLOUDINARY_API_KEY": settings.cloudinary_api_key,
        "STORAGE__CLOUDINARY_API_SECRET": settings.cloudinary_api_secret,
    }
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise CloudinaryError("config", f"Cloudinary needs {', '.join(missing)}")
    cloud, key, secret = (str(value) for value in values.values())
    if not re.fullmatch(r"[A-Za-z0-9_-]+", cloud):
        raise CloudinaryError("config", f"unusable STORAGE__CLOUDINARY_CLOUD_NAME: {cloud!r}")
    return cloud, key, secret


def _check_id(public_id: str) -> None:
    if not _SAFE_ID.match(public_id):
        raise ValueError(f"unsafe Cloudinary public id: {public_id!r}")


def _to_asset(body: dict[str, Any]) -> CloudinaryAsset:
    try:
        duration = body.get("duration")
        return CloudinaryAsset(
            public_id=body["public_id"],
            secure_url=body["secure_url"],
            duration_s=float(duration) if isinstance(duration, int | float) else None,
            bytes=body["bytes"],
            format=body["format"],
        )
    except (KeyError, TypeError, ValueError) as exc:
        # pydantic's ValidationError is a ValueError: a field of the wrong type lands here too.
        raise CloudinaryError(
            "invalid_response", "Cloudinary verify_upload: not a resource description"
        ) from exc


class CloudinaryFileStore(LocalFileStore):
    """Recordings play from Cloudinary: the browser uploads a copy there, which plays once it is
    verified. The server keeps its own files (for analysis, playback until the upload is
    verified, resumes, retried takes and the data export)."""

    kind: StoreKind = "cloudinary"

    def __init__(self, root: Path, uploads: CloudinaryUploads) -> None:
        super().__init__(root)
        self.hosted = self._uploads = uploads

    async def aclose(self) -> None:
        await self._uploads.aclose()
