"""Skills a person lists ("Languages: Java, C++ (3 years), AUTO CAD, Tally ERP"): every item is
kept, as the known skill when the knowledge names it and as written when it does not, because
a list item is a skill by where it stands, whether or not we have heard of it."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.knowledge.keys import lookup_key, words
from app.knowledge.skills import Skill as KnownSkill
from app.knowledge.store import get_knowledge
from app.skills.finder import SkillFinder, is_kind_of_tool
from app.skills.matcher import SkillMention

_ITEM_SEPARATORS = re.compile(
    r"\s*(?:[,;|\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u2023\u2043]|\s/\s)\s*"
)
_LABEL = re.compile(r"^([A-Za-z][^:|\t]{0,40}?)\s*(?::|\||\t)\s*(?=\S)")
_GROUPS = re.compile(r"\s+[*\u2022]\s+")
_PARENTHETICAL = re.compile(r"\s*\(([^()]*)\)")
_QUALIFIER = re.compile(
    r"^(?:(?:a\s+)?(?:basic|good|strong|working|sound|solid|in[- ]depth|excellent|advanced|wide"
    r"|broad|deep|thorough|extensive|fair)"
    r"\s+)?(?:knowledge|understanding|experience|expertise|exposure|hands[- ]on(?: experience)?"
    r"|proficiency|familiarity|skills?)\s+(?:of|in|on|with)\s+"
    r"|^(?:proficient|skilled|experienced|expert|familiar|comfortable|fluent)\s+(?:in|with|at)\s+"
    r"|^(?:knowledge|working knowledge|familiarity)\s+"
    r"|^(?:currently\s+)?pursuing\s+",  # "Pursuing MCSE": the certification being studied for
    re.I,
)
_TRAILING_NOISE = re.compile(
    r"(?:\s*(?:,|\band\b)?\s*(?:etc\.?|and (?:more|others)|\.\.\.))+$|[.\s]+$", re.I
)
_LEADING_JOINER = re.compile(r"^(?:and|or|&)\s+", re.I)
_TRAILING_JOINER = re.compile(r"\s+(?:and|or|&)$", re.I)
# A piece of a sentence cut out by a lost separator ("to team Good in", "with strong"), not a name.
_FRAGMENT = re.compile(
    r"^(?:to|with|from|in|of|for|on|at|by|the|a|an|such as|like|including)\s"
    r"|\s(?:to|with|from|in|of|for|on|at|by|the|a|an)$"
)
# The next heading run on in capitals ("MSOffice AREA OF INTEREST", "Adaptive PREVIOUS WORKS").
_CAPITALS_WORD = r"(?:[A-Z]{4,}|OF|AND|IN|&)"
_HEADING_RUN_ON = re.compile(
    rf"(?<=[a-z0-9])(?=(?:\s+{_CAPITALS_WORD})*\s+[A-Z]{{7}})(?:\s+{_CAPITALS_WORD}){{2,}}$"
)
# Levels, dates and headings that sit in skill lists without being skills.
_NOT_A_SKILL = re.compile(
    r"(?:etc|others?|and more|less than \d+ (?:years?|months?)|basic|intermediate|advanced"
    r"|expert|beginner|fluent|native|none"
    r"|additional information|skills?|technical skills|(?:jan(?:uary)?|feb(?:ruary)?"
    r"|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{2,4})?|\d+(?:\s*(?:years?|yrs?|months?))?"
    r"|city\s*,\s*state|company name)",
    re.I,
)
# "Azure (3 years)" with its parentheses lost, as some exports write it ("Azure 3 years", "CCNA
# Less than 1 year"); what follows the duration is the next heading run on ("ArgoCD 1 year
# Projects").
_DURATION = re.compile(
    r"(?<=\w)(?<!\bthan)\s+\(?(?:(?:less|more) than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\)?"
    r"(?:\s+[A-Z][a-z]+)?$",
    re.I,
)
# "Oracle 11g", "Python 3.10", "Windows XP" is not a version but a name of its own.
_VERSION = re.compile(r"\s+v?\d[\w.]*$")
# "IT Skills", "Programming Languages", "Skill Set", "Profile Summary": the label of a list whose
# colon was lost, or the next heading, not a skill.
_HEADING_LIKE = re.compile(
    r"\b(?:skills|languages|tools|technologies|competencies|expertise|frameworks|platforms"
    r"|skill ?sets?|summar(?:y|ys|ies))$",
    re.I,
)
# "Database MySQL SQL", "Operating system Windows Ubuntu": a list's label run on into its items
# where the export dropped the colon and the commas.
_LABEL_NOUN = (
    r"(?:languages?|databases?|systems?|os|tools?|frameworks?|scripting|programming"
    r"|technologies|others|ides?|servers?|platforms?|packages?|software)"
)
_LABEL_PHRASE = rf"(?:[A-Za-z]+\s+){{0,2}}{_LABEL_NOUN}"
# A group's label between two skills of a flattened list ("Developer Tools", "Frameworks").
_GAP_LABEL = re.compile(_LABEL_PHRASE, re.I)
_RUN_ON_LABEL = re.compile(rf"^{_LABEL_PHRASE}\s+(?=\S)", re.I)
# Two labels run together where an export lost the slash between them ("ToolsUtilities",
# "Application ToolsFramework"): a list's label, not a name.
_GLUED_LABELS = re.compile(
    r"(?:\w+\s+)?(?:Tools?|Utilities|Frameworks?|Technologies|Languages|Platforms|Databases)"
    r"(?:Tools?|Utilities|Frameworks?|Technologies|Languages|Platforms|Databases|IDEs?)"
)
# A label the knowledge also names as a skill ("Programming Languages", "Operating Systems").
_LABEL_ONLY = re.compile(rf"(?:(?:programming|scripting|operating)\s+)?{_LABEL_NOUN}", re.I)
MAX_ITEM_WORDS = 4
MIN_RUN_WORDS = 3
MAX_GAP_WORDS = 3
# A word of a name: capitalised or styled ("Networking", "AZ500", "phpMyAdmin"), not a word
# that starts a sentence about work.
_GAP_NAME = re.compile(
    r"(?!(?:Responsible|Experience[d]?|Knowledge|Working|Worked|Good|Strong|Basic|Familiar"
    r"|Proficient|Expertise|Ability|Able|Have|Has|Hands|The|And|Or|With|In|On|Of|For|To)\b)"
    r"(?![A-Z][a-z]{2,}(?<!Embedd)ed\b)"  # "Designed", "Developed": a sentence, not a name
    r"(?:[A-Z0-9][\w+#.-]*|[a-z]+[A-Z0-9][\w+#.-]*)"
)
MAX_ITEM_CHARS = 40
_ACRONYM = re.compile(r"(?!(?:IT|AND|OR|OF|IN|ON|TO|FOR|THE)\b)[A-Z][A-Z0-9]{1,5}")
_DURATION_WORDS = re.compile(r"\b(?:years?|yrs?|months?)\b", re.I)
_JOINER_WORD = re.compile(r"\s+(?:and|or|&)\s+", re.I)
# Two or more acronyms side by side, kept as a run of their own ("SDLC STLC" in "SDLC STLC Bug
# Life Cycle"); a single one stays with the words it leads ("GPON Master").
_ACRONYM_RUN = re.compile(rf"((?<!\S){_ACRONYM.pattern}(?:\s+{_ACRONYM.pattern})+(?!\S))")
# Words a list item may have besides the skills it names ("Java and SQL", "HTML & CSS").
_JOINERS = re.compile(r"^[\s,&+/()-]*(?:(?:and|or|&)[\s,&+/()-]*)*$", re.I)


@dataclass(frozen=True)
class ListedSkill:
    name: str
    """The knowledge's canonical name, or the item as written when the knowledge lacks it."""
    shown: str
    """As the person wrote it: the canonical name if they wrote that, else their spelling."""
    known: bool


