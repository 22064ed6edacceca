"""The words a candidate reads: a one- or two-sentence remark and the most useful next step."""

from collections.abc import Iterable
from dataclasses import dataclass

from app.evaluation.coverage import Coverage
from app.evaluation.delivery import Delivery
from app.evaluation.depth import Depth
from app.evaluation.pace import LONG_PAUSE_S, allowed_pauses, pace_verdict
from app.evaluation.structure import Structure

OFF_TOPIC_BELOW = 35
DISAGREES_BELOW = 0.2
SHALLOW_BELOW = 35

_COMPONENT_ADVICE = {
    "situation": "open with one sentence of context: where you were and what was at stake",
    "task": "say what you were responsible for or trying to achieve",
    "action": "walk through the steps you personally took, in the first person",
    "result": "finish with the result, ideally a number (time saved, rate improved, outcome)",
    "learning": "close with what you learned or now do differently",
    "framing": "open with a one-sentence definition or the first thing you would do",
    "how_why": "explain how it works or why, not only what",
    "example": "ground it in a concrete example from your own work",
    "trade_off": "name a trade-off or when you would not use it",
    "conclusion": "end with a clear recommendation or conclusion",
}


@dataclass(frozen=True)
class Parts:
    relevance: int
    coverage: Coverage
    depth: Depth
    structure: Structure
    delivery: Delivery
    foreign_topics: tuple[str, ...]
    has_references: bool = True
    agreement: float | None = None
    """0-1 agreement with the model answer, where judged (agreement.py)."""

    @property
    def off_topic(self) -> bool:
        return self.relevance < OFF_TOPIC_BELOW

    @property
    def disagrees(self) -> bool:
        """On topic, but says little of what the model answer says."""
        return self.agreement is not None and self.agreement < DISAGREES_BELOW


def remark(parts: Parts) -> str:
    covered, total = len(parts.coverage.covered), len(parts.coverage.points)
    points = f"{covered} of {total} key point{'' if total == 1 else 's'}"
    if not parts.has_references:
        detail = "moderately specific"
        if parts.depth.score >= 60:
            detail = f"concrete ({_specifics(parts.depth)})"
        elif parts.depth.score < SHALLOW_BELOW:
            detail = "general, with few numbers, named tools or examples"
        second = _second_sentence(parts)
        return f"Judged without key points or a model answer: it is {detail}. {second}"
    if parts.off_topic:
        about = ""
        if parts.foreign_topics:
            about = f" It talks mostly about {_join(parts.foreign_topics)}."
        return f"This doesn't answer the question asked: it covers {points}.{about}"
    first = f"Covers {points}"
    if parts.disagrees:
        first = "On topic, but it says little of what the model answer says"
    elif parts.depth.score >= 60:
        first += f", with concrete specifics ({_specifics(parts.depth)})"
    elif parts.depth.score < SHALLOW_BELOW:
        first += ", but stays general, with few numbers, named tools or examples"
    return f"{first}. {_second_sentence(parts)}"


def _second_sentence(parts: Parts) -> str:
    structure, delivery = parts.structure, parts.delivery
    notes = []
    if structure.score >= 70:
        notes.append(f"The {structure.framework} structure is clear")
    elif structure.missing:
        notes.append(f"The {structure.framework} structure lacks {_join(structure.missing[:2])}")
    if delivery.filler_count + delivery.hedge_count >= 3:
        notes.append(f"{delivery.filler_count} fillers and {delivery.hedge_count} hedges weaken it")
    if delivery.swearing:
        notes.append(f"swearing ({_join(sorted(set(delivery.swearing))[:2])}) costs it")
    if delivery.length_fit in ("too_short", "rambling"):
        notes.append("it is " + ("too short" if delivery.length_fit == "too_short" else "too long"))
    notes += _spoken_notes(delivery)
    if not notes:
        return _CLEAR[delivery.basis]
    sentence = "; ".join(notes)
    return sentence[0].upper() + sentence[1:] + "."


# Praise only for what happened: pace is praised only where it was measured.
_CLEAR = {
    "written": "The writing is clear and concise.",
    "spoken": "Delivery is clear and well paced.",
    "spoken_untimed": "Delivery is clear.",
}


def _spoken_notes(delivery: Delivery) -> list[str]:
    pace = delivery.pace
    if pace is None:
        return []
    notes = []
    verdict = pace_verdict(pace.words_per_minute)
    if verdict != "good":
        notes.append(f"the pace of {pace.words_per_minute:.0f} words a minute is too {verdict}")
    if len(pace.pauses) > allowed_pauses(pace):
        notes.append(
            f"{len(pace.pauses)} pauses of {LONG_PAUSE_S:g} s or more (the longest "
            f"{pace.longest_pause_s:g} s) break it up"
        )
    return notes


def _spoken_step(delivery: Delivery) -> str | None:
    pace = delivery.pace
    if pace is None:
        return None
    verdict = pace_verdict(pace.words_per_minute)
    if verdict == "fast":
        return f"Slow down to about 140 words a minute (you spoke at {pace.words_per_minute:.0f})."
    if len(pace.pauses) > allowed_pauses(pace):
        return "Plan the answer's outline before you start, so it flows without long pauses."
    if verdict == "slow":
        return (
            f"Pick up the pace to about 130 words a minute (you spoke at "
            f"{pace.words_per_minute:.0f})."
        )
    return None


def suggestion(parts: Parts, question: str) -> str:
    missed = [point.point for point in parts.coverage.points if point.evidence is None]
    if parts.off_topic:
        target = f" Start with: {_lower_first(missed[0])}." if missed else ""
        return f"Answer the question that was asked ({question.strip()}).{target}"
    if parts.disagrees:
        return "Compare your answer with the model answer: get the core idea right first."
    if parts.delivery.swearing:
        return "Keep the language professional: an interviewer remembers a swear word."
    if missed:
        step = f"Cover the missing point: {_lower_first(missed[0])}"
        if parts.delivery.length_fit == "too_short":
            return step + ", and develop the answer to at least 80 words with how and why."
        if parts.depth.score < SHALLOW_BELOW:
            step += ", and back it with a specific example or number"
        return step + "."
    if parts.delivery.length_fit == "too_short":
        return "Develop the answer to 80-200 words: say how and why, and give one real example."
    if parts.depth.score < SHALLOW_BELOW:
        return "Make it concrete: add a real example with a number, a named tool or an outcome."
    if parts.structure.missing:
        return _COMPONENT_ADVICE[parts.structure.missing[0]].capitalize() + "."
    if (spoken := _spoken_step(parts.delivery)) is not None:
        return spoken
    if parts.delivery.filler_count >= 2:
        return f"Cut the filler words ({_join(sorted(set(parts.delivery.fillers))[:3])})."
    if parts.delivery.length_fit == "rambling":
        return "Trim it to about two minutes (150 to 250 words): lead with the key point."
    return "Strong answer: rehearse it until you can deliver it in under two minutes."


def _specifics(depth: Depth) -> str:
    found = []
    if depth.numbers:
        found.append(f"{int(depth.numbers)} number{'s' if depth.numbers >= 2 else ''}")
    if depth.named:
        found.append(f"{depth.named} named tool{'s or terms' if depth.named > 1 else ' or term'}")
    if depth.trade_offs:
        found.append("trade-offs")
    return ", ".join(found) or "examples and reasoning"


def _join(items: Iterable[object]) -> str:
    words = [str(item).replace("_", "/") for item in items]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[1].islower():
        return text[0].lower() + text[1:]
    return text
