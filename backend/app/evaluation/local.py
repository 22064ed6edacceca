"""The local evaluator: scores an interview answer offline, deterministically and explainably.

relevance      what the answer means next to the question, its key points, model answer and
               (for common questions) a prototype of a good answer, with the built-in semantic
               model; plus the lexical evidence: key-point coverage, question terms, on-topic share
depth          numbers, named tools, examples, concrete actions, trade-offs, causal reasoning
structure      STAR (behavioral, situational), a line of reasoning (technical) or present, past
               and future (introductions); structural key points are judged here, not as topic
communication  fillers, repeats and false starts (in the words, timed or not), hedges, length,
               sentence length, repetition, swearing; spoken with timings: pace, long pauses
               and fillers per minute of that answer
elaboration    behavioural answers (a question family, behavioural or situational): how much
               the answer says, in distinct content words (elaboration.py)
team focus,    behavioural answers: "we" beside "I", and few negative-emotion words and
               negations (tone.py)
outlook

Relevance gates the rest: depth, structure and delivery only count in full once the answer is
on topic, so a polished answer to another question cannot score well. A behavioural answer of
LONG_ANSWER words or more that is not unrelated in meaning keeps at least LONG_ANSWER_GATE of
the rest: a genuine spoken story is far in meaning from the question's wording, and raters
never give it nothing. A concrete story that speaks of the key points in some of their words
has its relevance read on a story's scale (story.py); a behavioural answer that tells of its
question's subject (a conflict, a failure, a weakness...) in its own words is on topic
(subject.py). Too little evidence (an empty, tiny or unintelligible answer) is not scored at
all rather than given a 0.
"""

from collections.abc import Mapping, Sequence
from dataclasses import replace

from app.evaluation.abstain import abstain_reason, abstained
from app.evaluation.agreement import Agreement, answered_question, applies
from app.evaluation.coverage import Coverage, PointMatch, analyse, measure, question_profile
from app.evaluation.delivery import RAMBLING, Delivery, measure_delivery, without_disfluencies
from app.evaluation.delivery_working import delivery_working
from app.evaluation.depth import measure_depth
from app.evaluation.echo import without_echo
from app.evaluation.elaboration import Elaboration, measure_elaboration
from app.evaluation.family_points import met_points
from app.evaluation.feedback import Parts, remark, suggestion
from app.evaluation.rubrics import Rubric, rubric_for
from app.evaluation.schemas import (
    AnswerEvaluation,
    CoveredPoint,
    EvaluationInput,
    EvaluationWorking,
    EvidenceSpan,
    ScorePart,
    grade_for,
)
from app.evaluation.semantic import answer_vector, similarity
from app.evaluation.story import is_concrete_story, story_relevance
from app.evaluation.structure import Structure, measure_structure
from app.evaluation.subject import SUBJECT_RELEVANCE, speaks_of_subject, subject_of
from app.evaluation.text import Segment, words
from app.evaluation.tone import Tone, measure_tone, tone_evidence, tone_signals

