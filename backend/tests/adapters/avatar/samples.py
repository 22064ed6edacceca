"""Small helpers for the avatar adapter tests."""

import httpx


class Sleeps(list[float]):
    """An injectable `sleep` that records the delays instead of waiting."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def tavus_conversation(status: str = "active", **overrides: object) -> httpx.Response:
    body = {
        "conversation_id": "c123456",
        "conversation_name": "Practice: Backend Engineer",
        "conversation_url": "https://tavus.daily.co/c123456",
        "status": status,
        "callback_url": "https://rehearse.example/api/avatar/tavus/callback?token=s3cret",
        "created_at": "2025-05-13T06:42:58.291561Z",
    }
    return httpx.Response(200, json=body | overrides)


def did_talk(status: str, **overrides: object) -> httpx.Response:
    body = {
        "id": "tlk_abc123",
        "status": status,
        "created_at": "2025-01-10T08:09:09.324Z",
        "source_url": "https://example.com/portrait.jpg",
        "object": "talk",
    }
    return httpx.Response(200, json=body | overrides)
