"""A finished sample interview for the demo candidate, so a first look at the app shows a report.

It is made the way a candidate would make it, through the API of an app served in this
process: the sample resume uploaded and parsed, an interview of the sample questions created,
started, answered (one answer deliberately thin, so the report has something to improve) and
completed, then evaluated by the configured evaluator. Nothing is written behind the API's
back, so the sample always looks like what the current code produces.
"""

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "demo"
RESULTS_WAIT_S = 60.0
POLL_S = 0.25

logger = logging.getLogger(__name__)


class SampleInterviewError(RuntimeError):
    """The API refused a step of the sample; the message names the step and the reply."""


@dataclass(frozen=True)
class SampleOutcome:
    interview_id: str
    created: bool
    evaluated: bool


def _sample() -> dict[str, Any]:
    sample: dict[str, Any] = json.loads((DATA_DIR / "interview.json").read_text("utf-8"))
    return sample


class _Api:
    def __init__(self, http: AsyncClient) -> None:
        self.http = http

    async def call(self, step: str, method: str, path: str, **kwargs: Any) -> Any:
        response = await self.http.request(method, path, **kwargs)
        if response.is_error:
            raise SampleInterviewError(f"{step}: {response.status_code} {response.text[:300]}")
        return response.json() if response.content else None

    async def sign_in(self, email: str, password: str) -> None:
        tokens = await self.call(
            "sign in", "POST", "/api/auth/login", json={"email": email, "password": password}
        )
        self.http.headers["Authorization"] = f"Bearer {tokens['access_token']}"


async def _existing_interview(api: _Api) -> str | None:
    listing = await api.call("list interviews", "GET", "/api/interviews")
    items = listing["items"] if isinstance(listing, dict) else listing
    return str(items[0]["id"]) if items else None


async def _answer_all(api: _Api, interview_id: str, answers: list[str]) -> None:
    """Answer the asked question until none is left; follow-ups are off in the sample."""
    for answer in answers:
        interview = await api.call("read interview", "GET", f"/api/interviews/{interview_id}")
        question_id = interview["clock"]["current_question_id"]
        if question_id is None:
            return
        await api.call(
            "answer",
            "POST",
            f"/api/interviews/{interview_id}/questions/{question_id}/answer",
            json={"transcript": answer, "source": "typed", "duration_s": len(answer) / 15},
        )


async def _create_interview(api: _Api, sample: dict[str, Any]) -> str:
    resume_text = (DATA_DIR / "resume.txt").read_bytes()
    resume = await api.call(
        "upload resume",
        "POST",
        "/api/resumes",
        files={"file": ("casey-candidate-resume.txt", resume_text, "text/plain")},
    )
    questions = sample["questions"]
    body = {
        "role": sample["role"],
        "seniority": sample["seniority"],
        "resume_id": resume["id"],
        "question_count": len(questions),
        "custom_questions": [{"text": q["text"], "category": q["category"]} for q in questions],
        "settings": {"follow_ups": False},
    }
    interview = await api.call("create interview", "POST", "/api/interviews", json=body)
    interview_id = str(interview["id"])
    await api.call("start", "POST", f"/api/interviews/{interview_id}/start")
    await _answer_all(api, interview_id, [q["answer"] for q in questions])
    await api.call("complete", "POST", f"/api/interviews/{interview_id}/complete")
    return interview_id


async def _wait_for_results(api: _Api, interview_id: str, wait_s: float) -> bool:
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        results = await api.call("read results", "GET", f"/api/results/{interview_id}")
        if results["status"] == "ready":
            return True
        await asyncio.sleep(POLL_S)
    return False


async def ensure_sample_interview(
    app: FastAPI, *, email: str, password: str, wait_s: float = RESULTS_WAIT_S
) -> SampleOutcome:
    """Give the account `email` a finished, evaluated sample interview unless it has one.

    The app's lifespan runs meanwhile, so its evaluator (in process, or the workers when Redis
    is configured) grades the answers; when grading takes longer than `wait_s` the interview is
    left completed and the results arrive later, as they would for a candidate."""
    async with app.router.lifespan_context(app):
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://sample") as http:
            api = _Api(http)
            await api.sign_in(email, password)
            existing = await _existing_interview(api)
            if existing is not None:
                return SampleOutcome(existing, created=False, evaluated=True)
            interview_id = await _create_interview(api, _sample())
            evaluated = await _wait_for_results(api, interview_id, wait_s)
    if not evaluated:
        logger.warning("The sample interview %s is still being evaluated", interview_id)
    return SampleOutcome(interview_id, created=True, evaluated=evaluated)