# Depth outweighs relevance once an answer is on topic: a vague answer that restates the
# question matches its words well, and specifics are what separate it from a strong one.
WEIGHTS = {"relevance": 0.30, "depth": 0.35, "structure": 0.15, "communication": 0.20}
# With a model answer to agree with, accuracy says whether the answer is right, and a right
# answer outweighs how much detail surrounds it (agreement.py).
WEIGHTS_WITH_MODEL = {
    "relevance": 0.15,
    "accuracy": 0.40,
    "depth": 0.25,
    "structure": 0.05,
    "communication": 0.15,
}
# Behavioural answers: interview raters reward saying more, in more distinct and specific
# words, fluent delivery, "we" and few negative words (Naim et al. 2015) or negations (Berry et
# al. 1997) more than matching the question's wording or following a template; a story's
# specifics count in depth and again in its vocabulary. Chosen on First Impressions dev and the
# labelled pairs (README.md).
WEIGHTS_BEHAVIORAL = {
    "relevance": 0.20,
    "depth": 0.10,
    "structure": 0.05,
    "communication": 0.15,
    "elaboration": 0.40,
    "team focus": 0.03,
    "outlook": 0.07,
}
BEHAVIORAL_FRAMEWORKS = frozenset({"STAR", "narrative", "questions"})
LONG_ANSWER, LONG_ANSWER_GATE = 30, 0.3
GATE_FROM, GATE_FULL = 20, 60
"""Below GATE_FROM relevance, depth, structure and delivery earn nothing; from GATE_FULL, all."""
RAW_FLOOR, RAW_FULL, ON_TOPIC_FULL = 0.08, 0.63, 0.3
"""Raw relevance below RAW_FLOOR is 0 and from RAW_FULL 100; an on-topic share of
ON_TOPIC_FULL (of the answer's content words known to the question) counts in full."""
RAMBLING_SPAN, MIN_LENGTH_FACTOR = 500, 0.7
NEUTRAL_RELEVANCE = 50
SEMANTIC_FLOOR, SEMANTIC_FULL = 0.10, 0.60
"""Cosine (all-MiniLM-L6-v2) at and below which an answer is unrelated, and from which it is
fully about the question (on the dev split: own answers' median 0.65, others' 0.15)."""
ON_SUBJECT, ON_SUBJECT_RELEVANCE = 0.40, 40
"""An answer this close in meaning is about the subject: never called off-topic (below
feedback.OFF_TOPIC_BELOW), however little it adds."""
SEMANTIC_SHARE = {"key points": 0.5, "question": 0.75}
"""Weight of meaning in relevance; written key points are strong lexical evidence, a bare
question or a family's generic points are not."""
QUESTION_ONLY = "question"
"""The rubric of a question with no written key points (none, or only generated ones naming
its skill) and no family."""
QUESTION_ONLY_SHARE, QUESTION_ONLY_FULL, QUESTION_ONLY_GATE_FULL = 0.9, 0.70, 100
"""A non-behavioural answer judged on the question alone. The words it shares with the
question are mostly its field's ("model", "CSS", "JavaScript"), which the answer to a
neighbouring question shares as much, so meaning decides (QUESTION_ONLY_SHARE). That
neighbour's answer reads 0.4-0.6 from the question and the own answer 0.65 (median), so a
cosine counts in full only from QUESTION_ONLY_FULL, not where they would tie. And such a
neighbour is partly on topic: its depth, structure and delivery count as far as it is
about this question (a gate full only at relevance QUESTION_ONLY_GATE_FULL), not in full from
GATE_FULL; with a model answer, accuracy says that instead."""
FAMILY_SEMANTIC_SHARE = 0.75
INTRODUCTION = "introduction"
FACTUAL_FAMILIES = frozenset({INTRODUCTION, "questions_for_us"})
"""Families whose depth is in their facts, not in trade-offs and reasoning."""
INTRODUCTION_RELEVANCE = (0, 40, 65, 80, 90)
"""Relevance an introduction earns by covering 0-4 of its parts (now, before, achievement,
next), whatever its words: two parts already say who the speaker is."""
INFORMED_AT, UNINFORMED_FACTOR = 8, 0.4
"""Relevance counts in full once the answer adds INFORMED_AT subject words of its own to the
question's; an answer that only restates the question keeps UNINFORMED_FACTOR of it."""
# Structural key points are judged by the structure component they describe.
_POINT_COMPONENT = (
    ("defin", "framing"), ("concept", "framing"), ("how it work", "how_why"),
    ("trade", "trade_off"), ("alternative", "trade_off"), ("example", "example"),
    ("situation", "situation"), ("clarif", "situation"), ("task", "task"),
    ("priorit", "task"), ("action", "action"), ("steps", "action"), ("result", "result"),
    ("outcome", "result"), ("learn", "learning"), ("reflect", "learning"),
)  # fmt: skip


