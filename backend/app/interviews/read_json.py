"""`InterviewRead` written as JSON from its fields, without building the model first.

The interview page polls its read; validating the whole tree into models and serialising it
again cost as much CPU as the rest of the request. The fields come from our own database
through `views.interview_fields`, already of the declared types, so they are written out
directly; only the stored documents (an answer's evaluation, the job match) go through their
models, which fill in defaults for documents stored by older versions. The bytes are the ones
`InterviewRead.model_dump_json` writes (tests/interviews/test_read_json.py compares them).
"""

import uuid
from typing import Any

import orjson
from pydantic import BaseModel

from app.evaluation.schemas import AnswerEvaluation
from app.interviews.schemas import AnswerRead, InterviewRead
from app.interviews.views import Fields
from app.jobs.parsed import MatchResult

_INTERVIEW_FIELDS = tuple(InterviewRead.model_fields)
_ANSWER_FIELDS = tuple(name for name in AnswerRead.model_fields if name != "evaluation")


def interview_json(fields: Fields) -> bytes:
    """`InterviewRead.model_validate(fields).model_dump_json()`, for `interview_fields`."""
    document = {name: fields[name] for name in _INTERVIEW_FIELDS}
    document["settings"] = fields["settings"].model_dump()
    document["match"] = _stored(MatchResult, fields["match"])
    document["questions"] = [_question(question) for question in fields["questions"]]
    return orjson.dumps(document, default=_uuid_text, option=orjson.OPT_UTC_Z)


def _uuid_text(value: object) -> str:
    """asyncpg's own UUIDs, which orjson does not know (`uuid.UUID` it writes itself)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _question(question: Fields) -> Fields:
    answer = question["answer"]
    return {
        **question,
        "answer": None if answer is None else _answer(answer),
        "previous_answers": [_answer(previous) for previous in question["previous_answers"]],
    }


def _answer(answer: Any) -> Fields:
    return {
        **{name: getattr(answer, name) for name in _ANSWER_FIELDS},
        "evaluation": _stored(AnswerEvaluation, answer.evaluation),
    }


def _stored(model: type[BaseModel], document: dict[str, Any] | None) -> orjson.Fragment | None:
    if document is None:
        return None
    return orjson.Fragment(model.model_validate(document).model_dump_json(by_alias=True))