def split_items(line: str) -> list[str]:
    """The items of a list line, its label ("Tools:") and qualifiers removed; a parenthesis of
    several items ("Cloud (AWS, GCP)") gives those items. Groups set apart by spaced asterisks
    or bullets ("Languages: Python, SQL * Tools: Git", "... • Tools: Git", as exports flatten
    bullets) are read one by one."""
    groups = _GROUPS.split(line)
    if len(groups) > 1:
        return [item for group in groups for item in split_items(group)]
    label = _LABEL.match(line)
    if label and "//" not in line[: label.end() + 2]:
        line = line[label.end() :]
    items: list[str] = []

    def inner(match: re.Match[str]) -> str:
        if _ITEM_SEPARATORS.search(match[1]):
            items.extend(_ITEM_SEPARATORS.split(match[1]))
        return " "

    line = _PARENTHETICAL.sub(inner, line)
    items[:0] = _ITEM_SEPARATORS.split(line)
    return [cleaned for item in items if (cleaned := _clean_item(item))]


def _clean_item(item: str) -> str:
    item = _QUALIFIER.sub("", _LEADING_JOINER.sub("", item.strip(" \t-*:."))).strip()
    item = _TRAILING_NOISE.sub("", _DURATION.sub("", item)).strip(" \t-*:")
    item = _HEADING_RUN_ON.sub("", _TRAILING_JOINER.sub("", item)).strip()
    if (
        not any(char.isalpha() for char in item)
        or _NOT_A_SKILL.fullmatch(item)
        or _FRAGMENT.search(item)
    ):
        return ""
    return " ".join(item.split())