def evaluate_answer(data: EvaluationInput) -> AnswerEvaluation:
    """Score one answer against its question's rubric, or abstain when there is too little."""
    answer = data.answer.strip()
    word_count = len(words(answer))
    reason = abstain_reason(answer, word_count)
    if reason is not None:
        return abstained(data, word_count, reason)
    rubric = rubric_for(data.question, data.category, tuple(data.key_points), data.model_answer)
    profile = question_profile(data.question, rubric.topical, data.model_answer, tuple(data.skills))
    concepts = analyse(answer)
    coverage = measure(profile, concepts)
    has_references = bool(rubric.topical) or profile.model is not None
    # Meaning and specifics are judged on what was said, without fillers, repeats and false
    # starts ("um, I, I led the, uh, team" says "I led the team"); delivery sees them all.
    content = without_disfluencies(answer)
    # Relevance is judged without any repeat of the question (see echo.py), found as said.
    own = without_disfluencies(without_echo(answer, data.question))
    own_concepts = concepts if own == answer else analyse(own)
    judged_on_facts = applies(data.category, data.model_answer) and profile.model is not None
    behavioral = not judged_on_facts and _is_behavioral(data.category, rubric)
    question_only = rubric.source == QUESTION_ONLY and not behavioral
    # Meaning now speaks where there are no references, so no neutral start for the words.
    # A generated point that only names the question's skill is met by any answer in its
    # field: it is no evidence of being on this question.
    lexical = relevance_score(
        coverage if own == answer else measure(profile, own_concepts),
        points_are_evidence=not question_only,
    )
    vector = answer_vector(own)
    closeness = max(similarity(vector, text) for text in rubric.references)
    depth = measure_depth(
        content,
        len(words(content)),
        data.question,
        concepts.skills,
        asks_for_reasoning=rubric.source not in FACTUAL_FAMILIES,
    )
    # Naming a skill the question asks about is on subject, whatever the model makes of it;
    # but with the question alone that skill is mostly its field ("JavaScript" in a question
    # about copying objects), which every neighbouring question's answer names too.
    asked = profile.question.units
    named = any(u.key.startswith("@") and u.key in own_concepts.everything for u in asked)
    if named and not question_only:
        closeness = max(closeness, ON_SUBJECT)
    relevance = combined_relevance(
        lexical, closeness, rubric, depth.terms, question_only=question_only
    )
    structure = measure_structure(data.category, concepts.segments, rubric.framework)
    if rubric.source == INTRODUCTION:
        relevance = max(relevance, introduction_relevance(structure))
    agreement, weights = None, WEIGHTS
    elaboration = measure_elaboration(content) if behavioral else None
    tone = measure_tone(content, data.question) if behavioral else None
    if behavioral:
        weights = WEIGHTS_BEHAVIORAL
    # A concrete story shares few of the question's words: its relevance is read on a story's
    # scale (story.py).
    story = behavioral and is_concrete_story(structure, depth.score)
    # An answer that tells of its question's subject in its own words is on it (subject.py).
    subject = subject_of(data.question, rubric.family)
    tells_of_subject = speaks_of_subject(subject, own)
    on_subject = (
        behavioral
        and (story or word_count >= LONG_ANSWER)
        and closeness > SEMANTIC_FLOOR
        and tells_of_subject
    )
    if story:
        relevance = story_relevance(relevance, lexical, on_subject=on_subject)
    elif on_subject:
        relevance = max(relevance, SUBJECT_RELEVANCE)
    if judged_on_facts:
        own_coverage = coverage if own == answer else measure(profile, own_concepts)
        answered = answered_question(data.question, data.model_answer or "")
        agreement = Agreement(
            gain=similarity(vector, answered) - similarity(vector, data.question),
            words=own_coverage.model_overlap or 0.0,
        )
        weights = WEIGHTS_WITH_MODEL
        # Saying what the model answer says is on topic, in whatever words.
        relevance = max(relevance, round(100 * agreement.value))
    delivery = measure_delivery(
        answer, word_count, concepts.segments, spoken=data.spoken, timings=data.timings
    )
    shaped = _structural_matches(rubric, structure, concepts.segments, answer)
    met = met_points(
        coverage.points,
        structure,
        subject if tells_of_subject else None,
        concepts.segments,
        answer,
        relevance=relevance,
    )
    coverage = replace(coverage, points=met + shaped)
    accuracy = None if agreement is None else round(100 * agreement.value)
    extra = _behavioral_parts(elaboration, tone)
    gate = relevance_gate(relevance, question_only and agreement is None)
    if behavioral and word_count >= LONG_ANSWER and closeness > SEMANTIC_FLOOR:
        gate = max(gate, LONG_ANSWER_GATE)
    score = overall_score(
        relevance,
        depth.score,
        structure.score,
        delivery.score,
        word_count,
        weights,
        accuracy,
        extra=extra,
        gate=gate,
    )
    foreign = tuple(
        dict.fromkeys(name for name, _ in concepts.skills if "@" + name not in profile.vocabulary)
    )
    parts = Parts(
        relevance,
        coverage,
        depth,
        structure,
        delivery,
        foreign[:2],
        has_references,
        agreement=None if agreement is None else agreement.value,
    )
    signals = (
        _signals(word_count, coverage, parts)
        | _delivery_signals(delivery)
        | {
            "semantic_similarity": round(closeness, 3),
            "lexical_relevance": lexical,
            "rubric": rubric.source,
            "new_terms": depth.terms,
            "concrete_story": int(story),
            "on_subject": int(on_subject),
        }
        | _agreement_signals(agreement)
        | _elaboration_signals(elaboration, delivery)
        | ({} if tone is None else tone_signals(tone))
    )
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
        signals=signals,
        working=_working(
            rubric,
            parts,
            (lexical, closeness, _semantic_share(rubric, question_only)),
            agreement,
            weights,
            word_count,
            concepts.segments,
            answer,
            extra,
            tone,
        ).model_copy(
            update={
                "delivery": delivery_working(delivery, had_timings=bool(data.timings)),
                "gate": round(gate, 3),
            }
        ),
    )


