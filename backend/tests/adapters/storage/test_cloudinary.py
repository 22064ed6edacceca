"""CloudinaryUploads: the upload signature, the Admin API lookup and the signed destroy."""

import base64
import hashlib
from collections.abc import Mapping
from urllib.parse import parse_qsl

import httpx
import pytest

from app.adapters.storage.base import StorageError
from app.adapters.storage.cloudinary import (
    CloudinaryError,
    CloudinaryUploads,
    UploadNotFoundError,
)
from app.core.config import StorageSettings

API = "https://api.cloudinary.com/v1_1/demo-cloud"
RESOURCE = f"{API}/resources/video/upload/rehearse/rec_42"
NOW = 1_700_000_000.7


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_uploads(sleeps: Sleeps | None = None, **settings: object) -> CloudinaryUploads:
    values = {
        "provider": "cloudinary",
        "cloudinary_cloud_name": "demo-cloud",
        "cloudinary_api_key": "123456789012345",
        "cloudinary_api_secret": "abcd_secret",
    } | settings
    return CloudinaryUploads(
        StorageSettings.model_validate(values),
        clock=lambda: NOW,
        sleep=sleeps if sleeps is not None else Sleeps(),
    )


def expected_signature(params: Mapping[str, object], secret: str = "abcd_secret") -> str:
    """Cloudinary's rule, written out: sorted `k=v` joined by `&`, the secret appended, SHA-1."""
    to_sign = "&".join(f"{key}={params[key]}" for key in sorted(params))
    return hashlib.sha1(f"{to_sign}{secret}".encode()).hexdigest()


def resource(**overrides: object) -> httpx.Response:
    body = {
        "asset_id": "b5e6d2b39ba3e0869d67141ba7dba6cf",
        "public_id": "rehearse/rec_42",
        "format": "webm",
        "version": 1700000001,
        "resource_type": "video",
        "type": "upload",
        "created_at": "2023-11-14T22:13:21Z",
        "bytes": 73_400_320,
        "width": 1280,
        "height": 720,
        "duration": 93.4,
        "url": "http://res.cloudinary.com/demo-cloud/video/upload/v1700000001/rehearse/rec_42.webm",
        "secure_url": "https://res.cloudinary.com/demo-cloud/video/upload/v1700000001/rehearse/rec_42.webm",
    }
    return httpx.Response(200, json=body | overrides)


def test_sign_upload_matches_cloudinarys_rule():
    signed = make_uploads().sign_upload(public_id="rec_42")

    assert signed.upload_url == f"{API}/video/upload"
    assert (signed.api_key, signed.timestamp) == ("123456789012345", 1_700_000_000)
    assert (signed.folder, signed.public_id) == ("rehearse", "rec_42")
    assert signed.signature == expected_signature(
        {"folder": "rehearse", "public_id": "rec_42", "timestamp": 1_700_000_000}
    )
    assert expected_signature({"folder": "rehearse", "public_id": "rec_42", "timestamp": 1}) != (
        signed.signature
    )
    assert (signed.chunk_size_bytes, signed.chunked_above_bytes) == (20 << 20, 100 << 20)
    assert signed.form_fields == {
        "api_key": "123456789012345",
        "timestamp": "1700000000",
        "folder": "rehearse",
        "public_id": "rec_42",
        "signature": signed.signature,
    }


def test_sign_upload_without_a_folder():
    signed = make_uploads(cloudinary_folder="").sign_upload(public_id="interviews/rec_42")

    assert signed.signature == expected_signature(
        {"public_id": "interviews/rec_42", "timestamp": 1_700_000_000}
    )
    assert "folder" not in signed.form_fields


@pytest.mark.parametrize("public_id", ["", "../rec", "rec.webm", "rec?x=1", "/rec", "a//b"])
def test_unsafe_public_ids_are_refused(public_id):
    with pytest.raises(ValueError):
        make_uploads().sign_upload(public_id=public_id)


async def test_verify_upload_reads_the_admin_api(respx_mock):
    route = respx_mock.get(RESOURCE).mock(return_value=resource())

    asset = await make_uploads().verify_upload("rec_42")

    authorization = route.calls.last.request.headers["authorization"]
    assert authorization == "Basic " + base64.b64encode(b"123456789012345:abcd_secret").decode()
    assert asset.public_id == "rehearse/rec_42"
    assert asset.secure_url.startswith("https://res.cloudinary.com/demo-cloud/video/upload/")
    assert (asset.duration_s, asset.bytes, asset.format) == (93.4, 73_400_320, "webm")


