"""The states an interview, its questions and their answers' evaluations go through.

Stored as their values in plain string columns: adding a state needs no migration.
"""

from enum import StrEnum


class InterviewStatus(StrEnum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


class InterviewMode(StrEnum):
    """What an interview is for: a full practice, or a short drill on weak spots (app.practice)."""

    STANDARD = "standard"
    DRILL = "drill"


class QuestionStatus(StrEnum):
    PENDING = "pending"
    ASKED = "asked"
    ANSWERED = "answered"
    SKIPPED = "skipped"


class EvaluationStatus(StrEnum):
    """An answer's evaluation, run in the background."""

    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


# Tuples, not sets: a fixed order keeps the SQL they are bound into the same every run.
OPEN_INTERVIEW = (InterviewStatus.SCHEDULED, InterviewStatus.IN_PROGRESS)
UNANSWERED = (QuestionStatus.PENDING, QuestionStatus.ASKED)
EVALUATING = (EvaluationStatus.PENDING, EvaluationStatus.RUNNING)
