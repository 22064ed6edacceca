"""Tone of a behavioural answer: speaking of the team, and not of bad feelings.

Interview raters reward candidates who say "we" rather than only "I" (Naim et al. 2015, MIT
interviews: among the top lexical predictors of the ratings) and who keep negative-emotion words
and negations few (Berry et al. 1997: negations and emotion words are among the word categories
of an interviewee's speech that shape judges' impressions; on First Impressions dev, fewer
negations per word tracks the rating, rho 0.12 a clip and 0.32 a speaker). Two parts, each a
component of a behavioural score with its evidence:

  team focus   the share of first-person words that are "we", "us", "our": 30% or more counts
               in full; an answer only about "I" keeps TEAM_FLOOR, since a story about your
               own actions is still a good story
  outlook      few negative-emotion words and negations ("not", "never", "don't": VADER's
               lexicon and its negation list, app/data/affect_words.json) against positive
               words: saying what you did rather than what you didn't. One negation in every 50
               words is everyday speech and costs nothing; "without" and "despite" say what was
               overcome and do not count. The words a story needs
               to say what went wrong ("the release failed", "a conflict with QA") are its
               situation, not its mood, and do not count; nor do the question's own words ("a
               time you didn't agree").
"""

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.evaluation.text import Segment, stem, word_set, words

AFFECT_FILE = Path(__file__).resolve().parents[1] / "data" / "affect_words.json"
TEAM_WORDS = word_set("we us our ours ourselves we're we've we'd we'll")
SELF_WORDS = word_set("i me my mine myself i'm i've i'd i'll")
TEAM_FULL, TEAM_FLOOR = 0.3, 80
"""Share of "we" among first-person words that counts in full; the value for none at all."""
OUTLOOK_PRIOR = 2
"""Positive words assumed before counting: one negative word among none costs a third."""
NEGATIONS_FREE_PER = 50
"""Everyday speech says "not" or "never" now and then: one negation in every NEGATIONS_FREE_PER
words (begun) costs nothing; each one beyond counts as a negative word."""
# Words that name a problem, not a feeling: what a story's situation is made of.
_SITUATION_WORDS = word_set(
    """problem issue wrong miss missing conflict risk fraud bug error fail failure mistake delay
    block pressure difficult difficulty loss lost lose losing drop cut low lower worse stress
    stressful pain downside disagree disagreement avoid stop struggle unclear confuse confusion
    frustrate frustrated panic hurt leak spam alone crisis damage broke broken critic criticism
    complain complaint reject rejection weak weakness doubt worry concern threat urgent
    emergency injury sick ill fight tough hard challenge unfortunately negative no not"""
)
# Positive in the lexicon, but said as fillers or politeness in speech.
_SPEECH_WORDS = word_set("like kind yeah yes well sure pretty thank thanks please ok okay super")
# Negations in VADER's list that say what was overcome ("shipped without downtime").
_OVERCOME_WORDS = word_set("without despite")


@dataclass(frozen=True)
class Tone:
    team_focus: int
    outlook: int
    team_words: int
    self_words: int
    positive: tuple[str, ...]
    negative: tuple[str, ...]
    negations: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Affect:
    positive: frozenset[str]
    negative: frozenset[str]
    negations: frozenset[str]


@cache
def _affect() -> _Affect:
    data = json.loads(AFFECT_FILE.read_text(encoding="utf-8"))
    situation = {stem(word) for word in _SITUATION_WORDS}
    return _Affect(
        positive=frozenset(data["positive"]) - _SPEECH_WORDS,
        negative=frozenset(w for w in data["negative"] if stem(w) not in situation),
        negations=frozenset(data["negations"]) - _OVERCOME_WORDS,
    )


def measure_tone(answer: str, question: str) -> Tone:
    """`answer` without fillers and repeats (what was said); the question's words are exempt."""
    said = [word.lower().replace("\u2019", "'") for word in words(answer)]
    asked = {stem(word.lower()) for word in words(question)}
    affect = _affect()
    team = sum(word in TEAM_WORDS for word in said)
    self_ = sum(word in SELF_WORDS for word in said)
    positive = tuple(w for w in said if w in affect.positive and stem(w) not in asked)
    negative = tuple(w for w in said if w in affect.negative and stem(w) not in asked)
    negations = tuple(w for w in said if w in affect.negations and stem(w) not in asked)
    share = team / (team + self_) if team + self_ else 0.0
    free = math.ceil(len(said) / NEGATIONS_FREE_PER)
    against = len(negative) + max(0, len(negations) - free)
    outlook = (len(positive) + OUTLOOK_PRIOR) / (len(positive) + against + OUTLOOK_PRIOR)
    return Tone(
        team_focus=round(TEAM_FLOOR + (100 - TEAM_FLOOR) * min(1.0, share / TEAM_FULL)),
        outlook=round(100 * outlook),
        team_words=team,
        self_words=self_,
        positive=positive,
        negative=negative,
        negations=negations,
    )


def tone_signals(tone: Tone) -> dict[str, float | int | str]:
    return {
        "team_words": tone.team_words,
        "self_words": tone.self_words,
        "negative_words": ",".join(tone.negative[:10]),
        "positive_words": ",".join(tone.positive[:10]),
        "negations": ",".join(tone.negations[:10]),
    }


def tone_evidence(tone: Tone, parts: Sequence[Segment]) -> list[tuple[str, Segment]]:
    """The first sentence that speaks of the team, and each one with a negative word or a
    negation."""
    found: list[tuple[str, Segment]] = []
    negative = set(tone.negative) | set(tone.negations)
    for part in parts:
        said = {word.lower().replace("\u2019", "'") for word in words(part.text)}
        if not any(label == "team focus" for label, _ in found) and said & TEAM_WORDS:
            found.append(("team focus", part))
        if said & negative:
            found.append(("outlook", part))
    return found
