"""The coding section of the PDF report: each problem's code, hidden tests, scores and how they
were made, hints, the explanation and the model solution."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Preformatted, Spacer

from app.coding.result_schemas import CodingProblemResult, CodingResults
from app.coding.scoring import CORRECTNESS, EFFICIENCY, HINT_COST, QUALITY
from app.results.report_style import bars, bullet, para, styles

# Long code is cut in the PDF (the data export keeps all of it).
MAX_CODE_LINES = 120
MAX_FAILING_SHOWN = 5
MAX_FIELD_CHARS = 300


def _code_style() -> ParagraphStyle:
    return ParagraphStyle(
        "CodeBlock",
        parent=styles()["BodyText"],
        fontName="Courier",
        fontSize=7.5,
        leading=9.5,
        leftIndent=8,
    )


def code_block(code: str) -> Preformatted:
    lines = code.splitlines()
    if len(lines) > MAX_CODE_LINES:
        lines = [*lines[:MAX_CODE_LINES], f"… {len(lines) - MAX_CODE_LINES} more lines"]
    # Courier in the PDF has Latin-1 only: other characters would print as boxes.
    text = "\n".join(lines).encode("latin-1", "replace").decode("latin-1")
    return Preformatted(text, _code_style(), maxLineLength=95, newLineChars="  ")


def _clip(text: str | None) -> str:
    text = text or ""
    return text if len(text) <= MAX_FIELD_CHARS else f"{text[:MAX_FIELD_CHARS]}…"


def score_notes() -> list[str]:
    return [
        f"A submission scores correctness {CORRECTNESS:.0%} (hidden normal and edge tests "
        f"passed), efficiency {EFFICIENCY:.0%} (large inputs within their time limit, capped when "
        f"the time grows faster than the model solution's) and quality {QUALITY:.0%} (lint "
        "findings: 8 points a warning, 3 a note). Without large inputs correctness and quality "
        "share it.",
        f"Each hint taken costs {HINT_COST} points of that problem's score. A problem never "
        "submitted counts 0.",
        "The explanation is the score of the follow-up question about the code, evaluated like "
        "any spoken answer.",
    ]


def _facts(problem: CodingProblemResult) -> str:
    parts: list[str] = [str(part) for part in (problem.difficulty, problem.topic) if part]
    parts.append(problem.language)
    parts.append(f"verdict {problem.verdict}" if problem.verdict else "not submitted")
    parts.append(f"hidden tests passed {problem.hidden_passed}/{problem.hidden_total}")
    if problem.score is not None:
        parts.append(f"score {problem.score}/100")
    return " · ".join(part.replace("_", " ") for part in parts)


def _working(problem: CodingProblemResult) -> list[Flowable]:
    notes: list[str] = []
    if problem.efficiency is not None:
        growth = f", time grew {problem.efficiency.growth}" if problem.efficiency.growth else ""
        notes.append(
            f"Efficiency: {problem.efficiency.passed}/{problem.efficiency.total} large inputs in "
            f"time, expected {problem.efficiency.expected}{growth}. {problem.efficiency.note}"
        )
    if problem.quality is not None:
        findings = "; ".join(
            f"line {f.line}: {f.message}" if f.line else f.message
            for f in problem.quality.findings[:5]
        )
        notes.append(f"Quality ({problem.quality.checker}): {findings or 'no findings'}.")
    notes.append(
        f"Hints used: {problem.hints_used} ({problem.hint_penalty} points off). "
        f"Submissions: {problem.submissions}."
    )
    return [para(note, "Small") for note in notes]


def _failing(problem: CodingProblemResult) -> list[Flowable]:
    if not problem.failing:
        return []
    body: list[Flowable] = [para("Hidden tests failed", "Heading5")]
    for test in problem.failing[:MAX_FAILING_SHOWN]:
        found = [f"{test.name} ({test.kind}, {test.verdict.replace('_', ' ')})"]
        for label, value in (
            ("input", test.input),
            ("expected", test.expected),
            ("got", test.actual),
            ("error", test.error),
        ):
            if value is not None:
                found.append(f"{label} {_clip(value)}")
        body.append(bullet("; ".join(found)))
    if len(problem.failing) > MAX_FAILING_SHOWN:
        body.append(para(f"… and {len(problem.failing) - MAX_FAILING_SHOWN} more.", "Small"))
    return body


def _explanation(problem: CodingProblemResult) -> list[Flowable]:
    explanation = problem.explanation
    if explanation is None:
        return []
    score = f" ({explanation.score}/100)" if explanation.score is not None else ""
    return [
        para(f"Explanation{score}: {explanation.question}", "Heading5"),
        para(explanation.transcript or "Not answered.", "Quote"),
    ]


def _solution(problem: CodingProblemResult) -> list[Flowable]:
    solution = problem.model_solution
    if solution is None:
        return []
    body: list[Flowable] = [
        para("Model solution", "Heading5"),
        para(solution.approach),
        para(f"Time {solution.time}, space {solution.space}.", "Small"),
    ]
    body += [bullet(f"Alternative: {alternative}") for alternative in solution.alternatives]
    code = solution.javascript if problem.language == "javascript" else solution.python
    return [*body, code_block(code)]


def _problem(number: int, problem: CodingProblemResult) -> list[Flowable]:
    head: list[Flowable] = [
        para(f"Problem {number}: {problem.title}", "Heading4"),
        para(_facts(problem), "Small"),
    ]
    body: list[Flowable] = [KeepTogether(head)]
    body.append(
        bars(
            [
                ("Correctness", problem.correctness),
                ("Efficiency", problem.efficiency.score if problem.efficiency else None),
                ("Quality", problem.quality.score if problem.quality else None),
                ("Explanation", problem.explanation.score if problem.explanation else None),
            ]
        )
    )
    body += _working(problem)
    body.append(para("Your final code", "Heading5"))
    body.append(code_block(problem.code) if problem.code else para("Not submitted.", "Quote"))
    return [*body, *_failing(problem), *_explanation(problem), *_solution(problem), Spacer(1, 8)]


def coding_section(coding: CodingResults | None) -> list[Flowable]:
    if coding is None or not coding.problems:
        return []
    flowables: list[Flowable] = [Spacer(1, 6), para("Coding", "Heading2")]
    if coding.score is not None:
        flowables.append(para(f"Coding score: {coding.score}/100 (average of the problems)."))
    if coding.pending:
        flowables.append(para("Some explanations were still being evaluated.", "Small"))
    flowables += [para("How the coding scores were made", "Heading4"), *map(bullet, score_notes())]
    for number, problem in enumerate(coding.problems, start=1):
        flowables += _problem(number, problem)
    return flowables
