"""The LLM adapter contract, its one error type and the retry rules every provider shares.

A provider either returns validated data or raises `LLMError`; the caller then falls back to the
built-in question generator or evaluator. Nothing else may escape `write_questions` or
`evaluate_answer`, so a vendor outage never becomes a 500.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Literal, Protocol, TypeVar

from pydantic import BaseModel, Field, ValidationError, model_validator

from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.jobs.parsed import ParsedJob, Seniority
from app.questions.bank import CategoryMix, PlannedQuestion

logger = logging.getLogger("app.adapters.llm")

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
ErrorKind = Literal["config", "timeout", "network", "http", "invalid_output", "unexpected"]


class LLMError(Exception):
    """The LLM could not give a usable answer; `reason` says why in a few words."""

    def __init__(self, reason: str, *, kind: ErrorKind, status_code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.status_code = status_code


class QuestionWritingRequest(BaseModel):
    role: str = Field(description="The job title the candidate practises for")
    seniority: Seniority | None = None
    job: ParsedJob | None = None
    resume_skills: list[str] = Field(default_factory=list)
    resume_highlights: list[str] = Field(
        default_factory=list, description="A few experience highlights from the resume"
    )
    count: int = Field(ge=1, le=30)
    mix: CategoryMix | None = None
    avoid: list[str] = Field(
        default_factory=list, description="Texts of recently asked questions, not to repeat"
    )

    @model_validator(mode="after")
    def _mix_adds_up(self) -> "QuestionWritingRequest":
        if self.mix is not None and self.mix.total != self.count:
            raise ValueError(f"mix totals {self.mix.total} questions but count is {self.count}")
        return self


class LLMProvider(Protocol):
    name: str

    async def write_questions(self, request: QuestionWritingRequest) -> list[PlannedQuestion]:
        """Exactly `request.count` questions (source="llm"), each with 3-6 key points."""
        ...

    async def evaluate_answer(self, data: EvaluationInput) -> AnswerEvaluation:
        """Scores and feedback; every covered point quotes the answer verbatim."""
        ...


class RetryableError(Exception):
    """A transient failure (429, 5xx, dropped connection) that is worth another attempt."""

    def __init__(self, reason: str, *, status_code: int | None = None, retry_after: float | None):
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.retry_after = retry_after


async def call_with_retries(
    send: Callable[[], Awaitable[T]],
    *,
    label: str,
    max_retries: int,
    base_delay_s: float,
    max_wait_s: float,
    sleep: Sleep = asyncio.sleep,
) -> T:
    """Run `send`, retrying `RetryableError` with exponential backoff or the server's Retry-After.

    A Retry-After longer than `max_wait_s` ends the attempts at once: the caller is better
    served by the local fallback than by a request that hangs for minutes.
    """
    for attempt in range(max_retries + 1):
        try:
            return await send()
        except RetryableError as exc:
            kind: ErrorKind = "network" if exc.status_code is None else "http"
            if attempt == max_retries:
                raise LLMError(exc.reason, kind=kind, status_code=exc.status_code) from exc
            delay = exc.retry_after if exc.retry_after is not None else base_delay_s * 2**attempt
            if delay > max_wait_s:
                reason = f"{exc.reason}, Retry-After {delay:.0f}s is too long"
                raise LLMError(reason, kind=kind, status_code=exc.status_code) from exc
            logger.warning(
                "LLM %s: %s; retry %d/%d in %.2fs",
                label,
                exc.reason,
                attempt + 1,
                max_retries,
                delay,
            )
            await sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


async def run_task(
    complete: Callable[[], Awaitable[str]],
    convert: Callable[[str], T],
    *,
    label: str,
) -> T:
    """Ask the model (`complete`) and validate its text (`convert`); invalid output gets one retry.

    `convert` signals invalid output with `ValueError` (JSON and pydantic errors are ones).
    Every failure is logged as one warning line and leaves as `LLMError`.
    """
    try:
        return await _complete_and_convert(complete, convert, label=label)
    except LLMError as exc:
        logger.warning("LLM %s failed (%s): %s", label, exc.kind, exc.reason)
        raise
    except Exception as exc:
        logger.warning("LLM %s failed unexpectedly: %r", label, exc, exc_info=True)
        raise LLMError(f"unexpected error: {type(exc).__name__}", kind="unexpected") from exc


async def _complete_and_convert(
    complete: Callable[[], Awaitable[str]], convert: Callable[[str], T], *, label: str
) -> T:
    problem = ""
    for attempt in (1, 2):
        text = await complete()
        try:
            return convert(text)
        except ValueError as exc:
            problem = _short(exc)
            if attempt == 1:
                logger.warning("LLM %s: invalid output, asking once more: %s", label, problem)
    raise LLMError(f"invalid output twice: {problem}", kind="invalid_output")


def _short(exc: ValueError, limit: int = 300) -> str:
    """A one-line description that leaves out the input (it may quote the candidate's answer)."""
    if isinstance(exc, ValidationError):
        details = exc.errors(include_input=False, include_url=False)
        text = "; ".join(f"{'.'.join(map(str, e['loc'])) or '-'}: {e['msg']}" for e in details[:3])
    else:
        text = str(exc)
    return clip(text, limit)


def clip(text: str, limit: int) -> str:
    """One line of at most `limit` characters, for logs and error reasons."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
