"""D-ID clips: a video of one portrait saying each question, rendered once and cached by text.

D-ID renders a talk asynchronously: `POST /talks` answers with an id at once, and `GET
/talks/{id}` reports created → started → done (with `result_url`), or error / rejected.
"""

import asyncio
import hashlib
import unicodedata
from typing import Any
from urllib.parse import quote

import httpx

from app.adapters.avatar.base import AvatarError, AvatarHTTPClient, Clip
from app.adapters.http import Sleep, clip, json_object
from app.core.config import AvatarSettings

DEFAULT_BASE_URL = "https://api.d-id.com"
_CACHE_KEY_VERSION = "did-clip-v1"


def clip_cache_key(text: str, source_url: str) -> str:
    """sha256 hex naming one clip: the same words on the same portrait render only once.

    The text is normalized (Unicode NFC, whitespace collapsed) so a reformatted question hits
    the cache; case and punctuation are kept because the voice reads them.
    """
    normalized = " ".join(unicodedata.normalize("NFC", text).split())
    payload = f"{_CACHE_KEY_VERSION}\n{source_url.strip()}\n{normalized}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class DIDClient(AvatarHTTPClient):
    vendor = "D-ID"
    name = "did"
    clip_cache_key = staticmethod(clip_cache_key)

    def __init__(
        self,
        settings: AvatarSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        backoff_base_s: float = 1.0,
    ) -> None:
        if not settings.api_key:
            raise AvatarError("config", "D-ID needs an API key: set AVATAR__API_KEY")
        if not settings.did_source_url:
            raise AvatarError(
                "config",
                "D-ID needs the portrait to animate: set AVATAR__DID_SOURCE_URL to an image URL",
            )
        super().__init__(
            settings,
            base_url=DEFAULT_BASE_URL,
            headers={"Authorization": f"Basic {settings.api_key}"},
            transport=transport,
            sleep=sleep,
            backoff_base_s=backoff_base_s,
        )
        self.source_url = settings.did_source_url

    async def create_clip(self, text: str) -> str:
        """Start rendering `text` on the portrait; the talk id to poll."""
        if not text.strip():
            raise ValueError("a clip needs some text to say")
        body = {
            "source_url": self.source_url,
            "script": {"type": "text", "input": " ".join(text.split())},
        }
        response = await self._send(
            "create_clip",
            lambda: self._http.build_request("POST", "/talks", json=body),
            idempotent=False,
        )
        data = json_object(response, label="D-ID create_clip", error=AvatarError)
        if not isinstance(data.get("id"), str) or not data["id"]:
            raise AvatarError("invalid_response", "D-ID create_clip: no talk id in the reply")
        return data["id"]

    async def get_clip(self, clip_id: str) -> Clip:
        if not clip_id:
            raise ValueError("empty clip id")
        path = f"/talks/{quote(clip_id, safe='')}"
        response = await self._send("get_clip", lambda: self._http.build_request("GET", path))
        data = json_object(response, label="D-ID get_clip", error=AvatarError)
        return _to_clip(data, clip_id)

    async def render_clip(
        self, text: str, *, poll_interval_s: float = 1.0, timeout_s: float = 90
    ) -> Clip:
        """Create a clip and poll until it is done, failed or rejected.

        The clip is returned in every final state (check `status`); `timeout_s` bounds the
        time spent waiting between polls, after which `AvatarError` kind "timeout" is raised.
        """
        clip_id = await self.create_clip(text)
        waited = 0.0
        while True:
            current = await self.get_clip(clip_id)
            if current.finished:
                return current
            if waited >= timeout_s:
                raise AvatarError(
                    "timeout",
                    f"D-ID render_clip: clip {clip_id} still {current.status} after {timeout_s:g}s",
                )
            delay = min(poll_interval_s, timeout_s - waited)
            await self._sleep(delay)
            waited += delay


def _to_clip(data: dict[str, Any], clip_id: str) -> Clip:
    status = data.get("status")
    if status not in ("created", "started", "done", "error", "rejected"):
        raise AvatarError("invalid_response", f"D-ID get_clip: unknown status {status!r}")
    result_url = data.get("result_url") if isinstance(data.get("result_url"), str) else None
    if status == "done" and not result_url:
        raise AvatarError("invalid_response", f"D-ID get_clip: clip {clip_id} done without URL")
    return Clip(
        id=str(data.get("id") or clip_id),
        status=status,
        result_url=result_url,
        error=_clip_error(data) if status in ("error", "rejected") else None,
    )


def _clip_error(data: dict[str, Any]) -> str:
    """D-ID's `error: {kind, description}` (or a bare string) as one short line."""
    raw = data.get("error")
    if isinstance(raw, dict):
        parts = [str(raw[k]) for k in ("kind", "description") if raw.get(k)]
        text = ": ".join(parts)
    else:
        text = str(raw or "")
    return clip(text, 200) or ("rejected by D-ID" if data.get("status") == "rejected" else "failed")
