"""Skills named in running text: the curated taxonomy with its ambiguity rules, plus every
technology of the open knowledge (O*NET product names and the everyday names built from
them: "SolidWorks", "Abaqus", "Apache Tomcat").

An open-data name that is one plain word must be written with a capital ("Epic", "Tableau"),
so "an epic effort" names nothing; everyday words the curated list knows keep its rules. One
that is an ordinary word of the open data's own prose ("Your", "Perform", "Profile", marked by
the knowledge build) names the product only beside other skills in a list.
"""

import re
import threading
from dataclasses import replace
from functools import lru_cache

from app.knowledge.keys import lookup_key
from app.knowledge.store import Knowledge, get_knowledge
from app.skills.ambiguity import EVERYDAY_WORD, AmbiguityRule
from app.skills.matcher import SkillMatcher, SkillMention, normalize_key
from app.skills.negation import is_negated
from app.skills.taxonomy import Taxonomy, get_taxonomy
from app.skills.teams import names_a_team

_TOOL_HINTS = (
    r"software|tools?|system|platform|suite|package|application|program|simulat\w*|model+ed"
    r"|modell?ing|designed|drafted|charted|documented|EHR|EMR|CAD|CAE|CFD|FEA|ERP|CRM|ATS"
)
_PLAIN_WORD_RULE = AmbiguityRule(needs_context=True, hints=_TOOL_HINTS, lead_in=False)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+ $")
# Product names that are also months or days ("August" smart locks) would date every job.
_CALENDAR_WORDS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    ]
)  # fmt: skip
_GENERIC_NOUN = re.compile(
    r"(?i:software|systems?|tools?|applications?|programs?|platforms?|packages?|suites?"
    r"|servers?|reporting|management)"
)
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# A kind of tool the open data lists as one ("Programming languages", "Software libraries"):
# asking for a kind asks for its members, named elsewhere.
_KIND_OF_TOOL = re.compile(
    r"(?:(?:computer|software|code|component|programming|scripting|markup|query)\s+)+"
    r"(?:languages?|librar(?:y|ies))",
    re.I,
)
# Two-letter names ("QC", "R2") are too often initials or codes to trust in prose.
MIN_OPEN_KEY_CHARS = 3


class SkillFinder:
    def __init__(self, taxonomy: Taxonomy, knowledge: Knowledge) -> None:
        self._taxonomy = taxonomy
        forms, plain, styled = _open_forms(taxonomy, knowledge)
        everyday = knowledge.skills.everyday
        rules = {key: EVERYDAY_WORD if key in everyday else _PLAIN_WORD_RULE for key in plain}
        # "ProFile" as styled is the product; "PROFILE" is a heading.
        rules.update(
            {
                key: AmbiguityRule(casings=(form,) if key in everyday else (form, form.upper()))
                for key, form in styled.items()
            }
        )
        self._open = SkillMatcher(forms, rules)
        # "Solidworks" or "PERFORM" spelled otherwise than the product: only beside other
        # skills or tool words ("Perform daily checks" names nothing), only beside other skills
        # when an everyday word ("Perform complex implementations").
        self._restyled = SkillMatcher(
            {key: forms[key] for key in styled},
            {key: EVERYDAY_WORD if key in everyday else _PLAIN_WORD_RULE for key in styled},
        )

    def find(self, text: str) -> list[SkillMention]:
        """Mentions in text order; where a curated and an open name overlap the longer wins
        ("Apache Tomcat" over "Tomcat"), the curated one on a tie. A negated mention ("not
        telephone sales") is left out, and so is a team named in prose ("with the sales
        team")."""
        curated = [m for m in self._taxonomy.find(text) if not _inside_product_name(text, m)]
        opened = [
            mention
            for mention in self._open.find(text, anchors=curated)
            if _well_written(mention)
            and not _after_prefix(text, mention)
            and not _generic_kind(mention)
            and not _starts_sentence(text, mention)
        ]
        seen = {(mention.start, mention.end) for mention in opened}
        opened += [
            m
            for m in self._restyled.find(text, anchors=curated + opened)
            if (m.start, m.end) not in seen
            and _well_written(m)  # "via", not "VIA"
            and not _starts_sentence(text, m)
        ]
        opened = [_as_written(mention) for mention in opened]
        kept = _longer_wins(curated, opened) if opened else curated
        return [
            mention
            for mention in kept
            if not is_negated(text, mention) and not names_a_team(text, mention)
        ]

    def names(self, text: str) -> list[str]:
        """Canonical names found, in order of first appearance, without repeats."""
        return list(dict.fromkeys(mention.name for mention in self.find(text)))


