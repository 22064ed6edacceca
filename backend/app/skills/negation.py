"""Skills named under a direct negation are ruled out, not asked for: "The job is not telephone
sales", "no experience with Excel needed", "you don't need Python", "neither Python nor SQL
is required", and after the skill, "SQL is not required", "Experience with Salesforce is not
necessary", "Java not needed", "Python (not essential)". "Not only Java but Kotlin",
"including but not limited to SQL", "not a single Kubernetes outage" and "SQL is a plus but
not required" (or "not required but a plus": a nice-to-have) still name theirs."""

import re

from app.skills.matcher import SkillMention

# The negation, then at most an article and one word qualifying the skill ("not telephone
# sales"), or what one has of it ("no prior experience with", "no need to know a"), right
# before the mention. "never" takes no free word: "never compromised patient safety" still
# claims the skill; "not a single Kubernetes outage" is about outages.
_NEGATED = re.compile(
    r"(?:\b(?:not|no)|n't)[ \t]+(?!(?:only|just|merely|limited|least|longer|matter|less|later"
    r"|doubt|one|problem|(?:a[ \t]+)?single)\b)(?:(?:a|an|the|any)[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:(?:prior|previous|formal)[ \t]+)?(?:(?:experience|knowledge|background|need|use)[ \t]+"
    r"(?:with|in|of|for|to[ \t]+(?:know|have|use|learn))[ \t]+(?:(?:a|an|any)[ \t]+)?)?$"
    r"|\bnever[ \t]+(?:(?:used|needed|required)[ \t]+)?$"
    r"|\bneither[ \t]+(?:[\w-]+[ \t]+)?$|\bneither\b[^.;:\n]{1,40}\bnor[ \t]+(?:[\w-]+[ \t]+)?$",
    re.I,
)
# "whether or not", "if not": the negation of something else.
_NOT_A_NEGATION = re.compile(r"\b(?:or|if)[ \t]+not[ \t]+\S*[ \t]*$", re.I)
_LOOK_BACK = 60

# After the mention, in the same clause: the skill said not to be needed ("SQL is not
# required", "Java not needed")...
_NEGATION_AFTER = re.compile(
    r"(?:\b(?:is|are)(?:[ \t]+not|n't)|\bnot)[ \t]+(?:(?:strictly|absolutely)[ \t]+)?"
    r"(?:required|necessary|needed|essential|mandatory|compulsory|expected"
    r"|a[ \t]+(?:requirement|must|prerequisite|pre-requisite))\b"
    r"|\b(?:is|are)[ \t]+no[ \t]+(?:requirement|must|prerequisite|pre-requisite)\b",
    re.I,
)
# ...or in a parenthesis right after it: "Python (not required)", "SQL (not essential)".
_PARENTHESIS_AFTER = re.compile(r"[ \t]*\(([^()\n]{0,60})\)")
# ...with only other skills (capitalised) or what one has of them in between ("SQL, Python and
# Tableau experience is not required"): any other word ("SQL is a plus but not required",
# "SQL, a degree is not required") breaks the reading.
_IN_BETWEEN = frozenset(
    [
        "and", "or", "skill", "skills", "experience", "knowledge", "background", "familiarity",
        "expertise", "proficiency", "exposure", "certification", "certifications",
        "qualification", "qualifications",
    ]
)  # fmt: skip
# Separators between the skill and its negation: "SQL - not required", "Java: not needed".
_TOKEN = re.compile(r"[^\s,/&+:\-\u2013\u2014]+")
_CLAUSE_END = re.compile(r"[.;!?()\n]")
WELCOME = (
    r"plus|nice|helpful|advantage\w{0,5}|bonus|desirable|desired|preferred|preferable|welcome"
    r"|beneficial|benefit|great|ideal(?:ly)?|useful|valuable|asset"
)
"""Words that say a skill is welcome, not demanded (a regex alternation, also read by the
posting's nice-to-have markers, app/jobs/passages.py)."""
# What is not required but welcome is a nice-to-have: "not required but a plus".
_WELCOME_AFTER = re.compile(rf"\b(?:{WELCOME})\b", re.I)
_LOOK_AHEAD = 80


def is_negated(text: str, mention: SkillMention) -> bool:
    """Whether a negation of the same clause rules the mention out."""
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if _NEGATED.search(before) is not None and _NOT_A_NEGATION.search(before) is None:
        return True
    parenthesis = _PARENTHESIS_AFTER.match(text, mention.end)
    if parenthesis is not None and _negated_after(parenthesis[1]):
        return True
    return _negated_after(text[mention.end : mention.end + _LOOK_AHEAD])


def _negated_after(after: str) -> bool:
    """Whether the clause that follows a mention says it is not needed."""
    clause_end = _CLAUSE_END.search(after)
    clause = after[: clause_end.start()] if clause_end else after
    negation = _NEGATION_AFTER.search(clause)
    if negation is None or _WELCOME_AFTER.search(clause, negation.end()):
        return False
    between = _TOKEN.findall(clause[: negation.start()])
    return all(token[:1].isupper() or token.lower() in _IN_BETWEEN for token in between)
