"""Whether an answer speaks of its question's subject in its own words.

Candidates answer the common interview questions without repeating them: "Anna wanted to ship
on Friday, Marco wanted two more weeks... they could not agree" answers "a time you handled a
conflict in your team"; "I'm kind of a perfectionist... I'm trying to work on that" answers
"what is your greatest weakness". Such answers share few of the question's or its rubric's
words (lexical relevance 0-22), and the built-in model places them no nearer their question
(cosine 0.20-0.40) than a concrete story about something else (0.17-0.44 in the labelled
pairs), so relevance called them off-topic and the gate cut the rest of their score.

For the common subjects (the question families of `rubrics.FAMILIES`) the ways people tell of
them are listed here, each a cue: an answer that uses SUBJECT_MIN different cues of its
question's subject, and is not unrelated to the question in meaning, is on the subject. The
cues were written from how such answers are told, and checked on the labelled pairs (dev): no
off-topic answer there uses two cues of its question's subject.
"""

import re
from collections.abc import Sequence

from app.evaluation.text import cues

SUBJECT_MIN, SUBJECT_RELEVANCE = 2, 60
"""Distinct cues from which an answer is about its subject, and the relevance it then has at
least: where the gate opens fully (local.GATE_FULL)."""

SUBJECT_CUES: dict[str, tuple[str, ...]] = {
    "conflict": (
        r"disagre\w*", r"conflict\w*", r"argu(?:e|ed|es|ing|ment|ments)", r"clash\w*",
        r"disputes?", r"tensions?", "friction", r"compromis\w*", r"agreed?", "agreement",
        r"(?:different|opposing|conflicting) (?:views?|opinions?|ideas?|approaches|priorities)",
        r"opinions?", "point of view", r"(?:both|each|either|other) sides?", r"pushed back",
        "at odds", "eye to eye", r"frustrat\w*", "upset", "heated", r"mediat\w*",
        "middle ground", "common ground", r"objected", r"wouldn't budge",
        r"wanted\b[^.?!]{1,150}\b(?:but|while|whereas|and) [^.?!]{1,80}\bwanted",
        r"(?:listened to|heard out|asked|met with|talked to|sat down with) (?:both|each)",
        r"talked (?:it|about it|things) (?:out|through)", "worked it out", "figured it out",
        r"(?:talked|spoke|met|sat down) (?:to|with) (?:him|her|them)",
        r"without (?:telling|asking|consulting)",
    ),
    "failure": (
        r"fail\w*", r"mistakes?", "went wrong", "(?:my|our) fault", "missed", "missing",
        r"underestimat\w*", r"overlook\w*", "forgot", "broke", "broken", r"apologi[sz]\w*",
        r"took (?:full )?(?:responsibility|ownership)", r"blam\w*", r"roll(?:ed)? back",
        "rollback", r"regret\w*", r"lessons?", r"setbacks?", "should have", "messed up",
        "backfired", r"(?:did(?:n't| not)|does(?:n't| not)) work", "too late", "lost",
    ),
    "leadership": (
        "i led", "took the lead", "took charge", r"(?:in charge|responsible) (?:of|for)",
        "stepped up", r"coordinat\w*", r"organi[sz]\w*", r"delegat\w*", r"mentor\w*", r"coach\w*",
        r"motivat\w*", r"captain", r"president", r"head of",
        r"(?:split|divided) (?:up )?(?:the )?(?:work|tasks|people|team|group)", r"assigned",
        r"stand-?ups?",
        r"(?:pulled|brought|got) (?:\w+ )?together", r"kick-?off", r"volunteer\w*",
        "my reports", "morale", r"paired with", r"rallied", r"onboard\w*",
        r"(?:set|agreed on|made) (?:a |the |our )?(?:goals?|plan|direction|priorities|schedule)",
    ),
    "strengths_weaknesses": (
        r"weakness\w*", r"strengths?", r"struggl\w*", "hard time", r"work(?:ing)? on (?:that|it)",
        "working on", r"tend to", "tendency", r"habits?", "feedback", r"perfectionis\w*",
        r"procrastinat\w*", r"impatien\w*", r"say(?:ing)? no", r"overcommit\w*",
        "good (?:at|with)", "better at", r"detail[- ]oriented",
        r"(?:i'm|i am|i've been) (?:trying|working|learning) to", r"hard[- ]work\w*",
        "quick learner", "public speaking",
        r"too (?:much|long|many|critical|detailed|hard on)",
    ),
    "motivation": (
        r"interested in", r"excit\w*", r"passion\w*", r"admire\w*", r"inspir\w*",
        r"your (?:company|team|mission|products?|work|culture|values|clients|customers)",
        r"(?:this|the) (?:role|position|job|opportunity)", r"opportunit\w*", r"mission",
        "good fit", "great fit", r"(?:learn|grow) a lot", r"been following",
        r"(?:like|love) (?:that|how|the way) (?:you|your)", r"(?:my|long-term|career) goals?",
    ),
    "why_hire": (
        r"my (?:skills|experience|background|track record)", r"bring", "good fit", "great fit",
        r"contribut\w*", r"track record", r"proven", r"hard[- ]work\w*", "quick learner",
        r"(?:this|the) (?:role|position|job)", r"add value", r"(?:my|i have) (?:\w+ )?years",
        r"(?:i can|i will|i would) (?:help|deliver|hit|start)",
    ),
    "challenge": (
        r"problems?", r"issues?", "wrong", r"(?:couldn't|could not|can't|wasn't able|weren't able)",
        r"stuck", r"struggl\w*", r"fail\w*", r"deadlines?", "behind schedule", r"difficult\w*",
        r"figured (?:it |out)", r"solv\w*", r"fix\w*", "decided to", "ended up", "in the end",
        r"overc[oa]me", r"work(?:ed)? around", r"workaround", "managed to",
        r"stopped (?:responding|working|showing up)", r"didn't show up",
    ),
}  # fmt: skip
"""Cue phrases (regular expressions over lower-cased text) by family name, and "challenge"
for a question about a challenge (CHALLENGE), which no family names."""
CHALLENGE = re.compile(
    r"\bchalleng\w*|\bobstacles?\b|\bovercome\b|\bdifficult (?:situation|problem|project)|"
    r"\bproblem you (?:solved|faced)|\bhard(?:est)? (?:problem|situation)",
    re.I,
)
_PATTERNS = {
    family: tuple(cues(cue) for cue in phrases) for family, phrases in SUBJECT_CUES.items()
}


def subject_of(question: str, family: str | None) -> str | None:
    """The subject whose cues an answer to the question is read for, if any."""
    if family in SUBJECT_CUES:
        return family
    return "challenge" if CHALLENGE.search(question) else None


def speaks_of_subject(subject: str | None, text: str) -> bool:
    """Whether the answer tells of the subject in SUBJECT_MIN different ways ("could not
    agree", "pushed back"), whatever words the question used."""
    lowered = text.lower()
    patterns: tuple[re.Pattern[str], ...] = _PATTERNS.get(subject or "", ())
    return sum(1 for pattern in patterns if pattern.search(lowered)) >= SUBJECT_MIN


def subject_sentence(subject: str | None, sentences: Sequence[str]) -> int | None:
    """The first sentence that tells of the subject, by index: the evidence that an answer
    which speaks of it (`speaks_of_subject`) does."""
    patterns: tuple[re.Pattern[str], ...] = _PATTERNS.get(subject or "", ())
    lowered = (sentence.lower() for sentence in sentences)
    return next(
        (
            index
            for index, sentence in enumerate(lowered)
            if any(pattern.search(sentence) for pattern in patterns)
        ),
        None,
    )