def _open_forms(
    taxonomy: Taxonomy, knowledge: Knowledge
) -> tuple[dict[str, str], set[str], dict[str, str]]:
    """Lookup form -> canonical name for the open technologies the curated list lacks, the
    forms that are one plainly capitalised word, and the one-word forms with a styling of
    their own (key -> spelling: "solidworks" -> "SolidWorks").

    A plain word ("Abaqus", but also "Helix", "Summit", "Boston") counts only beside another
    skill in a list or with a word about tools nearby; styled names ("SolidWorks", "ANSYS",
    "dBase") stand on their own."""
    forms: dict[str, str] = {}
    plain: set[str] = set()
    styled: dict[str, str] = {}
    skills = knowledge.skills
    for skill_id in range(len(skills)):
        skill = skills.skill(skill_id)
        if skill.kind != "technology":
            continue
        for form in skill.forms:
            key = normalize_key(form)
            if taxonomy.canonical(form) is not None or len(key.replace(" ", "")) < (
                MIN_OPEN_KEY_CHARS
            ):
                continue
            if key in forms or key in _CALENDAR_WORDS or is_kind_of_tool(form):
                continue
            forms[key] = skill.name
            if form.isalpha() and form[1:].islower():
                plain.add(key)
            elif form.isalpha():
                styled[key] = form
    return forms, plain, styled


def is_kind_of_tool(name: str) -> bool:
    """Whether a name is a kind of tool ("Programming languages"), not a skill of its own."""
    return _KIND_OF_TOOL.fullmatch(name.strip()) is not None


def _inside_product_name(text: str, mention: SkillMention) -> bool:
    """ "UI" in "SOAP UI" and "ML" in "Azure ML" end another name rather than name a skill."""
    if len(mention.text) > 2 or not mention.text.isupper():
        return False
    before = text[max(0, mention.start - 20) : mention.start]
    return _CAPITALISED_BEFORE.search(before) is not None


def _after_prefix(text: str, mention: SkillMention) -> bool:
    """ "functional testing" in "Non-functional testing" is the end of another practice."""
    return " " in mention.text and text[max(0, mention.start - 1) : mention.start] == "-"


def _generic_kind(mention: SkillMention) -> bool:
    """ "analytical Software", "client system": a kind of product the open data names, written
    in the words of a sentence, not a product."""
    words = mention.text.split()
    return (
        len(words) > 1
        and _GENERIC_NOUN.fullmatch(words[-1]) is not None
        and any(word[:1].islower() for word in words)
    )


def _starts_sentence(text: str, mention: SkillMention) -> bool:
    """ "Perform daily checks", "Leverage tools": a plain word opening a sentence and followed
    by words in lower case is the sentence's verb or subject, not a product."""
    if not (mention.text.isalpha() and mention.text[1:].islower()):
        return False
    before = text[max(0, mention.start - 2) : mention.start]
    opens = mention.start == 0 or before.endswith(("\n", "  ", ". ")) or before == " " * len(before)
    return opens and _LOWER_WORD_AFTER.match(text, mention.end) is not None


def _as_written(mention: SkillMention) -> SkillMention:
    """Open-data names carry their vendor ("Dassault Systemes Abaqus"): a mention is named as
    written ("Abaqus"), which still finds the same entry in the knowledge."""
    if lookup_key(mention.name) == lookup_key(mention.text):
        return mention
    return replace(mention, name=" ".join(mention.text.split()))


def _well_written(mention: SkillMention) -> bool:
    """A one-word name needs a capital or a digit ("Abaqus", "ANSYS", "dBase4", not "epic"),
    and letters: "2000" (an alias of a product "EZ 2000") is a year."""
    if not any(char.isalpha() for char in mention.text):
        return False
    if " " in mention.text or not mention.text.isalpha():
        return True
    return not mention.text.islower()


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _build() -> SkillFinder:
    return SkillFinder(get_taxonomy(), get_knowledge())


def get_skill_finder() -> SkillFinder:
    """Built once (about two seconds: ~17,000 names in one pattern); the lock keeps two
    threads from building it twice."""
    with _lock:
        return _build()


def _longer_wins(curated: list[SkillMention], opened: list[SkillMention]) -> list[SkillMention]:
    """Mentions in text order without overlaps: the longer wins, the curated one on a tie."""
    ranked = sorted(
        [(m, 0) for m in curated] + [(m, 1) for m in opened],
        key=lambda pair: (pair[0].start, -(pair[0].end - pair[0].start), pair[1]),
    )
    kept: list[SkillMention] = []
    for mention, _ in ranked:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
