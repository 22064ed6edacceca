"""Strengths, weaknesses and recommendations, each tied to evidence in the interview."""

from statistics import mean

from app.core.text import plural
from app.interviews.states import QuestionStatus
from app.jobs.parsed import MatchResult
from app.results.scoring import ScoredQuestion

DIMENSIONS = {
    "relevance": ("You answered the question that was asked", "Answers drifted from the question"),
    "depth": (
        "You backed answers with specifics: numbers, tools and trade-offs",
        "Answers stayed general, with few numbers, tools or trade-offs",
    ),
    "structure": (
        "Your answers were well structured (STAR for stories, clear reasoning for technical)",
        "Answers lacked structure: situation, action and result were hard to follow",
    ),
    "communication": (
        "You spoke clearly and concisely",
        "Delivery got in the way: filler words, hedges or answers of the wrong length",
    ),
}
# Typed answers are judged on their writing: no praise or blame for a delivery that never was.
WRITTEN_COMMUNICATION = (
    "Your written answers were clear and concise",
    "The writing got in the way: filler words, hedges or answers of the wrong length",
)
STRONG, WEAK = 70, 55


def _dimension_averages(evaluated: list[ScoredQuestion]) -> dict[str, float]:
    return {
        name: mean(getattr(s.evaluation, name) for s in evaluated)
        for name in DIMENSIONS
        if evaluated
    }


def strengths_and_weaknesses(scored: list[ScoredQuestion]) -> tuple[list[str], list[str]]:
    evaluated = [s for s in scored if s.assessed]
    strengths, weaknesses = [], []
    written = all(
        (a := s.assessed) is not None and a.signals.get("delivery_basis") == "written"
        for s in evaluated
    )
    for name, average in _dimension_averages(evaluated).items():
        good, bad = DIMENSIONS[name]
        if name == "communication" and written:
            good, bad = WRITTEN_COMMUNICATION
        if average >= STRONG:
            strengths.append(f"{good} ({name} {round(average)}/100).")
        elif average < WEAK:
            weaknesses.append(f"{bad} ({name} {round(average)}/100).")
    for item in sorted(evaluated, key=lambda s: -s.score)[:2]:
        if item.score >= STRONG:
            strengths.append(
                _sentence(f"Strong answer ({item.score}/100) to", _asked(item, scored))
            )
    skipped = [s for s in scored if s.question.status == QuestionStatus.SKIPPED]
    if skipped:
        weaknesses.append(f"{plural(len(skipped), 'question')} skipped or left unanswered.")
    for item in sorted(evaluated, key=lambda s: s.score)[:2]:
        if item.score < WEAK:
            weaknesses.append(_sentence(f"Weak answer ({item.score}/100) to", _asked(item, scored)))
    return strengths, weaknesses


def recommendations(scored: list[ScoredQuestion], match: MatchResult | None) -> list[str]:
    steps: list[str] = []
    evaluated = [(s, a) for s in scored if (a := s.assessed) is not None]
    for item, evaluation in sorted(evaluated, key=lambda pair: pair[0].score)[:3]:
        for point in evaluation.key_points_missed[:2]:
            steps.append(f"Practise covering: {point.rstrip('.')} ({_asked(item, scored)}).")
    if match and match.missing_required:
        missing = ", ".join(match.missing_required[:4])
        them = "them" if len(match.missing_required[:4]) > 1 else "it"
        steps.append(
            f"Build and show evidence of {missing}: the job requires {them} and your resume "
            f"doesn't show {them} yet."
        )
    behavioral = [a for s, a in evaluated if s.question.category != "technical"]
    if behavioral and mean(a.structure for a in behavioral) < WEAK:
        steps.append(
            "Answer stories with STAR: the situation, your task, the actions you took, "
            "and a measurable result."
        )
    fillers = sum(int(a.signals.get("filler_count", 0)) for _, a in evaluated)
    if fillers >= 5:
        steps.append(f"Cut filler words: you used {fillers}. Pause silently instead.")
    if any(s.question.status == QuestionStatus.SKIPPED for s in scored):
        steps.append("Retry the skipped questions: a short, honest attempt beats a skip.")
    return list(dict.fromkeys(steps))[:8]


def _short(text: str, limit: int = 70) -> str:
    """The text, or its first words within `limit` characters and "…" (never half a word)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-") + "…"


def _asked(item: ScoredQuestion, scored: list[ScoredQuestion]) -> str:
    """The question quoted; a follow-up by the question it follows, since its own wording
    ("Let's go a little deeper. Can you say more about…") does not say which one it was."""
    parent_id = item.question.parent_id
    parent = next((s.question for s in scored if parent_id and s.question.id == parent_id), None)
    if parent is not None:
        return f'a follow-up on "{_short(parent.text)}"'
    return f'"{_short(item.question.text)}"'


def _sentence(before: str, asked: str) -> str:
    """`before` the question and a full stop, unless the quote ends the sentence already."""
    end = "" if asked.endswith(('."', '?"', '!"', '…"')) else "."
    return f"{before} {asked}{end}"
