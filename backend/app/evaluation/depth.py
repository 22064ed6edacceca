"""Depth: how specific an answer is. Numbers and metrics, named tools beyond the ones the
question already names, concrete examples, trade-offs and causal reasoning, less vague filler.

Counts saturate (a fifth number adds nothing), and the total is scaled by how densely the
specifics are packed, so padding a good answer with generalities lowers its depth.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.evaluation.text import concept, cues, tokens, weight, word_set
from app.skills.taxonomy import get_taxonomy

_NUMBER = re.compile(r"(?<![\w.])[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?%|k\b|x\b)?")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:['\u2019][a-z]+)?")
_MIXED = re.compile(r".[A-Z0-9]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\W*|\n\W*|['\"\u2018\u201c])$")
_NOT_NAMES = word_set(
    "i i'd i'm i've i'll ok okay monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "english q1 q2 q3 q4"
)
# snake_case, camelCase, call(), --flag, /path
_CODE = re.compile(
    r"(?<![\w/-])(?:[a-z]+[A-Z]|[A-Za-z]\w*_|--?[a-z]|/[a-z]|\w+\(\))[\w./-]*(?:\(\))?"
)
_QUOTE = re.compile(r"(?:^|[\s(])['\u2018\u201c\"]\w[^'\u2019\u201d\"]{8,}[.?!,]?['\u2019\u201d\"]")

# The families below are matched against the lower-cased answer (see `cues`).
_NUMBER_WORD = cues(
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty",
    r"fifty|hundred|thousand|million|billion|half|double|twice|triple",
)
_EXAMPLE = cues(
    r"for example",
    r"for instance",
    r"e\.g\.",
    r"such as",
    r"in one case",
    r"one time",
    r"last (?:year|month|week|quarter|spring|summer|fall|autumn|winter|time)",
    r"at my (?:last|previous|current|first) (?:job|company|role|team|school|hospital)",
    r"(?:we|i) (?:used|built|added|switched|moved|wrote|ran|set up|replaced|cut|reduced)",
    r"in my \w+(?:-\w+)? (?:\w+ )?(?:class|team|unit)",
)
_TRADE_OFF = cues(
    r"however",
    r"the downside",
    r"downside",
    r"trade-?offs?",
    r"instead of",
    r"rather than",
    r"on the other hand",
    r"at the (?:cost|expense) of",
    r"the catch",
    r"the risk is",
    r"whereas",
    r"versus",
    r"vs\.?",
    r"otherwise",
    r"is (?:cheaper|faster|simpler) but",
    r"but (?:browsers|it|that|this|the) (?:costs?|caches?|means)",
)
_CAUSAL = cues(
    r"because",
    r"so that",
    r"since",
    r"which means",
    r"therefore",
    r"as a result",
    r"that's why",
    r"which is why",
    r"due to",
    r"thanks to",
    r"leads? to",
    r"caus(?:ed|es)",
    r"in order to",
    r"so (?:i|we|the|it|a|nobody|they)",
    r"(?<=, )so",
    r"(?:usually|would|that) means?",
    r"(?:which|that|this) tells (?:me|us)",
)
# First-person concrete actions, done ("I called") or planned ("I'd escalate"), not intentions
# ("I try to", "I'd do my best").
_ACTION = cues(
    r"(?:i|we|i'd|we'd|i would|we would|i'll)\s+(?:also\s+|then\s+|first\s+|immediately\s+)?"
    r"(?!tried|wanted|needed|liked|hoped|used to|try|want|need|like|hope|be|do|make|think|"
    r"just|probably|definitely|really|always|guess|feel|believe|have|had|say|said)"
    r"(?:[a-z]+ed|asked|ask|built|wrote|write|set|called|call|met|took|take|made|ran|run|gave|"
    r"give|sent|send|spent|brought|found|told|tell|led|put|drew|held|hold|started|start|pulled|"
    r"pull|showed|show|moved|move|check|explain|offer|escalate|document|notify|inform|review|"
    r"reproduce|compare|trace|quantify|recommend|propose|split|switch|add|book|look|go back|"
    r"kept|keep|spoke|sat|went|got|chose|picked|began|cut|learned|learnt|let|lead|manage|train|"
    r"teach|coach|mentor|design|develop|support|handle|care for)"
)
_VAGUE = cues(
    r"a lot of",
    r"lots of",
    r"things",
    r"stuff",
    r"different (?:things|ways|strategies|approaches)",
    r"it (?:really )?depends",
    r"in general",
    r"overall",
    r"pretty (?:much|good|flexible)",
    r"best practices",
    r"whatever",
    r"and so on",
    r"all the time",
    r"(?:really|very|super|so) important",
    r"make sure",
    r"(?:do|try) my best",
    r"whatever it takes",
    r"at the end of the day",
    r"every \w+ is different",
    r"the right (?:people|approach|support|things|way)",
    r"some kind of",
    r"in (?:a|some) way",
)

NUMBERS_FULL, NAMED_FULL, EXAMPLES_FULL, ACTIONS_FULL = 4, 4, 2, 4
TERMS_FULL = 20
"""Distinct subject words beyond the question's own: what the answer adds to what was asked."""
TRADE_OFFS_FULL, CAUSAL_FULL = 2, 3
"""How many of each signal earn its full share of the depth score."""
DENSITY_FULL = 5.0
"""Specific signals per 100 words at which no density discount applies."""