def resolve_item(
    item: str, finder: SkillFinder, mentions: list[SkillMention] | None = None
) -> list[ListedSkill]:
    """The skills one list item names; `mentions` are the finder's in the item when the caller
    has them already."""
    skills = get_knowledge().skills
    known = skills.get(item) or skills.get(_VERSION.sub("", item))
    if is_kind_of_tool(item) or (known is not None and is_kind_of_tool(known.name)):
        return []  # "programming languages" in a list is the list's label, not a skill
    if known is not None:
        return [_known_as_written(known, item)]
    if "/" in item and " " not in item.strip():
        parts = [part for part in item.split("/") if len(part) > 1]
        if len(parts) > 1:
            return [skill for part in parts for skill in resolve_item(part, finder)]
    if mentions is None:
        mentions = finder.find(item)
    short = len(item.split()) <= MAX_ITEM_WORDS and len(item) <= MAX_ITEM_CHARS
    label = _RUN_ON_LABEL.match(item)
    if label and all(
        m.start >= label.end() or (m.end < label.end() and _LABEL_ONLY.fullmatch(m.text))
        for m in mentions
    ):
        items = _run_on_items(item[label.end() :], finder)
        if items:
            return [skill for part in items for skill in resolve_item(part, finder)]
    gaps, every_gap_named = _named_gaps(item, mentions)
    if mentions and (
        not short
        or _covers(item, [(m.start, m.end) for m in mentions])
        or (len(mentions) > 1 and every_gap_named)
    ):
        return [
            ListedSkill(m.name, shown_name(m.name, (m.name,), m.text), True) for m in mentions
        ] + [_gap_skill(gap) for gap in gaps if _one_name(gap)]
    if short and _one_name(item):
        return [ListedSkill(item, item, False)]
    if not mentions and every_gap_named and len(gaps) > 1:
        # "Switching VLAN STP and VTP"
        return [_gap_skill(gap) for gap in gaps if _one_name(gap)]
    # "Sound Communication skills": the skill it names, not the heading it looks like.
    return [
        ListedSkill(m.name, shown_name(m.name, (m.name,), m.text), True)
        for m in mentions
        if not _LABEL_ONLY.fullmatch(m.text)
    ]


def _gap_skill(gap: str) -> ListedSkill:
    """A name between the known ones of a list, known too when written without its
    punctuation ("ASPNET" in "Web Designing ASPNET HTML"), else kept as written."""
    known = get_knowledge().skills.get(gap)
    return ListedSkill(gap, gap, False) if known is None else _known_as_written(known, gap)


def _known_as_written(known: KnownSkill, written: str) -> ListedSkill:
    return ListedSkill(known.name, shown_name(known.name, known.forms, written), True)


