"""The results of an interview as a PDF to keep or share: the results page, on paper.

Rendering is CPU work (tens of milliseconds a page): callers run `render_report` in a thread.
"""

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from app.analytics.schemas import DeliveryReport
from app.evaluation.schemas import AnswerEvaluation
from app.results.report_coding import coding_section
from app.results.report_style import BOLD, FONT, MUTED, TRACK, bars, bullet, para
from app.results.schemas import InterviewResults, QuestionResult, Scores
from app.results.scoring import JOB_MATCH_WEIGHT

CATEGORY = {
    "behavioral": "Behavioural",
    "technical": "Technical",
    "situational": "Situational",
    "coding": "Coding",
}


@dataclass(frozen=True)
class ReportInput:
    results: InterviewResults
    delivery: DeliveryReport | None = None


def render_report(data: ReportInput) -> bytes:
    """The PDF's bytes."""
    buffer = io.BytesIO()
    results = data.results
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"Interview report: {results.interview.role}",
        author="Rehearse",
    )
    story: list[Flowable] = [
        *_heading(results),
        *_scores(results.scores),
        *_feedback(results),
        *_questions(results.questions),
        *coding_section(results.coding),
        *_delivery(data.delivery, results.questions),
        *_transcript(results),
    ]
    document.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return buffer.getvalue()