def semantic_relevance(closeness: float, full: float = SEMANTIC_FULL) -> float:
    """0-100 from the cosine between the answer and the closest reference text."""
    share = (closeness - SEMANTIC_FLOOR) / (full - SEMANTIC_FLOOR)
    return 100 * max(0.0, min(1.0, share))


def introduction_relevance(structure: Structure) -> int:
    """An introduction is on topic when it says who the speaker is: the more of now, before,
    achievements and next it covers, the surer. "Tell me about yourself" shares no words and
    little meaning with any one good answer, so the words and the model alone would call a
    good introduction off-topic."""
    if structure.framework != "narrative":
        return 0
    return INTRODUCTION_RELEVANCE[min(len(structure.components), len(INTRODUCTION_RELEVANCE) - 1)]


def combined_relevance(
    lexical: int, closeness: float, rubric: Rubric, terms: int, *, question_only: bool = False
) -> int:
    """Meaning and words together; an answer about the subject is never called off-topic.

    Key points written for the question are evidence on their own: a story that covers them
    in its own words is relevant even when it reads far from the question's wording. With the
    question alone (`question_only`, see QUESTION_ONLY_SHARE), meaning decides."""
    share = _semantic_share(rubric, question_only)
    full = QUESTION_ONLY_FULL if question_only else SEMANTIC_FULL
    relevance = share * semantic_relevance(closeness, full) + (1 - share) * lexical
    if rubric.source == "key points":
        relevance = max(relevance, lexical)
    # Restating the question is close to it in meaning and words, yet answers nothing.
    relevance *= UNINFORMED_FACTOR + (1 - UNINFORMED_FACTOR) * min(1.0, terms / INFORMED_AT)
    if closeness >= ON_SUBJECT:
        relevance = max(relevance, ON_SUBJECT_RELEVANCE)
    return round(relevance)