@dataclass(frozen=True)
class Depth:
    score: int
    numbers: float
    named: int
    examples: int
    actions: int
    trade_offs: int
    causal: int
    vague: int
    density: float
    terms: int = 0


def measure_depth(
    answer: str,
    word_count: int,
    question: str,
    skills: Sequence[tuple[str, str]],
    *,
    asks_for_reasoning: bool = True,
) -> Depth:
    """`skills` are the answer's (canonical name, text as written) skill mentions.

    Without `asks_for_reasoning` (an introduction, questions for the interviewer) an answer is
    specific through its facts: numbers, names, what they do and did, what they ask about;
    trade-offs and causal reasoning are not asked of it."""
    lowered = answer.lower()
    numbers = len(_NUMBER.findall(answer)) + 0.5 * len(_NUMBER_WORD.findall(lowered))
    named = len(_named(answer, question, skills))
    examples = len(_EXAMPLE.findall(lowered)) + len(_QUOTE.findall(answer))
    actions = len(_ACTION.findall(lowered))
    trade_offs = len(_TRADE_OFF.findall(lowered))
    causal = len(_CAUSAL.findall(lowered))
    vague = len(_VAGUE.findall(lowered))
    terms = len(_new_terms(answer, question))
    parts = [
        (20, min(numbers, NUMBERS_FULL) / NUMBERS_FULL),
        (15, min(named, NAMED_FULL) / NAMED_FULL),
        (15, min(examples, EXAMPLES_FULL) / EXAMPLES_FULL),
        (15, min(actions, ACTIONS_FULL) / ACTIONS_FULL),
        (25, min(terms, TERMS_FULL) / TERMS_FULL),
    ]
    signals = numbers + named + examples + actions / 2
    if asks_for_reasoning:
        parts += [
            (15, min(trade_offs, TRADE_OFFS_FULL) / TRADE_OFFS_FULL),
            (20, min(causal, CAUSAL_FULL) / CAUSAL_FULL),
        ]
        signals += trade_offs + causal
    raw = 100 * sum(weight * share for weight, share in parts) / sum(w for w, _ in parts)
    density = 100 * signals / word_count if word_count else 0.0
    scaled = raw * max(0.5, min(1.0, density / DENSITY_FULL)) - min(25, 4 * vague)
    return Depth(
        score=round(max(0.0, min(100.0, scaled))),
        numbers=numbers,
        named=named,
        examples=examples,
        actions=actions,
        trade_offs=trade_offs,
        causal=causal,
        vague=vague,
        density=round(density, 2),
        terms=terms,
    )


def _new_terms(answer: str, question: str) -> set[str]:
    """Content concepts of the answer that the question did not use, generic words aside: a
    restatement of the question adds none, an explanation adds many."""
    asked = {key for token in tokens(question) if (key := concept(token.text))}
    found = {key for token in tokens(answer) if (key := concept(token.text))}
    return {key for key in found - asked if weight(key) >= 1.0 and len(key) > 2}


def _named(answer: str, question: str, skills: Sequence[tuple[str, str]]) -> set[str]:
    """Distinct named tools, products, acronyms and code the question did not already name."""
    asked = question.lower()
    taxonomy = get_taxonomy()
    names = {
        written.lower()
        for name, written in skills
        if _looks_named(written) and taxonomy.category(name) != "soft"
    }
    for match in _CAPITALISED.finditer(answer):
        word = match.group()
        at_start = _SENTENCE_START.search(answer, max(0, match.start() - 4), match.start())
        if not at_start or _MIXED.match(word):
            names.add(word.lower())
    names.update(match.lower() for match in _CODE.findall(answer))
    return {name for name in names if name not in asked and name not in _NOT_NAMES}


def _looks_named(text: str) -> bool:
    return text != text.lower() or not text.isalpha()
