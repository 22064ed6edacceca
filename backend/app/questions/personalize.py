"""Tie questions to the candidate's own experience: a question on a skill that a resume
highlight clearly mentions opens with that highlight ("At Acme Payments you moved billing to
Kafka. ..."). Each highlight is used at most once, and only a highlight in which the taxonomy
finds the skill counts, so the link is always explainable."""

from collections.abc import Sequence
from dataclasses import dataclass

from app.questions.bank import PlannedQuestion
from app.resumes.parsed import ParsedResume
from app.skills.taxonomy import Taxonomy

# Longer highlights read as a wall of text in front of the question.
MAX_HIGHLIGHT_CHARS = 180
_IRREGULAR_PAST = frozenset(
    {
        "built", "led", "ran", "wrote", "drove", "made", "grew", "cut", "won", "taught",
        "brought", "set", "took", "began", "kept", "held", "sold", "spoke", "gave", "found",
        "chose", "rebuilt", "rewrote", "oversaw", "undertook", "met", "saw", "sped", "split",
        "spun",
    }
)  # fmt: skip
# Words ending in -ed that usually start a noun phrase, not an action.
_NOT_ACTIONS = frozenset(
    {
        "embedded", "distributed", "advanced", "detailed", "dedicated", "experienced", "skilled",
        "seasoned", "certified", "licensed", "registered", "red", "need", "speed", "seed",
        "feed", "hundred",
    }
)  # fmt: skip
_BULLETS = "-*\u2022\u25cf\u25aa\u2013\u2014 \t"


@dataclass(frozen=True)
class _Highlight:
    text: str
    company: str | None
    skills: frozenset[str]


def personalize(
    questions: Sequence[PlannedQuestion], resume: ParsedResume | None, taxonomy: Taxonomy
) -> list[PlannedQuestion]:
    """The questions, with a resume detail in front of each non-behavioral one whose skill a
    still unused highlight mentions."""
    highlights = _highlights(resume, taxonomy) if resume is not None else []
    used: set[str] = set()
    result = []
    for question in questions:
        highlight = None
        if question.category != "behavioral":
            highlight = _highlight_for(question, highlights, used, taxonomy)
        if highlight is None:
            result.append(question)
            continue
        used.add(highlight.text)
        prefix = resume_prefix(highlight.text, highlight.company)
        result.append(question.model_copy(update={"text": prefix + question.text}))
    return result


def resume_prefix(highlight: str, company: str | None) -> str:
    """'At Acme you moved billing to Kafka. ' for an action; a quotation otherwise."""
    clause = highlight.strip(_BULLETS).rstrip(".;,: ")
    words = clause.split(" ")
    if len(words) > 1 and words[0] == "I":
        words = words[1:]
    if _is_action(words[0]):
        action = " ".join([_lower_first(words[0]), *words[1:]])
        return f"At {company} you {action}. " if company else f"Your resume says you {action}. "
    where = f" at {company}" if company else ""
    return f'Your resume mentions "{clause}"{where}. '


def _highlights(resume: ParsedResume, taxonomy: Taxonomy) -> list[_Highlight]:
    found = []
    for job in resume.experience:
        for text in job.highlights:
            cleaned = text.strip(_BULLETS)
            if cleaned and len(cleaned) <= MAX_HIGHLIGHT_CHARS:
                skills = frozenset(taxonomy.extract(cleaned))
                found.append(_Highlight(cleaned, (job.company or "").strip() or None, skills))
    # The shortest mention of a skill is usually the most quotable one.
    return sorted(found, key=lambda highlight: len(highlight.text))


def _highlight_for(
    question: PlannedQuestion, highlights: list[_Highlight], used: set[str], taxonomy: Taxonomy
) -> _Highlight | None:
    for skill in question.skills:
        if taxonomy.category(skill) == "soft":
            continue
        for highlight in highlights:
            if highlight.text not in used and skill in highlight.skills:
                return highlight
    return None


def _is_action(word: str) -> bool:
    lowered = word.lower().strip(",;:")
    if lowered in _NOT_ACTIONS:
        return False
    return lowered in _IRREGULAR_PAST or (len(lowered) > 3 and lowered.endswith("ed"))


def _lower_first(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return word  # an acronym such as "AWS"
    return word[:1].lower() + word[1:]
