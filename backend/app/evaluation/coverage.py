"""How much of what the question asks for an answer covers, and where.

Texts become *units*: stemmed content words (synonyms merged) and canonical skills from the
taxonomy, so "k8s" meets "Kubernetes" and "deployed" meets "deployment". A key point is
covered when one sentence of the answer (or two adjacent ones) matches enough of its weighted
units; that span is quoted verbatim as the evidence. Question profiles are cached, since a
question is asked many times.
"""

from dataclasses import dataclass
from functools import lru_cache

from app.evaluation.structure import STAR
from app.evaluation.text import Segment, concept, segments, tokens, weight
from app.skills.taxonomy import get_taxonomy

RELATED_CREDIT = 0.5
COVERED_AT = 0.5
"""Share of a key point's weight one sentence must match for the point to count as covered."""
COVERED_AT_WITH_THREE = 0.34
"""A long key point (an enumeration) is also covered by three or more matched units."""
PAIR_DISCOUNT = 0.9
"""Two adjacent sentences may cover a point together, worth a little less than one."""


@dataclass(frozen=True)
class Unit:
    key: str
    weight: float
    parts: frozenset[str] = frozenset()
    """For a skill: the stems of how it was written, which also match when all present."""
    related: frozenset[str] = frozenset()
    """For a skill: related skills, worth half a match."""


@dataclass(frozen=True)
class Profile:
    units: tuple[Unit, ...]
    total: float


@dataclass(frozen=True)
class QuestionProfile:
    question: Profile
    points: tuple[tuple[str, Profile], ...]
    model: Profile | None
    vocabulary: frozenset[str]


@dataclass(frozen=True)
class TextConcepts:
    text: str
    segments: tuple[Segment, ...]
    per_segment: tuple[frozenset[str], ...]
    everything: frozenset[str]
    skills: tuple[tuple[str, str], ...]
    """(canonical name, text as written) for every skill mention, in order."""


@dataclass(frozen=True)
class PointMatch:
    point: str
    share: float
    evidence: str | None


@dataclass(frozen=True)
class Coverage:
    points: tuple[PointMatch, ...]
    point_score: float
    """Mean over key points of the best sentence's match, saturating at COVERED_AT."""
    point_bag: float
    """Mean over key points of the match against the whole answer."""
    question_terms: float
    model_overlap: float | None
    on_topic: float
    """Weighted share of the answer's own content concepts that the question profile knows."""

    @property
    def covered(self) -> list[PointMatch]:
        return [match for match in self.points if match.evidence is not None]


def analyse(text: str) -> TextConcepts:
    """Concepts per sentence: stems of every content word plus "@Skill" for skill mentions."""
    parts = segments(text)
    mentions = get_taxonomy().find(text)
    buckets: list[set[str]] = [set() for _ in parts]
    index = 0
    for token in tokens(text):
        while index < len(parts) - 1 and token.start >= parts[index].end:
            index += 1
        key = concept(token.text)
        if key and buckets:
            buckets[index].add(key)
    index = 0
    for mention in mentions:
        while index < len(parts) - 1 and mention.start >= parts[index].end:
            index += 1
        if buckets:
            buckets[index].add("@" + mention.name)
    for segment, bucket in zip(parts, buckets, strict=True):
        bucket.update(_implied(segment.text))
    per_segment = tuple(frozenset(bucket) for bucket in buckets)
    return TextConcepts(
        text=text,
        segments=tuple(parts),
        per_segment=per_segment,
        everything=frozenset().union(*per_segment),
        skills=tuple((mention.name, mention.text) for mention in mentions),
    )


def _content_concept(word: str) -> str:
    key = concept(word)
    if key is None:
        raise ValueError(f"{word!r} has no concept (a stopword)")
    return key


_RESULT, _LEARNING = _content_concept("result"), _content_concept("learn")
_MEASURED = _content_concept("measure")


def _implied(sentence: str) -> set[str]:
    """Concepts a sentence expresses by its form: a reported result covers "outcome", with a
    figure "measurable outcome"; a reflection covers "what they learned"."""
    implied: set[str] = set()
    sentence = sentence.lower()
    if STAR["result"].search(sentence):
        implied.add(_RESULT)
        if any(char.isdigit() for char in sentence):
            implied.add(_MEASURED)
    if STAR["learning"].search(sentence):
        implied.add(_LEARNING)
    return implied


