"""The local evaluator: scores an interview answer offline, deterministically and explainably.

relevance      key-point coverage, question terms, model-answer overlap and the share of the
               answer's vocabulary that belongs to the topic (stems, synonyms, taxonomy aliases)
depth          numbers, named tools, examples, concrete actions, trade-offs, causal reasoning
structure      STAR (behavioral, situational) or a line of reasoning (technical)
communication  fillers, hedges, length, sentence length, repetition

Relevance gates the rest: depth, structure and delivery only count in full once the answer is
on topic, so a polished answer to another question cannot score well.
"""

from app.evaluation.coverage import Coverage, analyse, measure, question_profile
from app.evaluation.delivery import RAMBLING, measure_delivery
from app.evaluation.depth import measure_depth
from app.evaluation.feedback import Parts, remark, suggestion
from app.evaluation.schemas import AnswerEvaluation, CoveredPoint, EvaluationInput, grade_for
from app.evaluation.structure import measure_structure
from app.evaluation.text import words

# Depth outweighs relevance once an answer is on topic: a vague answer that restates the
# question matches its words well, and specifics are what separate it from a strong one.
WEIGHTS = {"relevance": 0.30, "depth": 0.35, "structure": 0.15, "communication": 0.20}
GATE_FROM, GATE_FULL = 20, 60
"""Below GATE_FROM relevance, depth, structure and delivery earn nothing; from GATE_FULL, all."""
MIN_WORDS = 3
RAW_FLOOR, RAW_FULL, ON_TOPIC_FULL = 0.08, 0.63, 0.3
"""Raw relevance below RAW_FLOOR is 0 and from RAW_FULL 100; an on-topic share of
ON_TOPIC_FULL (of the answer's content words known to the question) counts in full."""
RAMBLING_SPAN, MIN_LENGTH_FACTOR = 500, 0.7
NEUTRAL_RELEVANCE = 50


def evaluate_answer(data: EvaluationInput) -> AnswerEvaluation:
    """Score one answer against its question, key points and model answer."""
    answer = data.answer.strip()
    word_count = len(words(answer))
    if word_count < MIN_WORDS:
        return _empty(data, word_count)
    profile = question_profile(
        data.question, tuple(data.key_points), data.model_answer, tuple(data.skills)
    )
    concepts = analyse(answer)
    coverage = measure(profile, concepts)
    has_references = bool(profile.points) or profile.model is not None
    relevance = relevance_score(coverage, has_references)
    depth = measure_depth(answer, word_count, data.question, concepts.skills)
    structure = measure_structure(data.category, concepts.segments)
    delivery = measure_delivery(answer, word_count, concepts.segments)
    score = overall_score(relevance, depth.score, structure.score, delivery.score, word_count)
    foreign = tuple(
        dict.fromkeys(name for name, _ in concepts.skills if "@" + name not in profile.vocabulary)
    )
    parts = Parts(relevance, coverage, depth, structure, delivery, foreign[:2], has_references)
    return AnswerEvaluation(
        score=score,
        grade=grade_for(score),
        relevance=relevance,
        depth=depth.score,
        structure=structure.score,
        communication=delivery.score,
        key_points_covered=[
            CoveredPoint(point=match.point, evidence=match.evidence)
            for match in coverage.covered
            if match.evidence
        ],
        key_points_missed=[match.point for match in coverage.points if match.evidence is None],
        remark=remark(parts),
        suggestion=suggestion(parts, data.question),
        model_answer=data.model_answer,
        evaluator="local",
        signals=_signals(word_count, coverage, parts),
    )