def _footer(canvas: Canvas, document: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(18 * mm, 10 * mm, "Rehearse interview report")
    canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {document.page}")
    canvas.restoreState()


def _section(title: str) -> list[Flowable]:
    return [Spacer(1, 6), para(title, "Heading2")]


def _heading(results: InterviewResults) -> list[Flowable]:
    interview = results.interview
    facts = [results.candidate_name]
    if interview.job_title:
        facts.append(interview.job_title)
    if interview.completed_at:
        facts.append(f"finished {interview.completed_at:%d %B %Y}")
    facts.append(f"{interview.answered_count} of {interview.question_count} questions answered")
    flowables: list[Flowable] = [
        para(f"Interview report: {interview.role}", "Title"),
        para(" · ".join(facts)),
    ]
    if results.status == "pending":
        flowables.append(
            para("Some answers were still being evaluated when this was made.", "Small")
        )
    return flowables


def _scores(scores: Scores) -> list[Flowable]:
    flowables = _section("Scores")
    if scores.not_scored_reason:
        flowables.append(para(scores.not_scored_reason))
    flowables.append(
        bars(
            [
                ("Overall", scores.overall),
                ("Technical", scores.technical),
                ("Communication", scores.communication),
                ("Job match", scores.job_match),
            ]
        )
    )
    flowables += [para("How the scores were made", "Heading4"), *map(bullet, _score_notes(scores))]
    return flowables


def _score_notes(scores: Scores) -> list[str]:
    answers_share = round((1 - JOB_MATCH_WEIGHT) * 100)
    overall = (
        f"Overall: the average score of your answers ({answers_share}%) and the job match "
        f"({100 - answers_share}%)."
        if scores.job_match is not None
        else "Overall: the average score of your answers."
    )
    return [
        overall,
        "Skipped questions count as 0; answers too short or unclear to judge are left out.",
        "Technical: the average score of the technical questions.",
        "Communication: the average communication sub-score (clarity, fillers, hedges, length; "
        "pace and pauses when spoken).",
        "Job match: how well your resume covers the job's requirements, when both are known.",
        "Each answer's score weighs relevance, depth, structure and communication, shown with "
        "every question below.",
    ]


def _feedback(results: InterviewResults) -> list[Flowable]:
    flowables: list[Flowable] = []
    for title, items in (
        ("Strengths", results.strengths),
        ("Weaknesses", results.weaknesses),
        ("Recommendations", results.recommendations),
    ):
        flowables += _section(title)
        flowables += [bullet(item) for item in items] or [para("None noted.", "Small")]
    return flowables


def _verdict(question: QuestionResult) -> str:
    evaluation = question.evaluation
    category = CATEGORY.get(question.category, question.category)
    if evaluation is None:
        state = "skipped" if not question.transcript else "not evaluated"
        return f"{category} · {state}"
    if not evaluation.scored:
        return f"{category} · not enough to score: {evaluation.abstain_reason or ''}".rstrip(": ")
    return f"{category} · grade {evaluation.grade} · {evaluation.score}/100"


def _questions(questions: list[QuestionResult]) -> list[Flowable]:
    flowables = _section("Question by question")
    for number, question in enumerate(questions, start=1):
        head: list[Flowable] = [
            para(f"{number}. {question.text}", "Heading4"),
            para(_verdict(question), "Small"),
        ]
        flowables.append(KeepTogether(head))
        flowables += _question_body(question)
        flowables.append(Spacer(1, 8))
    return flowables


def _question_body(question: QuestionResult) -> list[Flowable]:
    evaluation = question.evaluation
    body: list[Flowable] = []
    if evaluation is not None and evaluation.scored:
        body.append(
            bars(
                [
                    ("Relevance", evaluation.relevance),
                    ("Depth", evaluation.depth),
                    ("Structure", evaluation.structure),
                    ("Communication", evaluation.communication),
                ]
            )
        )
        body += _working(evaluation)
    body.append(para("Your answer", "Heading5"))
    body.append(para(question.transcript or "Skipped.", "Quote"))
    if evaluation is not None:
        body += _points(evaluation)
    model_answer = (evaluation.model_answer if evaluation else None) or question.model_answer
    if model_answer:
        body += [para("Model answer", "Heading5"), para(model_answer)]
    return body


def _working(evaluation: AnswerEvaluation) -> list[Flowable]:
    working = evaluation.working
    if working is None:
        return []
    parts = ", ".join(
        f"{part.name} {part.value:.0f} (weight {part.weight:.2f})" for part in working.components
    )
    text = (
        f"How this score was made ({working.rubric}, {working.framework}): {parts}; "
        f"relevance gate {working.gate:.2f}, length factor {working.length_factor:.2f}."
    )
    return [para(text, "Small")]


def _points(evaluation: AnswerEvaluation) -> list[Flowable]:
    body: list[Flowable] = []
    if evaluation.key_points_covered:
        body.append(para("Key points covered, with your words as evidence", "Heading5"))
        body += [
            bullet(f"{covered.point}: “{covered.evidence}”")
            for covered in evaluation.key_points_covered
        ]
    if evaluation.key_points_missed:
        body.append(para("Key points missed", "Heading5"))
        body += [bullet(point) for point in evaluation.key_points_missed]
    for title, text in (("Remark", evaluation.remark), ("Suggestion", evaluation.suggestion)):
        if text:
            body += [para(title, "Heading5"), para(text)]
    return body


def _table(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("FONT", (0, 0), (-1, 0), BOLD, 8),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, TRACK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _delivery(report: DeliveryReport | None, questions: list[QuestionResult]) -> list[Flowable]:
    if report is None:
        return []
    flowables = _section("How you came across (from the recording)")
    flowables.append(
        _table(
            [["Measure", "Value", "Hint"]]
            + [[card.label, card.value, para(card.hint, "Small")] for card in report.cards],
            [38 * mm, 28 * mm, 108 * mm],
        )
    )
    numbers = {str(q.question_id): index for index, q in enumerate(questions, start=1)}
    rows: list[list[Any]] = [["Question", "Words", "Words/min", "Fillers", "Long pauses"]]
    for item in report.per_question:
        label = f"Question {numbers[item.question_id]}" if item.question_id in numbers else "Other"
        pace = f"{item.words_per_minute:.0f}" if item.words_per_minute is not None else "n/a"
        rows.append([label, str(item.words), pace, str(item.filler_count), str(item.long_pauses)])
    if len(rows) > 1:
        flowables += [Spacer(1, 6), _table(rows, [40 * mm, 25 * mm, 30 * mm, 25 * mm, 30 * mm])]
    return flowables


def _transcript(results: InterviewResults) -> list[Flowable]:
    flowables = _section("Transcript")
    for line in results.transcript:
        speaker = "Interviewer" if line.speaker == "interviewer" else results.candidate_name
        flowables.append(para(f"{speaker}: {line.text}"))
        flowables.append(Spacer(1, 3))
    return flowables
