"""Structure: STAR for behavioral and situational answers, a line of reasoning for technical ones.

Each component is a family of cue phrases looked for sentence by sentence; the score adds the
components found and rewards them appearing in their natural order.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.evaluation.text import Segment
from app.evaluation.text import cues as _cues

_FIRST_PERSON_DONE = (
    r"(?:I|we)\s+(?:also\s+|then\s+|first\s+|immediately\s+)?(?!was\b|were\b|am\b|think\b|guess\b|"
    r"believe\b|feel\b|hope\b|try\b|want\b|like\b|love\b|need\b|always\b|usually\b)"
    r"(?:[a-z]+ed|built|wrote|set|met|took|made|ran|gave|sent|spent|brought|found|told|led|put|"
    r"drew|held|kept|spoke|sat|went|got|chose|began|cut|split|did|rebuilt|shipped|paired)"
)
_FIRST_PERSON_PLAN = (
    r"(?:I'd|I would|I will|I'll|we'd|we would)\s+(?:also\s+|then\s+|first\s+|immediately\s+)?"
    r"(?!try\b|be\b|do my\b|make sure\b|probably\b|definitely\b|just\b|want\b|like\b|say\b|"
    r"think\b|need\b|have to\b|hope\b)[a-z]+"
)

STAR = {
    "situation": _cues(
        r"last (?:year|month|week|quarter|spring|summer|fall|autumn|winter|time)",
        r"(?:at|in) my (?:last|previous|current|first|second) \w+",
        r"(?:on|in) (?:a|one|our) \w+ (?:project|team|unit|class|deal|migration)",
        r"when (?:I|we|our|my|a|the)",
        r"two weeks before",
        r"one of my",
        r"a (?:customer|client|patient|student|parent|father|mother) (?:once|of ours|called|"
        r"emailed)",
        r"(?:there|it) was",
        r"we had",
        r"I was (?:a|an|the|on|working)",
        r"if (?:a|my|our|the|two|several|I|they|it)",
    ),
    "task": _cues(
        r"my (?:goal|task|job|role|aim|responsibility) was",
        r"I was (?:asked|responsible|tasked|"
        r"assigned)",
        r"(?:I|we) needed to",
        r"(?:I|we) had to",
        r"the goal (?:was|is)",
        r"I decided to",
        r"I wanted to",
        r"my (?:goal|task|priority) (?:would be|is)",
        r"the (?:first|main) (?:priority|thing) (?:is|would be)",
        r"what depends on",
    ),
    "action": _cues(_FIRST_PERSON_DONE, _FIRST_PERSON_PLAN),
    "result": _cues(
        r"as a result",
        r"in the end",
        r"ended up",
        r"by (?:the )?(?:end|next|week|month)",
        r"went from",
        r"dropped",
        r"fell",
        r"rose",
        r"(?:increased|decreased|reduced|improved|"
        r"doubled|halved|lifted|cut) (?:\w+ )?(?:by|from|to)",
        r"saved",
        r"signed",
        r"renewed",
        r"passed",
        r"(?:delivered|shipped|launched|went out|went ahead) (?:\w+ )?(?:on time|early|"
        r"days)",
        r"(?:finished|done|ready) (?:\w+ ){0,3}(?:early|ahead)",
        r"(?:days?|weeks?|months?) ahead of",
        r"(?:placed|came|finished|ranked) (?:first|second|third|top|\d+(?:st|nd|rd|th))",
        r"won",
        r"on time",
        r"the outcome",
        r"the result",
        r"was stable",
        r"was back",
        r"within (?:\w+ )?(?:weeks?|days?|months?|minutes?|an? hour)",
        r"since then",
        r"afterwards",
        r"follow(?:ed)? up",
    ),
    "learning": _cues(
        r"I learn(?:ed|t)",
        r"taught me",
        r"lesson",
        r"since then",
        r"now I",
        r"I now",
        r"next time",
        r"going forward",
        r"from then on",
        r"I reali[sz]ed",
        r"I've since",
        r"the lesson",
        r"I'd (?:do|handle) (?:it|that) differently",
    ),
}
STAR_WEIGHTS = {"situation": 20, "task": 15, "action": 30, "result": 25, "learning": 10}

# A technical answer opens by framing: a definition ("X is a ...") or, for a how-to or a
# design question, the first step or the requirements.
REASONING = {
    "framing": _cues(
        r"(?:is|are) (?:a|an|the|just|basically|essentially|simply)",
        r"means",
        r"refers to",
        r"stands for",
        r"is (?:used|when|how)",
        r"(?:is|are) (?:mutable|immutable|hashable)",
        r"first(?:,)? (?:I|we)",
        r"I(?:'d| would)? start (?:with|by|from)",
        r"I split",
        r"requirements?",
        r"the (?:first|main) (?:thing|step|question)",
        r"I rely on",
    ),
    "how_why": _cues(
        r"because",
        r"so that",
        r"works by",
        r"which (?:is why|means|gives|lets|makes)",
        r"that's why",
        r"under the hood",
        r"this means",
        r"since",
        r"by (?:\w+ing)",
        r"decides? when",
        r"shows? (?:up|the)",
        r"the reason",
        r"what makes",
        r"in order to",
        r"that way",
        r"so (?:new|the|we|I|it|you|a)",
    ),
    "example": _cues(
        r"for example",
        r"for instance",
        r"e\.g\.",
        r"in one case",
        r"last (?:year|month|week|"
        r"time|quarter)",
        r"(?:in|on) (?:our|my|a) \w+ (?:app|model|team|project|unit|class)",
        r"we (?:used|had|added|built|forgot|switched)",
        r"I (?:used|built|had|needed|added)",
        r"such as",
    ),
    "trade_off": _cues(
        r"however",
        r"the downside",
        r"trade-?offs?",
        r"instead of",
        r"rather than",
        r"on the other hand",
        r"at the (?:cost|expense) of",
        r"whereas",
        r"but (?:it|that|this|"
        r"the|they|browsers)",
        r"the (?:risk|catch|cost) is",
        r"hurts?",
        r"versus",
    ),
    "conclusion": _cues(
        r"in (?:short|summary|conclusion)",
        r"overall",
        r"so (?:I'd|I would|we|the|in practice)",
        r"that's why",
        r"which is why",
        r"in practice",
        r"(?:that|which) (?:got|cut|took|"
        r"dropped|closed|lifted)",
        r"the result",
        r"finally",
        r"ultimately",
        r"I'd (?:use|pick|"
        r"add|start|choose|go with|recommend)",
    ),
}
REASONING_WEIGHTS = {
    "framing": 20, "how_why": 25, "example": 20, "trade_off": 20, "conclusion": 15,
}  # fmt: skip
# An introduction: where they are now, how they got there, where they want to go.
NARRATIVE = {
    "present": _cues(
        r"(?:i'm|i am) (?:a|an|currently|now|working)",
        r"currently",
        r"right now",
        r"these days",
        r"my (?:current|name)",
        r"i work (?:as|at|in|on|for)",
        r"i've been",
        r"i have been",
    ),
    "past": _cues(
        r"before (?:that|this)",
        r"previously",
        r"i (?:started|studied|graduated|began|joined|spent|worked|moved|grew up)",
        r"(?:at|in) my (?:last|previous|first) \w+",
        r"my background",
        r"degree",
        r"university",
        r"college",
        r"years? (?:of|in|at|as)",
    ),
    "achievement": _cues(
        r"i (?:led|built|launched|shipped|delivered|grew|cut|reduced|increased|improved|won|"
        r"created|designed|managed)",
        r"proud",
        r"achievement",
        r"percent",
    ),
    "future": _cues(
        r"looking (?:for|to)",
        r"next step",
        r"(?:i|i'd) (?:want|would like|hope) to",
        r"excit(?:ed|es|ing)",
        r"this (?:role|position|job|opportunity|team|company)",
        r"that's why",
        r"which is why",
        r"why i applied",
    ),
}
NARRATIVE_WEIGHTS = {"present": 25, "past": 25, "achievement": 25, "future": 25}
# Questions for the interviewer: real questions, about the work, the team, growth, challenges.
QUESTIONS = {
    # A question mark ends no word, so this one is not a whole-word `_cues` family.
    "question": re.compile(
        r"\?|^(?:and |also |so |yes,? |first,? )?(?:what|how|who|when|where|why|which|is there"
        r"|are there|do you|does (?:the|your)|could you|can you|would you)\b"
        r"|\bi'd (?:like|love) to (?:know|hear|understand|ask)\b"
        r"|\bi (?:would like|want|wanted) to (?:know|ask)\b|\bi'm curious\b|\bi was wondering\b"
    ),
    "role": _cues(
        r"role",
        r"position",
        r"day[- ]to[- ]day",
        r"typical (?:day|week)",
        r"first (?:\d+|few|three|six|ninety) (?:days|weeks|months)",
        r"responsibilit",
        r"success",
        r"expect",
    ),
    "team": _cues(
        r"team",
        r"manager",
        r"colleague",
        r"culture",
        r"work together",
        r"collaborat",
        r"engineers",
    ),
    "growth": _cues(r"grow", r"learn", r"training", r"career", r"develop", r"mentor", r"promot"),
    "challenge": _cues(r"challeng", r"difficult", r"hardest", r"biggest", r"problem"),
}
QUESTIONS_WEIGHTS = {"question": 40, "role": 15, "team": 15, "growth": 15, "challenge": 15}
# A story usually opens by setting the scene in the past tense ("A patient on my unit was...").
_SCENE = _cues(r"was", r"were", r"had", r"\w+ed")
_SEQUENCE = _cues(r"first(?:ly)?", r"then", r"next", r"after that", r"finally", r"second(?:ly)?",
                  r"afterwards", r"meanwhile", r"once", r"step")  # fmt: skip
ORDER_BONUS = 10


@dataclass(frozen=True)
class Structure:
    score: int
    framework: str
    components: tuple[str, ...]
    missing: tuple[str, ...]
    in_order: bool
    sequence_cues: int
    where: tuple[tuple[str, int], ...] = ()
    """(component, index of the first sentence showing it): the evidence."""


_FRAMEWORKS = {
    "reasoning": (REASONING, REASONING_WEIGHTS),
    "STAR": (STAR, STAR_WEIGHTS),
    "narrative": (NARRATIVE, NARRATIVE_WEIGHTS),
    "questions": (QUESTIONS, QUESTIONS_WEIGHTS),
}


def sentences_showing(framework: str, component: str, sentences: Sequence[str]) -> list[int]:
    """The indexes of every sentence that shows the component (Structure.where has the first)."""
    pattern = _FRAMEWORKS[framework][0].get(component)
    if pattern is None:
        return []
    return [index for index, text in enumerate(sentences) if pattern.search(text.lower())]


def framework_for(category: str, framework: str | None = None) -> str:
    if framework:
        return framework
    return "reasoning" if category == "technical" else "STAR"


def measure_structure(
    category: str, parts: list[Segment] | tuple[Segment, ...], framework: str | None = None
) -> Structure:
    framework = framework_for(category, framework)
    cues, weights = _FRAMEWORKS[framework]
    order = {"reasoning": _REASON_ORDER, "STAR": _STAR_ORDER, "questions": ()}.get(
        framework, _NARRATIVE_ORDER
    )
    first_seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    if framework == "STAR" and parts and _SCENE.search(parts[0].text.lower()):
        first_seen["situation"], counts["situation"] = 0, 1
    sequence = 0
    for index, segment in enumerate(parts):
        lowered = segment.text.lower()
        for name, pattern in cues.items():
            if pattern.search(lowered):
                first_seen.setdefault(name, index)
                counts[name] = counts.get(name, 0) + 1
        sequence += len(_SEQUENCE.findall(lowered))
    score = sum(weights[name] * _strength(name, counts.get(name, 0)) for name in weights)
    in_order = _in_order(first_seen, order)
    if in_order and len(first_seen) >= 3:
        score += ORDER_BONUS
    if sequence >= 2:
        score += ORDER_BONUS / 2
    found = tuple(name for name in weights if name in first_seen)
    return Structure(
        score=round(min(100.0, score)),
        framework=framework,
        components=found,
        missing=tuple(name for name in weights if name not in first_seen),
        in_order=in_order,
        sequence_cues=sequence,
        where=tuple((name, first_seen[name]) for name in found),
    )


_STAR_ORDER = ("situation", "action", "result")
_REASON_ORDER = ("framing", "example", "conclusion")
_NARRATIVE_ORDER = ("present", "past", "future")


def _strength(name: str, count: int) -> float:
    """Actions need several sentences to be a real account; one cue is enough for the rest."""
    if count == 0:
        return 0.0
    if name == "action":
        return min(1.0, count / 3)
    if name == "question":
        return min(1.0, count / 2)
    return 1.0


def _in_order(first_seen: dict[str, int], order: tuple[str, ...]) -> bool:
    positions = [first_seen[name] for name in order if name in first_seen]
    return len(positions) >= 2 and positions == sorted(positions)
