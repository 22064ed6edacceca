"""Small factories for the LLM adapter tests: a request, an answer, a model's replies."""

import json
from typing import Any

from app.adapters.llm.base import QuestionWritingRequest
from app.evaluation.schemas import EvaluationInput
from app.jobs.parsed import ParsedJob
from app.questions.bank import CategoryMix

ANSWER = (
    "At Acme our checkout API was slow, with a p95 of 900 ms during sales. "
    "I profiled it and added Redis caching for product lookups.\n\n"
    "Latency dropped by 40 percent within two weeks."
)


class Sleeps(list[float]):
    """An injectable `sleep` that records the delays instead of waiting."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def question_request(**overrides: Any) -> QuestionWritingRequest:
    values: dict[str, Any] = {
        "role": "Backend Engineer",
        "seniority": "mid",
        "job": ParsedJob(
            title="Backend Engineer",
            seniority="mid",
            required_skills=["Python", "Kubernetes", "PostgreSQL"],
            nice_to_have_skills=["Terraform"],
            responsibilities=["Run our services on Kubernetes"],
        ),
        "resume_skills": ["Python", "PostgreSQL", "Docker"],
        "resume_highlights": ["Cut API latency 40% with Redis caching"],
        "count": 2,
        "mix": CategoryMix(behavioral=1, technical=1),
        "avoid": ["Tell me about yourself."],
    }
    return QuestionWritingRequest(**(values | overrides))


def question_draft(text: str, category: str = "technical", **overrides: Any) -> dict[str, Any]:
    return {
        "text": text,
        "category": category,
        "skills": ["kubernetes"],
        "difficulty": 2,
        "key_points": ["Pods and Deployments", "Readiness probes", "Rolling updates"],
        "model_answer": "I would define a Deployment with readiness probes and roll it out.",
        "follow_ups": ["How would you roll back?"],
        "reason": "Gap: the job requires Kubernetes and the resume does not mention it",
    } | overrides


def questions_json(*drafts: dict[str, Any]) -> str:
    if not drafts:
        drafts = (
            question_draft("How would you deploy a Python service to Kubernetes safely?"),
            question_draft(
                "Tell me about a time you made a slow API fast.",
                "behavioral",
                skills=["Python"],
                reason="Builds on the Redis caching highlight",
            ),
        )
    return json.dumps({"questions": list(drafts)})


def evaluation_input(**overrides: Any) -> EvaluationInput:
    values: dict[str, Any] = {
        "question": "Tell me about a time you made a slow API fast.",
        "category": "behavioral",
        "key_points": ["Situation with a baseline", "Own actions", "Measured result"],
        "model_answer": "Situation, task, action, result with numbers.",
        "skills": ["Python"],
        "answer": ANSWER,
    }
    return EvaluationInput(**(values | overrides))


def rating(value: int, evidence: str, reason: str = "Shown by the quote.") -> dict[str, Any]:
    return {"rating": value, "evidence": evidence, "reason": reason}


def evaluation_json(**overrides: Any) -> str:
    """A plausible reply: relevance 5, the rest 4, every quote from ANSWER (score 82, B)."""
    values: dict[str, Any] = {
        "key_points_covered": [
            {"key_point": 1, "evidence": "our checkout API was slow, with a p95 of 900 ms"},
            {"key_point": 2, "evidence": "I profiled it and added Redis caching"},
            {"key_point": 3, "evidence": "Latency dropped by 40 percent"},
        ],
        "key_points_missed": [],
        "relevance": rating(5, "our checkout API was slow, with a p95 of 900 ms during sales"),
        "depth": rating(4, "added Redis caching for product lookups"),
        "structure": rating(4, "Latency dropped by 40 percent within two weeks."),
        "communication": rating(4, "I profiled it and added Redis caching"),
        "remark": "You give a clear story with a measured result.",
        "suggestion": "Say what you learned and how you kept the cache fresh.",
    }
    return json.dumps(values | overrides)
