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
            strengths.append(f'Strong answer ({item.score}/100) to "{_short(item.question.text)}".')
    skipped = [s for s in scored if s.question.status == QuestionStatus.SKIPPED]
    if skipped:
        weaknesses.append(f"{plural(len(skipped), 'question')} skipped or left unanswered.")
    for item in sorted(evaluated, key=lambda s: s.score)[:2]:
        if item.score < WEAK:
            weaknesses.append(f'Weak answer ({item.score}/100) to "{_short(item.question.text)}".')
    return strengths, weaknesses


def recommendations(scored: list[ScoredQuestion], match: MatchResult | None) -> list[str]:
    steps: list[str] = []
    evaluated = [(s, a) for s in scored if (a := s.assessed) is not None]
    for item, evaluation in sorted(evaluated, key=lambda pair: pair[0].score)[:3]:
        for point in evaluation.key_points_missed[:2]:
            steps.append(
                f'Practise covering: {point.rstrip(".")} ("{_short(item.question.text)}").'
            )
    if match and match.missing_required:
        missing = ", ".join(match.missing_required[:4])
        steps.append(
            f"Build and show evidence of {missing}: the job requires it and your resume "
            "doesn't show it yet."
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
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