def relevance_score(coverage: Coverage, has_references: bool = True) -> int:
    """0-100: mostly key-point coverage, then the question's own terms, the model answer's
    vocabulary and how much of the answer's vocabulary belongs to the topic at all.

    Without key points or a model answer, the question's few words are weak evidence either
    way, so relevance starts from a neutral NEUTRAL_RELEVANCE and moves half as far."""
    parts = [
        (0.25, coverage.question_terms),
        (0.10, min(1.0, coverage.on_topic / ON_TOPIC_FULL)),
    ]
    if coverage.points:
        parts += [(0.40, coverage.point_score), (0.15, coverage.point_bag)]
    if coverage.model_overlap is not None:
        parts.append((0.10, coverage.model_overlap))
    raw = sum(weight * value for weight, value in parts) / sum(weight for weight, _ in parts)
    scaled = max(0.0, min(1.0, (raw - RAW_FLOOR) / (RAW_FULL - RAW_FLOOR))) ** 0.8
    if not has_references:
        return round(NEUTRAL_RELEVANCE + (100 - NEUTRAL_RELEVANCE) * scaled)
    return round(100 * scaled)


def overall_score(
    relevance: int, depth: int, structure: int, communication: int, word_count: int = 0
) -> int:
    """Relevance plus the rest gated by relevance, shrunk for rambling answers."""
    gate = max(0.0, min(1.0, (relevance - GATE_FROM) / (GATE_FULL - GATE_FROM)))
    rest = (
        WEIGHTS["depth"] * depth
        + WEIGHTS["structure"] * structure
        + WEIGHTS["communication"] * communication
    )
    score = (WEIGHTS["relevance"] * relevance + gate * rest) * length_factor(word_count)
    return round(max(0.0, min(100.0, score)))


def length_factor(word_count: int) -> float:
    """1 up to RAMBLING words, then down to MIN_LENGTH_FACTOR: padding never pays."""
    excess = max(0, word_count - RAMBLING)
    return max(MIN_LENGTH_FACTOR, 1 - excess / RAMBLING_SPAN)


def _signals(word_count: int, coverage: Coverage, parts: Parts) -> dict[str, float | int | str]:
    depth, structure, delivery = parts.depth, parts.structure, parts.delivery
    total = len(coverage.points)
    return {
        "word_count": word_count,
        "key_points_total": total,
        "key_points_covered": len(coverage.covered),
        "coverage_ratio": round(len(coverage.covered) / total, 3) if total else 0.0,
        "key_point_match": round(coverage.point_score, 3),
        "question_terms": round(coverage.question_terms, 3),
        "model_overlap": round(coverage.model_overlap or 0.0, 3),
        "on_topic_share": round(coverage.on_topic, 3),
        "relevance_basis": "key points" if parts.has_references else "question only",
        "numbers": depth.numbers,
        "named_terms": depth.named,
        "examples": depth.examples,
        "concrete_actions": depth.actions,
        "trade_offs": depth.trade_offs,
        "causal_links": depth.causal,
        "vague_phrases": depth.vague,
        "specifics_per_100_words": depth.density,
        "framework": structure.framework,
        "structure_found": ",".join(structure.components),
        "structure_missing": ",".join(structure.missing),
        "structure_in_order": int(structure.in_order),
        "filler_count": delivery.filler_count,
        "fillers": ",".join(delivery.fillers),
        "hedge_count": delivery.hedge_count,
        "hedges": ",".join(delivery.hedges),
        "length_fit": delivery.length_fit,
        "length_factor": round(length_factor(word_count), 3),
        "avg_sentence_words": delivery.average_sentence_words,
        "repetition": delivery.repetition,
        "off_topic_terms": ",".join(parts.foreign_topics),
    }


def _empty(data: EvaluationInput, word_count: int) -> AnswerEvaluation:
    first = data.key_points[0] if data.key_points else "the core of the question"
    return AnswerEvaluation(
        score=0,
        grade="F",
        relevance=0,
        depth=0,
        structure=0,
        communication=0,
        key_points_covered=[],
        key_points_missed=list(data.key_points),
        remark="No answer was given." if word_count == 0 else "The answer is too short to assess.",
        suggestion=f"Give a full answer of a few sentences, starting with: {first}.",
        model_answer=data.model_answer,
        evaluator="local",
        signals={"word_count": word_count, "key_points_total": len(data.key_points)},
    )
