"""What clients see over a real connection (uvicorn), where closing early turns an answer into
a reset: oversized uploads read their 413, and a 500 does not break the next request."""

import asyncio
import http.client
import json
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from tests.live_server import serving

ELEVEN_MB = 11 * 1024 * 1024
# Streamed well past the 10 MB limit: more than socket buffers absorb once the server stops.
FORTY_MB = 40 * 1024 * 1024


def _urllib_post(url: str, body: bytes) -> tuple[int, dict]:
    """urllib sends the whole body at once with `Connection: close` and no `Expect`."""
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": "application/octet-stream"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _connection(base_url: str) -> http.client.HTTPConnection:
    parts = urlsplit(base_url)
    assert parts.hostname is not None
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


def _read(connection: http.client.HTTPConnection) -> tuple[int, dict]:
    response = connection.getresponse()
    return response.status, json.loads(response.read())


def _streamed_upload(base_url: str, size: int) -> tuple[int, dict]:
    """A body streamed in chunks (no Content-Length) by a client that closes afterwards."""
    connection = _connection(base_url)
    part = b'--b\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\n\r\n'
    chunks = [part, *(b"x" * (1024 * 1024) for _ in range(size // (1024 * 1024)))]
    connection.request(
        "POST",
        "/api/resumes",
        body=iter(chunks),
        headers={"Content-Type": "multipart/form-data; boundary=b", "Connection": "close"},
        encode_chunked=True,
    )
    try:
        return _read(connection)
    finally:
        connection.close()


def _two_requests(base_url: str, first: str, second: str) -> list[tuple[int, dict]]:
    """Two GETs through one keep-alive client, as a browser or an SDK would send them."""
    connection = _connection(base_url)
    answers = []
    for path in (first, second):
        connection.request("GET", path)
        answers.append(_read(connection))
    connection.close()
    return answers


async def test_an_oversized_upload_sent_in_one_go_reads_a_413_not_a_reset(app):
    async with serving(app) as base_url:
        for _ in range(3):
            status, body = await asyncio.to_thread(
                _urllib_post, f"{base_url}/api/resumes", b"x" * ELEVEN_MB
            )
            assert status == 413
            assert body["error"]["code"] == "payload_too_large"


async def test_an_oversized_streamed_upload_reads_a_413_not_a_reset(app):
    async with serving(app) as base_url:
        for _ in range(3):
            status, body = await asyncio.to_thread(_streamed_upload, base_url, FORTY_MB)
            assert status == 413
            assert body["error"]["code"] == "payload_too_large"


async def test_after_a_500_the_clients_next_request_succeeds(failing_app):
    async with serving(failing_app) as base_url:
        failed, after = await asyncio.to_thread(
            _two_requests, base_url, "/api/test-explodes", "/healthz"
        )
    assert failed[0] == 500
    assert failed[1]["error"]["code"] == "internal_error"
    assert after == (200, {"status": "ok"})