def _structural_matches(
    rubric: Rubric, structure: Structure, segments: Sequence[Segment], answer: str
) -> tuple[PointMatch, ...]:
    where = dict(structure.where)
    matches = []
    for point in rubric.structural:
        lowered = point.lower()
        component = next((c for cue, c in _POINT_COMPONENT if cue in lowered), None)
        index = where.get(component) if component else None
        evidence = None
        if index is not None and index < len(segments):
            evidence = answer[segments[index].start : segments[index].end]
        matches.append(PointMatch(point, 1.0 if evidence else 0.0, evidence))
    return tuple(matches)


def _semantic_share(rubric: Rubric, question_only: bool) -> float:
    if question_only:
        return QUESTION_ONLY_SHARE
    return SEMANTIC_SHARE.get(rubric.source, FAMILY_SEMANTIC_SHARE)


def relevance_score(
    coverage: Coverage, has_references: bool = True, *, points_are_evidence: bool = True
) -> int:
    """0-100: mostly key-point coverage, then the question's own terms, the model answer's
    vocabulary and how much of the answer's vocabulary belongs to the topic at all; the key
    points only where they are evidence of the subject (`points_are_evidence`).

    Without key points or a model answer, the question's few words are weak evidence either
    way, so relevance starts from a neutral NEUTRAL_RELEVANCE and moves half as far."""
    parts = [
        (0.25, coverage.question_terms),
        (0.10, min(1.0, coverage.on_topic / ON_TOPIC_FULL)),
    ]
    if coverage.points and points_are_evidence:
        parts += [(0.40, coverage.point_score), (0.15, coverage.point_bag)]
    if coverage.model_overlap is not None:
        parts.append((0.10, coverage.model_overlap))
    raw = sum(weight * value for weight, value in parts) / sum(weight for weight, _ in parts)
    scaled = max(0.0, min(1.0, (raw - RAW_FLOOR) / (RAW_FULL - RAW_FLOOR))) ** 0.8
    if not has_references:
        return round(NEUTRAL_RELEVANCE + (100 - NEUTRAL_RELEVANCE) * scaled)
    return round(100 * scaled)


def overall_score(
    relevance: int,
    depth: int,
    structure: int,
    communication: int,
    word_count: int = 0,
    weights: dict[str, float] = WEIGHTS,
    accuracy: int | None = None,
    *,
    extra: Mapping[str, int] | None = None,
    gate: float | None = None,
) -> int:
    """Relevance plus the rest (accuracy and the `extra` components of a behavioural answer
    too, where judged) gated by relevance (or the gate given), shrunk for rambling answers."""
    gate = relevance_gate(relevance) if gate is None else gate
    rest = (
        weights.get("accuracy", 0.0) * (accuracy or 0)
        + sum(weights.get(name, 0.0) * value for name, value in (extra or {}).items())
        + weights["depth"] * depth
        + weights["structure"] * structure
        + weights["communication"] * communication
    )
    score = (weights["relevance"] * relevance + gate * rest) * length_factor(word_count)
    return round(max(0.0, min(100.0, score)))


def relevance_gate(relevance: int, question_only: bool = False) -> float:
    """How much of the rest counts (see GATE_FROM; QUESTION_ONLY_GATE_FULL for a technical
    answer judged on the question alone, without a model answer)."""
    full = QUESTION_ONLY_GATE_FULL if question_only else GATE_FULL
    return max(0.0, min(1.0, (relevance - GATE_FROM) / (full - GATE_FROM)))


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


