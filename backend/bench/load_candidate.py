"""One simulated candidate of `bench.load`, through a whole interview as the SPA drives it:
register, sign in, upload a resume, create an interview, watch its live events, start, answer
every question asked (typed), complete, wait until every answer is evaluated, read the results
and the dashboard."""

import asyncio
import random
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bench.load_client import CallFailed, Session
from bench.load_events import Listener

RESUMES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "resumes"
RESUME_FILES = (
    "backend_engineer.pdf",
    "data_scientist_two_column.pdf",
    "teacher.txt",
    "nurse.docx",
    "ux_designer_tables.docx",
)
ROLES = ("Backend engineer", "Data scientist", "Teacher", "Registered nurse", "UX designer")
PASSWORD = "load-bench-password-1"
QUESTIONS = 5
MAX_ANSWERS = 12  # 5 questions and at most 2 follow-ups; more means the flow is broken
EVALUATION_WAIT_S = 120.0
POLL_S = 2.0  # the results page's poll without a live socket (RESULTS_POLL_MS)
LIVE_POLL_S = 15.0  # and with one (LIVE_RESULTS_POLL_MS)
ANSWERS = (
    "Situation: our API was slow and deploys failed weekly. Task: I owned the service and had "
    "to make it reliable. Action: I measured latency with tracing, fixed the slowest queries "
    "with indexes, added a cache and moved slow work to a queue with retries. Result: p95 "
    "latency fell from 900 ms to 200 ms and failed deploys became rare. I learned to measure "
    "first and to communicate early with the team.",
    "I would start by asking clarifying questions about the goal and the constraints, then "
    "list the options with their trade-offs, pick one with the team, agree on how we measure "
    "success and check the result after a few weeks.",
    "When two colleagues disagreed about a design, I set up a short meeting, let each explain "
    "their reasons, wrote down the criteria we cared about, and we chose together. We "
    "shipped on time and both felt heard.",
    "I care about this role because it combines working with people and solving concrete "
    "problems, and my experience in my last two positions prepared me for exactly that.",
    "My main strength is that I stay calm under pressure and break big problems into small "
    "steps; a weakness I am working on is saying no to extra work, so I now plan my week "
    "with my manager.",
    "I am not sure.",
)


@cache
def resume_bytes(name: str) -> bytes:
    return (RESUMES / name).read_bytes()


@dataclass
class Progress:
    """Shared by every candidate: answers saved so far, and an event once `target` is reached
    (the bench kills a process then)."""

    target: int
    answers: int = 0
    reached: asyncio.Event = field(default_factory=asyncio.Event)

    def add_answer(self) -> None:
        self.answers += 1
        if self.answers >= self.target:
            self.reached.set()


@dataclass
class Candidate:
    index: int
    email: str
    session: Session
    progress: Progress
    think_s: float
    rng: random.Random
    interview_id: str | None = None
    answers: dict[str, str] = field(default_factory=dict)  # question id -> transcript sent
    answer_ids: set[str] = field(default_factory=set)
    completed_at: float | None = None  # perf_counter() when `complete` answered
    evaluated_at: float | None = None  # when the candidate saw every answer evaluated
    listener: Listener | None = None
    failure: str | None = None
    done: bool = False

    async def run(self) -> None:
        try:
            await self._journey()
            self.done = True
        except CallFailed as exc:
            self.failure = str(exc)
        finally:
            if self.listener is not None:
                await self.listener.stop()

    async def _journey(self) -> None:
        await self._sign_up()
        resume_id = await self._upload_resume()
        self.interview_id = await self._create_interview(resume_id)
        self.listener = Listener(self.session, self.session.servers.calls, self.interview_id)
        await self.listener.start()
        path = f"/api/interviews/{self.interview_id}"
        interview = await self.session.call("start", "POST", f"{path}/start")
        await self._answer_every_question(interview)
        await self.session.call("complete", "POST", f"{path}/complete")
        self.completed_at = time.perf_counter()
        await self._wait_for_results()
        for part in ("stats", "history", "progress", "delivery"):
            await self.session.call(f"dashboard_{part}", "GET", f"/api/dashboard/{part}")

    async def _sign_up(self) -> None:
        account = {"email": self.email, "password": PASSWORD, "full_name": f"Load {self.index}"}
        await self.session.call(
            "register",
            "POST",
            "/api/auth/register",
            json=account,
            ok=(201,),
            ok_when_replayed=(409,),
        )
        credentials = {"email": self.email, "password": PASSWORD}
        tokens = await self.session.call("login", "POST", "/api/auth/login", json=credentials)
        self.session.token = tokens["access_token"]

    async def _first(self, name: str, path: str) -> Any | None:
        """The newest item of a list (what a lost create may have made), or None."""
        listed = await self.session.call(name, "GET", path)
        return listed["items"][0] if listed["items"] else None

    async def _upload_resume(self) -> str:
        name = RESUME_FILES[self.index % len(RESUME_FILES)]
        resume = await self.session.call(
            "upload_resume",
            "POST",
            "/api/resumes",
            files={"file": (name, resume_bytes(name))},
            ok=(201,),
            find_replayed=lambda: self._first("list_resumes", "/api/resumes"),
        )
        return resume["id"]

    async def _create_interview(self, resume_id: str) -> str:
        role = ROLES[self.index % len(ROLES)]
        body = {
            "role": role,
            "resume_id": resume_id,
            "question_count": QUESTIONS,
            "seed": self.index,
        }
        interview = await self.session.call(
            "create_interview",
            "POST",
            "/api/interviews",
            json=body,
            ok=(201,),
            find_replayed=lambda: self._first("list_interviews", "/api/interviews"),
        )
        return interview["id"]

    async def _answer_every_question(self, interview: dict[str, Any]) -> None:
        for _ in range(MAX_ANSWERS):
            asked = next((q for q in interview["questions"] if q["status"] == "asked"), None)
            if asked is None:
                return
            await asyncio.sleep(self.think_s * self.rng.uniform(0.5, 1.5))
            text = self.rng.choice(ANSWERS)
            path = f"/api/interviews/{self.interview_id}/questions/{asked['id']}/answer"
            interview = await self.session.call("answer", "POST", path, json={"transcript": text})
            saved = next(q for q in interview["questions"] if q["id"] == asked["id"])
            self.answers[asked["id"]] = text
            self.answer_ids.add(saved["answer"]["id"])
            self.progress.add_answer()
        raise CallFailed(f"{self.interview_id}: still asking after {MAX_ANSWERS} answers")

    async def _wait_for_results(self) -> None:
        """Read the results once the live events say every answer is evaluated, or on a poll
        (every 2 s without a socket, every 15 s with one), as the results page does."""
        assert self.listener is not None and self.completed_at is not None
        listener, reconnects = self.listener, self.listener.reconnects
        deadline = self.completed_at + EVALUATION_WAIT_S
        look = True
        while time.perf_counter() < deadline:
            if look or listener.evaluated >= self.answer_ids:
                results = await self.session.call(
                    "results", "GET", f"/api/results/{self.interview_id}"
                )
                if results["status"] == "ready":
                    self.evaluated_at = time.perf_counter()
                    return
            listener.changed.clear()
            wait = LIVE_POLL_S if listener.connected else POLL_S
            try:
                await asyncio.wait_for(listener.changed.wait(), wait)
                look = listener.reconnects != reconnects
                reconnects = listener.reconnects
            except TimeoutError:
                look = True
        raise CallFailed(
            f"{self.interview_id}: not evaluated {EVALUATION_WAIT_S:g} s after completion"
        )