def profile(text: str) -> Profile:
    """The weighted units of a question, key point or model answer (each unit once)."""
    taxonomy = get_taxonomy()
    mentions = taxonomy.find(text)
    units: dict[str, Unit] = {}
    for mention in mentions:
        parts = frozenset(filter(None, (concept(token.text) for token in tokens(mention.text))))
        related = frozenset("@" + name for name in taxonomy.related(mention.name))
        units["@" + mention.name] = Unit("@" + mention.name, weight("@"), parts, related)
    inside = [(mention.start, mention.end) for mention in mentions]
    for token in tokens(text):
        if any(start <= token.start < end for start, end in inside):
            continue
        key = concept(token.text)
        if key and key not in units:
            units[key] = Unit(key, weight(key))
    ordered = tuple(units.values())
    return Profile(ordered, sum(unit.weight for unit in ordered))


@lru_cache(maxsize=2048)
def question_profile(
    question: str,
    key_points: tuple[str, ...],
    model_answer: str | None,
    skills: tuple[str, ...] = (),
) -> QuestionProfile:
    """Everything about a question an answer is compared with, computed once per question.
    The question's skills join its own terms, so they count as what was asked about."""
    points = tuple((point, profile(point)) for point in key_points if point.strip())
    model = profile(model_answer) if model_answer and model_answer.strip() else None
    asked = profile(f"{question}\n{', '.join(skills)}" if skills else question)
    vocabulary: set[str] = set()
    for part in (asked, model, *(p for _, p in points)):
        for unit in part.units if part else ():
            vocabulary.update({unit.key, *unit.parts, *unit.related})
    return QuestionProfile(asked, points, model, frozenset(vocabulary))


def match(part: Profile, found: frozenset[str]) -> float:
    """Weighted share of the profile's units present in a set of concepts."""
    if part.total <= 0:
        return 0.0
    return sum(unit.weight * _unit_match(unit, found) for unit in part.units) / part.total


def _unit_match(unit: Unit, found: frozenset[str]) -> float:
    if unit.key in found or (unit.parts and unit.parts <= found):
        return 1.0
    return RELATED_CREDIT if unit.related and not unit.related.isdisjoint(found) else 0.0


def _matched_units(part: Profile, found: frozenset[str]) -> int:
    return sum(1 for unit in part.units if _unit_match(unit, found) == 1.0)


def _best_sentence(part: Profile, answer: TextConcepts) -> tuple[float, tuple[int, int] | None]:
    """The best-matching sentence, or pair of adjacent sentences (discounted), and whether it
    matches enough to count as covering the point."""
    best, where, found_best = 0.0, None, frozenset[str]()
    sentences = answer.per_segment
    for start in range(len(sentences)):
        for end in (start, start + 1):
            if end >= len(sentences):
                break
            found = sentences[start] if end == start else sentences[start] | sentences[end]
            share = match(part, found) * (1.0 if end == start else PAIR_DISCOUNT)
            if share > best:
                best, where, found_best = share, (start, end), found
    if where is None:
        return 0.0, None
    enough = best >= COVERED_AT or (
        best >= COVERED_AT_WITH_THREE and _matched_units(part, found_best) >= 3
    )
    return best, where if enough else None


def measure(profile_: QuestionProfile, answer: TextConcepts) -> Coverage:
    matches: list[PointMatch] = []
    soft = bag = 0.0
    for point, part in profile_.points:
        best, where = _best_sentence(part, answer)
        evidence = None
        if where is not None:
            first, last = answer.segments[where[0]], answer.segments[where[1]]
            evidence = answer.text[first.start : last.end]
        matches.append(PointMatch(point, round(best, 3), evidence))
        soft += min(1.0, best / COVERED_AT)
        bag += match(part, answer.everything)
    count = max(1, len(profile_.points))
    model = match(profile_.model, answer.everything) if profile_.model else None
    return Coverage(
        points=tuple(matches),
        point_score=soft / count if profile_.points else 0.0,
        point_bag=bag / count if profile_.points else 0.0,
        question_terms=match(profile_.question, answer.everything),
        model_overlap=model,
        on_topic=_on_topic_share(profile_.vocabulary, answer.everything),
    )


def _on_topic_share(vocabulary: frozenset[str], found: frozenset[str]) -> float:
    total = known = 0.0
    for key in sorted(found):  # a fixed order keeps the float sum identical across processes
        if key.startswith("@"):
            continue
        amount = weight(key)
        total += amount
        if key in vocabulary:
            known += amount
    return known / total if total else 0.0