def _is_behavioral(category: str, rubric: Rubric) -> bool:
    """A question about the candidate's own experience: a behavioural or situational question,
    or a question family ("tell me about yourself" even when sent as technical)."""
    if category == "technical":
        return rubric.framework in BEHAVIORAL_FRAMEWORKS
    return category in ("behavioral", "situational") or rubric.framework is not None


def _elaboration_signals(
    elaboration: Elaboration | None, delivery: Delivery
) -> dict[str, float | int | str]:
    signals: dict[str, float | int | str] = {
        "disfluency_count": len(delivery.disfluencies),
        "disfluencies": ",".join(delivery.disfluencies[:10]),
    }
    if elaboration is not None:
        signals |= {
            "words_said": elaboration.words_said,
            "distinct_words": elaboration.distinct_words,
            "letters_per_word": elaboration.letters_per_word,
        }
    return signals


def _behavioral_parts(elaboration: Elaboration | None, tone: Tone | None) -> dict[str, int]:
    """The components only a behavioural answer has, by name."""
    parts = {} if elaboration is None else {"elaboration": elaboration.score}
    if tone is not None:
        parts |= {"team focus": tone.team_focus, "outlook": tone.outlook}
    return parts


def _components(
    parts: Parts,
    agreement: Agreement | None,
    extra: Mapping[str, int],
    weights: dict[str, float],
) -> list[ScorePart]:
    scores = {
        "relevance": parts.relevance,
        "depth": parts.depth.score,
        "structure": parts.structure.score,
        "communication": parts.delivery.score,
    }
    if agreement is not None:
        scores["accuracy"] = round(100 * agreement.value)
    scores |= extra
    return [ScorePart(name=n, value=v, weight=weights[n]) for n, v in scores.items()]


def _agreement_signals(agreement: Agreement | None) -> dict[str, float | int]:
    if agreement is None:
        return {}
    return {
        "model_answer_agreement": round(agreement.value, 3),
        "model_answer_gain": round(agreement.gain, 3),
    }


def _delivery_signals(delivery: Delivery) -> dict[str, float | int | str]:
    signals: dict[str, float | int | str] = {
        "delivery_basis": delivery.basis,
        "swear_words": ",".join(delivery.swearing),
    }
    if delivery.pace is not None and delivery.fillers_per_minute is not None:
        signals |= {
            "words_per_minute": delivery.pace.words_per_minute,
            "long_pauses": len(delivery.pace.pauses),
            "longest_pause_s": delivery.pace.longest_pause_s,
            "fillers_per_minute": delivery.fillers_per_minute,
        }
    return signals


def _working(
    rubric: Rubric,
    parts: Parts,
    relevance_evidence: tuple[int, float, float],
    agreement: Agreement | None,
    weights: dict[str, float],
    word_count: int,
    segments: Sequence[Segment],
    answer: str,
    extra: Mapping[str, int],
    tone: Tone | None,
) -> EvaluationWorking:
    lexical, closeness, share = relevance_evidence
    evidence = [
        EvidenceSpan(label=match.point, text=match.evidence)
        for match in parts.coverage.points
        if match.evidence
    ]
    evidence += [
        EvidenceSpan(label=name, text=answer[segments[index].start : segments[index].end])
        for name, index in parts.structure.where
        if index < len(segments)
    ]
    evidence += [
        EvidenceSpan(label=name, text=answer[segment.start : segment.end])
        for name, segment in ([] if tone is None else tone_evidence(tone, segments))
    ]
    return EvaluationWorking(
        rubric=rubric.source,
        framework=parts.structure.framework,
        components=_components(parts, agreement, extra, weights),
        relevance_parts=[
            ScorePart(name="semantic similarity", value=round(closeness, 3), weight=share),
            ScorePart(name="lexical evidence", value=lexical / 100, weight=round(1 - share, 2)),
        ],
        gate=round(relevance_gate(parts.relevance), 3),
        length_factor=round(length_factor(word_count), 3),
        evidence=evidence,
    )
