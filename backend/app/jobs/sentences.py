"""Sentences of a posting's lines, and what an introduction's sentence does: state a duty ("You
will run FEA on powertrain parts") or a requirement ("The ideal candidate has 3+ years of
Revit"). Postings often say both in prose before, or instead of, their bulleted sections."""

import re
from typing import Literal

from app.jobs.words import word_set, words_of

SentenceRole = Literal["requirements", "responsibilities"]
CLASSIFIED_CHARS = 400
"""A sentence is read by how it opens (a wall of text without full stops is one "sentence")."""

# A full stop glued to the next sentence ("products.Opportunities exist") ends one too.
_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)(?:[.!?](?=\s|$|[A-Z][a-z])|;)")
# "You'll have 5 years of X" is a requirement though it opens like a duty.
_REQUIREMENT = re.compile(
    r"\b(?:you(?:'ll| will| would| should| must)? (?:have|need|bring|possess|hold)"
    r"|you (?:are|'re) (?:comfortable|familiar|experienced|proficient|fluent|skilled|able)"
    r"|you(?:'ll| will) be (?:comfortable|familiar|experienced|proficient|fluent|skilled|able)"
    r"|(?:the )?(?:ideal|successful|right|best|perfect|suitable) (?:candidate|applicant|person"
    r"|individual|hire)s? (?:will |should |must |would )?(?:has|have|be|is|are|possess|bring"
    r"|hold|should|must|needs?|demonstrate)|candidates? (?:must|should|will need)"
    r"|(?:we're|\b(?:is|are)) (?:looking for|seeking) (?:someone|a candidate"
    r"|an? [\w -]{1,60}? (?:with|who (?:has|have|is|can|knows)))|we (?:need|want|require)"
    r"|\b(?:role|position|job) (?:requires|calls for|demands)"
    r"|must (?:have|hold|be|possess)|(?:is|are) (?:required|essential|a must)"
    r"|requirements? (?:include|are)|(?:minimum|at least) (?:of )?\w{1,8}\+? (?:years?|yrs?))",
    re.I,
)
_DUTY = re.compile(
    r"^(?:(?:in this role|as (?:a|an|the|our) [\w -]{1,60}?),? )?(?:you(?:'ll| will| would)"
    r"(?: be)?|the (?:role|position|successful candidate|engineer|hire) (?:will|involves"
    r"|includes)|this (?:role|position) (?:will|involves|includes|is responsible)"
    r"|(?:your )?(?:responsibilities|duties) (?:include|will include|are)|your (?:day|work"
    r"|job|role) (?:will|includes|involves)|(?:your|their|the) (?:assignment|mission|tasks?)"
    r" (?:will|is|are|includes?|involves?)|(?:the|this) (?:individual|person|hire|incumbent"
    r"|post ?holder|job ?holder|engineer|developer|designer|analyst|manager|specialist|nurse"
    r"|technician) will)\b",
    re.I,
)

# Every match of _REQUIREMENT or _DUTY contains one of these words.
_ROLE_WORDS = word_set(
    "you candidate candidates applicant applicants ideal successful looking seeking we need"
    " want require must required essential requirements requirement minimum least role"
    " position job engineer hire responsibilities duties your individual person incumbent post"
    " postholder holder jobholder developer designer analyst manager specialist nurse technician"
    " right best perfect suitable assignment mission task tasks their"
)

PREFILTERS = ((_ROLE_WORDS, _REQUIREMENT), (_ROLE_WORDS, _DUTY))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a ";" ends one too."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_role(sentence: str) -> SentenceRole | None:
    """Whether a sentence states a requirement, a duty, or neither."""
    sentence = sentence[:CLASSIFIED_CHARS].strip().replace("\u2019", "'")
    if _ROLE_WORDS.isdisjoint(words_of(sentence)):
        return None  # no pattern can match: spare trying each at every character
    if _REQUIREMENT.search(sentence):
        return "requirements"
    if _DUTY.search(sentence):
        return "responsibilities"
    return None
