"""What `bench.load` checks in the database after the run, and the figures it prints."""

import math
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import create_engine, text

from bench.load_candidate import Candidate
from bench.load_client import Calls

AIM_ERRORS = 0
AIM_P99_S = 0.5
AIM_EVALUATION_S = 10.0


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass
class Stored:
    """What the database holds for the run's candidates."""

    interviews: dict[str, list[tuple[str, str, datetime | None]]] = field(
        default_factory=lambda: defaultdict(list)
    )  # email -> [(interview id, status, completed_at)]
    resumes: Counter[str] = field(default_factory=Counter)  # email -> resumes
    # interview id -> question id -> [(transcript, evaluation status, evaluated_at)]
    answers: dict[str, dict[str, list[tuple[str, str, datetime | None]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )


def load_stored(database_url: str, email_pattern: str) -> Stored:
    stored = Stored()
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            params = {"pattern": email_pattern}
            for email, iid, status, completed_at in conn.execute(
                text(
                    "SELECT u.email, i.id, i.status, i.completed_at FROM interviews i "
                    "JOIN users u ON u.id = i.user_id WHERE u.email LIKE :pattern"
                ),
                params,
            ):
                stored.interviews[email].append((str(iid), status, completed_at))
            for email, count in conn.execute(
                text(
                    "SELECT u.email, count(*) FROM resumes r JOIN users u ON u.id = r.user_id "
                    "WHERE u.email LIKE :pattern GROUP BY u.email"
                ),
                params,
            ):
                stored.resumes[email] = count
            for iid, qid, transcript, status, evaluated_at in conn.execute(
                text(
                    "SELECT q.interview_id, q.id, a.transcript, a.evaluation_status, "
                    "a.evaluated_at FROM answers a "
                    "JOIN interview_questions q ON q.id = a.question_id "
                    "JOIN interviews i ON i.id = q.interview_id "
                    "JOIN users u ON u.id = i.user_id WHERE u.email LIKE :pattern"
                ),
                params,
            ):
                stored.answers[str(iid)][str(qid)].append((transcript, status, evaluated_at))
    finally:
        engine.dispose()
    return stored


@dataclass
class Losses:
    not_completed: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # two interviews or resumes
    answers_wrong: list[str] = field(default_factory=list)  # not saved exactly once
    not_evaluated: list[str] = field(default_factory=list)
    evaluation_delays_s: list[float] = field(default_factory=list)  # per interview

    @property
    def nothing_lost(self) -> bool:
        return not (
            self.not_completed or self.duplicates or self.answers_wrong or self.not_evaluated
        )


def _check_answers(candidate: Candidate, stored: Stored, losses: Losses) -> None:
    assert candidate.interview_id is not None
    saved = stored.answers.get(candidate.interview_id, {})
    for question_id in set(saved) | set(candidate.answers):
        rows = saved.get(question_id, [])
        sent = candidate.answers.get(question_id)
        if len(rows) != 1 or rows[0][0] != sent:
            losses.answers_wrong.append(f"{candidate.email} {question_id}: {len(rows)} saved")
        for _, status, _ in rows:
            if status != "done":
                losses.not_evaluated.append(f"{candidate.email} {question_id}: {status}")


def check(candidates: list[Candidate], stored: Stored) -> Losses:
    """Every candidate completed once, every answer saved once as sent, every one evaluated."""
    losses = Losses()
    for candidate in candidates:
        interviews = stored.interviews.get(candidate.email, [])
        if len(interviews) > 1 or stored.resumes.get(candidate.email, 0) > 1:
            losses.duplicates.append(candidate.email)
        if not candidate.done or [status for _, status, _ in interviews] != ["completed"]:
            losses.not_completed.append(f"{candidate.email}: {candidate.failure or interviews}")
            continue
        _check_answers(candidate, stored, losses)
        completed_at = interviews[0][2]
        evaluated = [at for rows in stored.answers[interviews[0][0]].values() for *_, at in rows]
        if completed_at is not None and evaluated and all(evaluated):
            last = max(at for at in evaluated if at is not None)
            losses.evaluation_delays_s.append(max(0.0, (last - completed_at).total_seconds()))
    return losses


def _seconds_line(name: str, values: list[float], aim_s: float | None) -> str:
    p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
    mark = "" if aim_s is None else ("  ok" if p99 <= aim_s else "  MISSED")
    return (
        f"  {name:<22} {len(values):6d}   p50 {p50 * 1000:7.0f} ms   p99 {p99 * 1000:7.0f} ms   "
        f"max {max(values, default=0) * 1000:7.0f} ms{mark}"
    )


def print_calls(calls: Calls) -> bool:
    """Latency per call type; True when every p99 is on target."""
    print(f"calls (count, latency as the candidate saw it; aim p99 <= {AIM_P99_S * 1000:.0f} ms):")
    met = True
    for name in sorted(calls.seconds):
        values = calls.seconds[name]
        met = met and percentile(values, 0.99) <= AIM_P99_S
        print(_seconds_line(name, values, AIM_P99_S))
    print(f"  fail-overs to the other process: {calls.failovers}")
    for broken, times in calls.broken.most_common():
        print(f"  {broken}: {times}")
    return met


def print_errors(calls: Calls) -> bool:
    print(f"errors: {len(calls.errors)} (aim {AIM_ERRORS})")
    for line in calls.errors[:15]:
        print(f"  {line}")
    return len(calls.errors) <= AIM_ERRORS


def print_events(candidates: list[Candidate]) -> None:
    received: Counter[str] = Counter()
    for candidate in candidates:
        if candidate.listener is not None:
            received.update(candidate.listener.received)
    answers = sum(len(c.answers) for c in candidates)
    expected = {"question_asked": answers, "answer_evaluated": answers}
    expected["interview_completed"] = sum(c.done for c in candidates)
    reconnects = sum(c.listener.reconnects for c in candidates if c.listener is not None)
    print(f"live events (received / sent to a watcher; sockets reopened {reconnects} times):")
    for name, count in expected.items():
        print(f"  {name:<22} {received[name]:6d} / {count}")


def print_evaluation(candidates: list[Candidate], losses: Losses) -> bool:
    """Evaluation delay after completion; True when every one is within the aim."""
    seen = [
        c.evaluated_at - c.completed_at
        for c in candidates
        if c.evaluated_at is not None and c.completed_at is not None
    ]
    delays = losses.evaluation_delays_s
    print(f"evaluation done after completion (aim: every one within {AIM_EVALUATION_S:g} s):")
    print(_seconds_line("in the database", delays, None))
    print(_seconds_line("seen by the candidate", seen, None))
    return bool(delays) and max(delays) <= AIM_EVALUATION_S


def print_losses(losses: Losses, candidates: int) -> bool:
    print(
        f"after the kill: {candidates - len(losses.not_completed)} of {candidates} completed, "
        f"{len(losses.answers_wrong)} answers not saved exactly once, "
        f"{len(losses.not_evaluated)} not evaluated, {len(losses.duplicates)} duplicated "
        "interviews or resumes"
    )
    for line in (losses.not_completed + losses.answers_wrong + losses.not_evaluated)[:10]:
        print(f"  {line}")
    return losses.nothing_lost


def run_id() -> str:
    return uuid.uuid4().hex[:8]