def _one_name(text: str) -> bool:
    """Not a heading or a list's label, nor two names run together: a word written twice
    ("Code Review Code cleanup", "GCP Services Compute Services") starts the second name
    before the first is done, and which words belong to which is anyone's guess ("C C", the
    "C, C++" of an export that dropped the pluses, is one name written twice)."""
    if _HEADING_LIKE.search(text) or _GLUED_LABELS.fullmatch(text):
        return False
    seen = [word.lower() for word in text.split()]
    return len(seen) < MIN_RUN_WORDS or len(set(seen)) == len(seen)


def _acronyms_only(text: str) -> list[str]:
    """ "DNS DHCP TCPIP NAT": acronyms side by side after a known one are as many names (an
    item of its own, "IBM MQ" or "OWASP ZAP", is often one name)."""
    names = text.split()
    if len(names) < 2 or not all(_ACRONYM.fullmatch(name) for name in names):
        return []
    return [] if any(_NOT_A_SKILL.fullmatch(name) for name in names) else names


def _run_on_items(
    text: str, finder: SkillFinder, keep: Callable[[str], object] | None = None
) -> list[str]:
    """The items of a list written without separators: each skill named, and each run of words
    between them ("Windows Ubantu" gives "Windows" and "Ubantu"), or only the words of those runs
    that `keep` accepts; none when no skill is named and nothing is kept."""
    mentions = finder.find(text)
    if not mentions and keep is None:
        return []
    items, position = [], 0
    for index, mention in enumerate(mentions):
        gap = text[position : mention.start]
        # Between two skills named in a row, capitalised words are names too ("Zscaler Barracuda
        # Mimecast"), as in a list that lost its commas.
        cleaned = _clean_item(gap) if index else ""
        sandwiched = _gap_names(cleaned) if cleaned else None
        items += [*(sandwiched or _gap(gap, keep)), text[mention.start : mention.end]]
        position = mention.end
    items += _gap(text[position:], keep)
    return [
        cleaned
        for part in items
        if (cleaned := _clean_item(part))
        and not _JOINERS.match(part)
        and not _LABEL_ONLY.fullmatch(cleaned)  # the next label run on: "MySQL Operating System"
    ]


def _named_gaps(item: str, mentions: list[SkillMention]) -> tuple[list[str], bool]:
    """The names between the skills of a list that lost its separators ("HTML CSS Networking
    SQL" gives "Networking"): runs of a few capitalised words, not prose or a run-on label;
    and whether every gap is such a name, a joining word or, between two skills, the next
    group's label ("JavaScript Developer Tools PyCharm")."""
    gaps: list[str] = []
    position, every_gap_named = 0, True
    for index, mention in enumerate([*mentions, None]):
        end = mention.start if mention else len(item)
        gap = _clean_item(item[position:end])
        position = mention.end if mention else end
        if not gap or (0 < index < len(mentions) and _GAP_LABEL.fullmatch(gap)):
            continue
        names = _gap_names(gap)
        gaps += names or []
        every_gap_named = every_gap_named and names is not None
    return gaps, every_gap_named


def _gap_names(gap: str) -> list[str] | None:
    """The names in a gap of capitalised words ("VLAN STP and VTP" gives three; "SDLC STLC Bug
    Life Cycle" gives "SDLC", "STLC" and "Bug Life Cycle"): split at joining words and around
    runs of acronyms. None when the gap reads as prose, a heading or a run-on label."""
    pieces = [piece for piece in _JOINER_WORD.split(gap) if piece.strip()]
    if not pieces or not all(_GAP_NAME.fullmatch(word) for p in pieces for word in p.split()):
        return None
    names: list[str] = []
    for piece in pieces:
        for run in _ACRONYM_RUN.split(piece):
            if not (run := run.strip()):
                continue
            if _NOT_A_SKILL.fullmatch(run) or _DURATION_WORDS.search(run):
                return None
            if acronyms := _acronyms_only(run):
                names += acronyms
                continue
            if (
                len(run.split()) > MAX_GAP_WORDS
                or _HEADING_LIKE.search(run)
                or _LABEL_ONLY.fullmatch(run)
            ):
                return None
            names.append(run)
    return names