async def test_verify_accepts_the_full_public_id_and_a_missing_duration(respx_mock):
    respx_mock.get(RESOURCE).mock(return_value=resource(duration=None))

    asset = await make_uploads().verify_upload("rehearse/rec_42")

    assert asset.duration_s is None


async def test_verify_upload_not_found(respx_mock):
    route = respx_mock.get(RESOURCE).mock(
        return_value=httpx.Response(
            404, json={"error": {"message": "Resource not found - rehearse/rec_42"}}
        )
    )

    with pytest.raises(UploadNotFoundError) as e:
        await make_uploads().verify_upload("rec_42")

    assert route.call_count == 1
    assert isinstance(e.value, StorageError)
    assert (e.value.kind, e.value.status_code) == ("http", 404)
    assert "'rehearse/rec_42' not found" in str(e.value)


async def test_verify_retries_rate_limits_and_server_errors(respx_mock):
    sleeps = Sleeps()
    respx_mock.get(RESOURCE).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(500, json={"error": {"message": "General Error"}}),
            resource(),
        ]
    )

    asset = await make_uploads(sleeps).verify_upload("rec_42")

    assert sleeps == [2.0, 2.0]
    assert asset.bytes == 73_400_320


async def test_wrong_credentials_are_clear(respx_mock):
    respx_mock.get(RESOURCE).mock(
        return_value=httpx.Response(401, json={"error": {"message": "Invalid api_key 1234"}})
    )

    with pytest.raises(CloudinaryError) as e:
        await make_uploads().verify_upload("rec_42")

    assert not isinstance(e.value, UploadNotFoundError)
    assert e.value.message == (
        "Cloudinary verify_upload: HTTP 401: Invalid api_key 1234 (check "
        "STORAGE__CLOUDINARY_API_KEY and STORAGE__CLOUDINARY_API_SECRET)"
    )


async def test_verify_timeout(respx_mock):
    respx_mock.get(RESOURCE).mock(side_effect=httpx.ReadTimeout("slow"))

    with pytest.raises(CloudinaryError) as e:
        await make_uploads(timeout_s=10).verify_upload("rec_42")
    assert (e.value.kind, e.value.message) == (
        "timeout",
        "Cloudinary verify_upload: timed out after 10s",
    )


async def test_a_reply_that_is_not_a_resource(respx_mock):
    respx_mock.get(RESOURCE).mock(return_value=httpx.Response(200, json={"public_id": "x"}))

    with pytest.raises(CloudinaryError) as e:
        await make_uploads().verify_upload("rec_42")
    assert e.value.kind == "invalid_response"


@pytest.mark.parametrize("result", ["ok", "not found"])
async def test_delete_is_a_signed_destroy(respx_mock, result):
    route = respx_mock.post(f"{API}/video/destroy").mock(
        return_value=httpx.Response(200, json={"result": result})
    )

    await make_uploads().delete("rec_42")

    form = dict(parse_qsl(route.calls.last.request.content.decode()))
    signed = {"invalidate": "true", "public_id": "rehearse/rec_42", "timestamp": "1700000000"}
    assert form == signed | {
        "api_key": "123456789012345",
        "signature": expected_signature(signed),
    }


async def test_delete_with_an_unexpected_result(respx_mock):
    respx_mock.post(f"{API}/video/destroy").mock(
        return_value=httpx.Response(200, json={"result": "error"})
    )
    with pytest.raises(CloudinaryError) as e:
        await make_uploads().delete("rec_42")
    assert e.value.kind == "invalid_response"


@pytest.mark.parametrize(
    ("missing", "setting"),
    [
        ("cloudinary_cloud_name", "STORAGE__CLOUDINARY_CLOUD_NAME"),
        ("cloudinary_api_key", "STORAGE__CLOUDINARY_API_KEY"),
        ("cloudinary_api_secret", "STORAGE__CLOUDINARY_API_SECRET"),
    ],
)
def test_missing_credentials_are_config_errors(missing, setting):
    with pytest.raises(CloudinaryError) as e:
        make_uploads(**{missing: None})
    assert e.value.kind == "config"
    assert e.value.message == f"Cloudinary needs {setting}"


def test_unusable_cloud_name_or_folder():
    with pytest.raises(CloudinaryError):
        make_uploads(cloudinary_cloud_name="demo/../x")
    with pytest.raises(CloudinaryError):
        make_uploads(cloudinary_folder="my folder")
