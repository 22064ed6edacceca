"""The checks between a model's reply and our models, without HTTP."""

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from pydantic import ValidationError

from app.adapters.http import parse_retry_after
from app.adapters.llm.grading import EvaluationOutput
from app.adapters.llm.prompts import (
    InvalidOutput,
    QuestionList,
    evidence_in_answer,
    extract_json,
    parse_output,
    question_user_prompt,
    to_planned_questions,
)
from app.questions.bank import CategoryMix
from tests.adapters.llm.samples import (
    ANSWER,
    question_draft,
    question_request,
    questions_json,
)


@pytest.mark.parametrize(
    "evidence",
    [
        "our checkout API was slow",
        "Our Checkout API was slow",
        '"I profiled it and added Redis caching."',
        "Redis caching for product lookups. Latency dropped",  # across a blank line
        "\u201cLatency dropped by 40 percent\u201d",
        "checkout API was slow ... Latency dropped",
    ],
)
def test_evidence_found(evidence):
    assert evidence_in_answer(evidence, ANSWER)


@pytest.mark.parametrize(
    "evidence",
    [
        "our checkout service was slow",
        "Latency dropped ... checkout API was slow",  # fragments out of order
        "I",
        "...",
        "",
    ],
)
def test_evidence_not_found(evidence):
    assert not evidence_in_answer(evidence, ANSWER)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1}',
        '```json\n{"a": 1}\n```',
        '```\n{"a": 1}\n```',
        'Here you go:\n{"a": 1}\nHope this helps.',
        '<think>{"draft": true}</think>\n{"a": 1}',
    ],
)
def test_extract_json(text):
    assert json.loads(extract_json(text)) == {"a": 1}


def test_parse_output_rejects_empty_and_broken_replies():
    with pytest.raises(InvalidOutput):
        parse_output("  ", EvaluationOutput)
    with pytest.raises(ValidationError):
        parse_output('{"score": 50', EvaluationOutput)


def test_repeats_are_dropped_and_extras_cut():
    request = question_request(mix=None, count=2, avoid=["How do pods  start?"])
    drafts = [question_draft(text) for text in ("how do pods start?", "A?", "a?", "B?", "C?")]
    output = QuestionList.model_validate_json(questions_json(*drafts))

    assert [q.text for q in to_planned_questions(output, request)] == ["A?", "B?"]


def test_the_mix_is_honored_from_a_longer_list():
    request = question_request(count=3, mix=CategoryMix(technical=1, situational=2))
    drafts = [
        question_draft("T1?"),
        question_draft("T2?"),
        question_draft("S1?", "situational"),
        question_draft("B1?", "behavioral"),
        question_draft("S2?", "situational"),
    ]
    output = QuestionList.model_validate_json(questions_json(*drafts))

    assert [q.text for q in to_planned_questions(output, request)] == ["T1?", "S1?", "S2?"]


def test_key_points_outside_three_to_six_are_invalid():
    with pytest.raises(ValidationError):
        QuestionList.model_validate_json(questions_json(question_draft("Q?", key_points=["a"])))


def test_mix_must_add_up_to_count():
    with pytest.raises(ValidationError, match="mix totals 2 questions but count is 5"):
        question_request(count=5)


def test_prompt_without_a_job():
    prompt = question_user_prompt(question_request(job=None, seniority=None, mix=None, avoid=[]))
    assert "Job required skills: none" in prompt
    assert "Seniority: not stated" in prompt
    assert "choose a balanced mix" in prompt
    assert "Avoid" not in prompt


def test_retry_after_as_seconds_or_date():
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    seconds = parse_retry_after(later)
    assert seconds is not None and 25 <= seconds <= 30