def _gap(text: str, keep: Callable[[str], object] | None) -> list[str]:
    return [text] if keep is None else [word for word in text.split() if keep(word)]


def _covers(item: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the mentions account for the whole item but joining words."""
    rest, position = [], 0
    for start, end in spans:
        rest.append(item[position:start])
        position = end
    rest.append(item[position:])
    return all(_JOINERS.match(part) for part in rest)


def shown_name(name: str, forms: tuple[str, ...], written: str) -> str:
    """The person's own spelling of the name, unless shouted apart ("AUTO CAD" shows
    "AutoCAD"); else the canonical name where they wrote it ("communication skills" shows
    "Communication"), or where they wrote it elsewhere for a one-word alias ("JS"); else their
    words as written ("Kafka", not "Apache Kafka"; "self motivated", not "Self-Motivation";
    "Manual Testing", not "Software Testing" named elsewhere): a name shown is one they wrote."""
    written = " ".join(written.split())
    key = lookup_key(written)
    same = [form for form in (name, *forms) if lookup_key(form) == key]
    if same:
        shouted = written.isupper() and " " in written
        return next((form for form in same if not form.isupper()), written) if shouted else written
    if _written_in(name, written):
        return name
    return written


def reads_as(name: str, written: str) -> bool:
    """Every word of the name is written, give or take its ending ("Product designer" reads
    as "Product Design"; "Kafka" does not read as "Apache Kafka")."""
    seen = words(written)
    return all(
        any(word == other or (len(word) >= 5 and other.startswith(word[:5])) for other in seen)
        for word in words(name)
    )


def _written_in(name: str, text: str) -> bool:
    pattern = rf"(?<![\w+#]){re.escape(name)}(?![\w+#])"
    return re.search(pattern, text, re.I) is not None


# "tools like Jira, Confluence and Bitbucket", "technologies such as CloudBerry Zscaler Mimecast":
# a list written into a sentence, its items as unknown to us as those of a Skills section.
_PROSE_LIST = re.compile(
    r"\b(?:tools?|technolog(?:y|ies)|software|platforms?|applications|systems|utilities)"
    r"(?: \w+)?,? (?:like|such as|including|viz\.?|namely)\s+",
    re.I,
)
_SENTENCE_END = re.compile(r"[.;:!?\n]\s|\s{2,}|[.;:!?]$")
_NAME_WORD = re.compile(r"(?:[A-Z0-9][\w+#.-]*|and|&)$")
MAX_PROSE_ITEMS = 12
_AND = re.compile(r"\s+(?:and|&)\s+")
# A capital inside or a digit ("CloudBerry", "U2000"), or all capitals ("FLEXMASTER").
_STYLED_AS_PRODUCT = re.compile(r"[A-Za-z][a-z]*[A-Z0-9][\w+#.-]*|[A-Z]{3,}")


def listed_in_prose(text: str, finder: SkillFinder) -> list[str]:
    """The items of lists written into sentences after "tools like" and its kin. With commas the
    items are what they separate; without (punctuation lost), the run of capitalised words up to
    the first word in lower case gives the skills it names and the words styled as products
    ("FLEXMASTER", "CloudBerry"), not plain words ("Server", "Studio")."""
    items: list[str] = []
    for lead in _PROSE_LIST.finditer(text):
        rest = text[lead.end() :]
        end = _SENTENCE_END.search(rest)
        clause = rest[: end.start()] if end else rest
        if "," in clause:
            # "A, B and C": in a sentence the last two are joined by a word, not a comma.
            found = [part for item in split_items(clause) for part in _AND.split(item)]
            if found and all(item[:1].isupper() or item[:1].isdigit() for item in found):
                items += found[:MAX_PROSE_ITEMS]
            continue
        names: list[str] = []
        for word in clause.split():
            if not _NAME_WORD.match(word):
                break
            names.append(word)
        run = " ".join(names)
        items += [
            item
            for item in _run_on_items(run, finder, keep=_STYLED_AS_PRODUCT.fullmatch)
            if " " not in item or finder.find(item)
        ][:MAX_PROSE_ITEMS]
    return items
