"""Turn a Tavus conversation transcript into answers, one per question the replica asked.

The replica asks our questions word for word (its instructions say so), so an assistant turn
is matched to the question it shares most words with, moving only forward; the candidate's
turns that follow belong to it. When no turn can be matched (the replica paraphrased
everything), the candidate's turns are taken in order, one per question.
"""

import re
import uuid

from app.adapters.avatar.base import TranscriptTurn
from app.interviews.answers import replace_current_answer
from app.interviews.models import Answer, Interview, InterviewQuestion

_WORD = re.compile(r"[a-z0-9']+")
MATCH_THRESHOLD = 0.5


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.lower()) if len(word) > 2}


def _overlap(question: str, turn: str) -> float:
    asked = _words(question)
    return len(asked & _words(turn)) / len(asked) if asked else 0.0


def _matched(turn: str, questions: list[InterviewQuestion], start: int) -> int | None:
    scores = [(_overlap(q.text, turn), i) for i, q in enumerate(questions) if i >= start]
    best = max(scores, default=(0.0, None))
    return best[1] if best[0] >= MATCH_THRESHOLD else None


def assign_turns(
    turns: list[TranscriptTurn], questions: list[InterviewQuestion]
) -> dict[uuid.UUID, str]:
    """The candidate's words per question id."""
    collected: dict[int, list[str]] = {}
    current: int | None = None
    for turn in turns:
        if turn["role"] == "assistant":
            found = _matched(turn["content"], questions, current or 0)
            current = found if found is not None else current
        elif current is not None:
            collected.setdefault(current, []).append(turn["content"])
    if not collected:
        said = [t["content"] for t in turns if t["role"] == "user"]
        said = said[len(said) - len(questions) :] if len(said) > len(questions) else said
        collected = {index: [text] for index, text in enumerate(said)}
    return {questions[i].id: " ".join(parts) for i, parts in collected.items()}


def store_answers(interview: Interview, answers: dict[uuid.UUID, str]) -> list[Answer]:
    """New current answers with source "avatar"; earlier ones stay as history."""
    return [
        replace_current_answer(question, transcript=answers[question.id], source="avatar")
        for question in interview.questions
        if answers.get(question.id, "").strip()
    ]
