"""Tavus conversational video: a live replica asks the interview questions in a Daily room.

Creating a conversation starts billing and a replica joining, so that POST is only repeated
when Tavus surely did nothing (429, refused connection); reads and `end` retry as usual.
"""

import asyncio
from urllib.parse import quote

import httpx

from app.adapters.avatar.base import AvatarError, AvatarHTTPClient, Conversation
from app.adapters.http import Sleep, clip, json_object
from app.core.config import AvatarSettings

DEFAULT_BASE_URL = "https://tavusapi.com"


class TavusClient(AvatarHTTPClient):
    vendor = "Tavus"
    name = "tavus"

    def __init__(
        self,
        settings: AvatarSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        backoff_base_s: float = 1.0,
    ) -> None:
        if not settings.api_key:
            raise AvatarError("config", "Tavus needs an API key: set AVATAR__API_KEY")
        if not (settings.tavus_persona_id or settings.tavus_replica_id):
            raise AvatarError(
                "config",
                "Tavus needs AVATAR__TAVUS_PERSONA_ID (and AVATAR__TAVUS_REPLICA_ID when the "
                "persona has no default replica)",
            )
        super().__init__(
            settings,
            base_url=DEFAULT_BASE_URL,
            headers={"x-api-key": settings.api_key},
            transport=transport,
            sleep=sleep,
            backoff_base_s=backoff_base_s,
        )

    async def create_conversation(
        self,
        *,
        name: str,
        context: str,
        greeting: str,
        callback_url: str | None,
        max_call_duration_s: int,
        language: str = "english",
        participant_left_timeout_s: int = 60,
        participant_absent_timeout_s: int = 300,
        test_mode: bool = False,
    ) -> Conversation:
        """Open a room whose replica follows `context`; `callback_url` receives the events.

        `test_mode` asks Tavus for a conversation without a replica (nothing billed).
        """
        body: dict = {
            "conversation_name": clip(name, 120),
            "conversational_context": context,
            "custom_greeting": greeting,
            "properties": {
                "max_call_duration": max_call_duration_s,
                "participant_left_timeout": participant_left_timeout_s,
                "participant_absent_timeout": participant_absent_timeout_s,
                "enable_recording": False,
                "enable_closed_captions": True,
                "language": language,
            },
        }
        if self._settings.tavus_persona_id:
            body["persona_id"] = self._settings.tavus_persona_id
        if self._settings.tavus_replica_id:
            body["replica_id"] = self._settings.tavus_replica_id
        if callback_url:
            body["callback_url"] = callback_url
        if test_mode:
            body["test_mode"] = True
        response = await self._send(
            "create_conversation",
            lambda: self._http.build_request("POST", "/v2/conversations", json=body),
            idempotent=False,
        )
        conversation = self._conversation(response, "create_conversation")
        if not conversation.conversation_url:
            raise AvatarError("invalid_response", "Tavus create_conversation: no conversation_url")
        return conversation

    async def get_conversation(self, conversation_id: str) -> Conversation:
        path = f"/v2/conversations/{_segment(conversation_id)}"
        response = await self._send(
            "get_conversation", lambda: self._http.build_request("GET", path)
        )
        return self._conversation(response, "get_conversation")

    async def end_conversation(self, conversation_id: str) -> None:
        """Close the room; a conversation that is gone or already over counts as ended."""
        path = f"/v2/conversations/{_segment(conversation_id)}/end"
        try:
            await self._send("end_conversation", lambda: self._http.build_request("POST", path))
        except AvatarError as exc:
            if exc.status_code in (404, 410) or (
                exc.status_code in (400, 409) and "ended" in exc.message.lower()
            ):
                return
            raise

    def _conversation(self, response: httpx.Response, label: str) -> Conversation:
        body = json_object(response, label=f"Tavus {label}", error=AvatarError)
        if not isinstance(body.get("conversation_id"), str):
            raise AvatarError("invalid_response", f"Tavus {label}: no conversation_id")
        return Conversation(
            conversation_id=body["conversation_id"],
            conversation_url=body.get("conversation_url") or None,
            status=str(body.get("status") or "unknown"),
        )


def _segment(value: str) -> str:
    """An id as one URL path segment, so it cannot reach another endpoint."""
    if not value:
        raise ValueError("empty id")
    return quote(value, safe="")


def build_interview_context(
    role: str, job_title: str | None, questions: list[str]
) -> tuple[str, str]:
    """The replica's instructions and its opening line for a practice interview.

    The replica asks `questions` in order, one at a time, waits for each answer and gives no
    feedback: scoring happens afterwards in the app, from the transcript.
    """
    questions = [" ".join(q.split()) for q in questions if q.strip()]
    if not questions:
        raise ValueError("an interview needs at least one question")
    position = " ".join((job_title or role).split())
    numbered = "\n".join(f"{i}. {q}" for i, q in enumerate(questions, start=1))
    context = (
        f"You are a professional, friendly interviewer running a practice job interview for "
        f"the position of {position} (role: {' '.join(role.split())}). The person you talk to "
        f"is the candidate.\n\n"
        f"Ask exactly these {len(questions)} questions, in this order, word for word:\n"
        f"{numbered}\n\n"
        "Rules:\n"
        "- Ask one question at a time, then stop talking and wait until the candidate has "
        "finished answering before you go on. Silence while they think is fine.\n"
        "- Do not skip, reorder, merge or add questions. If the candidate asks you to repeat "
        "or clarify a question, do so briefly without hinting at the answer.\n"
        "- Give no feedback, scores, hints or model answers during the interview; a short "
        'neutral acknowledgement such as "Thank you." before the next question is enough.\n'
        "- After the answer to the last question, thank the candidate, tell them the interview "
        "is over and that their feedback will appear in the app, and say goodbye.\n"
        "- Stay in the interviewer role and keep your own turns short."
    )
    greeting = (
        f"Hello, and thanks for joining this practice interview for the {position} position. "
        f"I'll ask you {len(questions)} question{'s' if len(questions) != 1 else ''}, one at a "
        "time. Take your time with each answer. Let me know when you're ready to begin."
    )
    return context, greeting
