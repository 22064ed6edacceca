"""Names a person gives after saying they know them ("Experienced on Test NG Framework", "Good
knowledge in Data Driven Framework", "Good experience of OOPS concepts"): in a sentence about
their own work, the capitalised words right after such a phrase name a skill, known or not."""

import re

from app.skills.finder import SkillFinder
from app.skills.listed import split_items

_EXPERTISE_LEAD = re.compile(
    r"\b(?:(?:knowledge|experience|expertise|exposure|understanding|proficiency|explore"
    r"|hands[- ]?on)\s+(?:of|in|on|with|about)|experienced\s+(?:in|on|with)"
    r"|(?:proficient|skilled|expert|familiar|worked)\s+(?:in|on|with))\s+",
    re.I,
)
_SENTENCE_END = re.compile(r"[.;:!?\n]\s|\s{2,}|[.;:!?]$")
# A word of a name: capitalised or styled ("Data", "NG", "TestNG", "phpMyAdmin"), not a word
# that starts a new sentence or clause in a text whose punctuation was lost.
_NAME_WORD = re.compile(
    r"(?!(?:Experience[d]?|Knowledge|Working|Worked|Good|Strong|Basic|Having|Have|Has|Hands"
    r"|Expertise|Proficient|Involved|Responsible|The|And|Or|With|In|On|Of|For|To|A|An|Using)\b)"
    r"(?![A-Z][a-z]{2,}(?<!Embedd)ed\b)"
    r"(?:[A-Z0-9][\w+#.-]*|[a-z]+[A-Z0-9][\w+#.-]*)$"
)
_AND = re.compile(r"\s+(?:and|&)\s+")
# A capital inside or a digit ("TestNG", "J2EE"), or all capitals ("OOPS"), not "IT".
_STYLED_AS_PRODUCT = re.compile(r"(?!IT$)(?:[A-Za-z][a-z]*[A-Z0-9][\w+#.-]*|[A-Z]{2,}[\w+#.-]*)")
# "Five Years", "2G 3G 4G": how long or which generation, not a name; "experience in IT
# Industry", "in Computer Science Department": where the person worked, not what they know.
_NOT_A_NAME = re.compile(
    r"\b(?:years?|yrs?|months?)\b|^[\d\s\w]{0,2}(?:\s+\d\w?)+$"
    r"|\b(?:industry|industries|sector|department|dept|division)$",
    re.I,
)
MAX_NAME_WORDS = 3
MAX_NAMES = 6


def named_after_expertise(text: str, finder: SkillFinder) -> list[str]:
    """The names after each phrase of expertise: the run of capitalised words up to the first
    word in lower case or the end of the clause, split at "and" and commas; a run naming no
    known skill is kept when it is a short name, as a list item would be."""
    names: list[str] = []
    for lead in _EXPERTISE_LEAD.finditer(text):
        rest = text[lead.end() :]
        end = _SENTENCE_END.search(rest)
        clause = rest[: end.start()] if end else rest
        run: list[str] = []
        for word in clause.split():
            if not (_NAME_WORD.match(word) or (run and word in ("and", "&"))):
                break
            run.append(word)
        while run and run[-1] in ("and", "&"):
            run.pop()
        found = [
            part
            for item in split_items(" ".join(run))
            for part in _AND.split(item)
            if _reads_as_name(part, finder)
        ]
        names += found[:MAX_NAMES]
    return names


def _reads_as_name(part: str, finder: SkillFinder) -> bool:
    """A skill we know, or a short name: one word styled as a product ("OOPS", "TestNG"), or two
    or three words ("Data Driven Framework"); a longer run is prose whose skills the finder
    names anyway, and one plain word ("Installation") says too little."""
    count = len(part.split())
    if _NOT_A_NAME.search(part):
        return False
    if finder.find(part):
        return count <= MAX_NAME_WORDS
    return (1 < count <= MAX_NAME_WORDS) or _STYLED_AS_PRODUCT.fullmatch(part) is not None
