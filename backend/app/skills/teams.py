"""A team, a department or colleagues named in prose are whom someone works with, not what
they can do: "worked with the sales team", "alongside our sales and marketing colleagues",
"reported to the finance department", "with product managers and UX designers", "liaise with
Sales and Marketing"; nor does a word describing a team or the workplace ("a curious team of
technologists who...", "a collaborative environment"). The skill stays where it is the
person's own: "led a 12-person sales team", "experience in sales teams", "joined the QA team",
"sales team management", "hiring Java developers", a way of working ("experience with Agile
teams", "an agile environment"), and what one does for a team ("mentor teams", "coach the
team").
"""

import re

from app.knowledge.role_nouns import ROLES
from app.skills.matcher import SkillMention
from app.skills.taxonomy import get_taxonomy

# People named by their role ("UX designers", "data scientists"), never one ("a Java
# developer" is the job); not the roles that are things in the plural too (sales "leads",
# network "hosts", Kafka "brokers", Celery "workers", code "editors").
_THINGS_TOO = frozenset(
    [
        "lead", "host", "driver", "operator", "controller", "setter", "guard", "helper",
        "editor", "producer", "planner", "agent", "broker", "worker", "fitter", "installer",
    ]
)  # fmt: skip
_PEOPLE = "|".join(role for role in ROLES if role not in _THINGS_TOO)
_TEAM_NOUN = (
    r"(?:teams?|squads?|departments?|dept\b\.?|divisions?|units?|org|organi[sz]ations?"
    rf"|colleagues|co-?workers|counterparts|peers|staff|personnel|leadership|(?:{_PEOPLE})s"
    r"|lines?[ \t]+of[ \t]+business|business[ \t]+(?:units?|lines?|areas?))"
)
_NAMES_PEOPLE = re.compile(rf"(?:{_PEOPLE})s", re.I)
# The mention, other names joined to it ("sales and marketing colleagues", "HR, legal and
# finance teams") and at most one word more ("the sales support team"), then the team.
_NAME_WORD = (
    r"(?!(?:for|of|to|in|on|with|at|by|from|as|the|a|an|and|or|our|your|their|his|her|my|its)"
    r"\b)[\w-]+"
)
_TEAM_AFTER = re.compile(
    rf"(?:[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*{_NAME_WORD}){{0,3}}(?:[ \t]+{_NAME_WORD})?[ \t]+"
    rf"{_TEAM_NOUN}(?![\w-])(?![ \t]+(?:management|leadership|building|lead|leaders?"
    r"|managers?|development)\b)",
    re.I,
)
# Going back from the mention, a preposition of someone else's ("with", "to", "for") makes
# the team another's, unless a word that makes it the person's own comes first.
_OWN = frozenset(
    [
        "in", "into", "on", "of", "within", "inside", "join", "joins", "joined", "joining",
        "member", "members", "part", "lead", "leads", "led", "leading", "manage", "manages",
        "managed", "managing", "head", "heads", "headed", "heading", "build", "builds", "built",
        "building", "run", "runs", "ran", "running", "supervise", "supervises", "supervised",
        "supervising", "grow", "grows", "grew", "growing", "scale", "scaled", "scaling",
        "oversee", "oversees", "oversaw", "overseeing", "direct", "directed", "directing",
        "establish", "established", "create", "created", "form", "formed",
    ]
)  # fmt: skip
_OTHERS = frozenset(
    [
        "with", "to", "alongside", "for", "across", "between", "among", "amongst", "from", "by",
        "beside", "towards", "toward", "support", "supports", "supported", "supporting",
        "assist", "assists", "assisted", "assisting",
    ]
)  # fmt: skip
_IN_CHARGE = frozenset(["responsible", "accountable"])
_LOOK_BACK_WORDS = 8
_WORD = re.compile(r"[\w'-]+")
# A trait written as an adjective describes a team the posting goes on to present rather than
# naming its field: "a curious team of technologists", "an inventive team that...".
_ADJECTIVE = re.compile(r"[\w-]+(?:ous|ive|ful|al|ic|ent|ant|ible|able)", re.I)
_PRESENTED = re.compile(r"[ \t]+(?:of|who|that|where|which)\b", re.I)
# ...or the workplace: "a collaborative, trusting environment", "an empathetic and fun
# workplace".
_PLACE_AFTER = re.compile(
    rf"(?:[ \t]*(?:,|&|\band\b)?[ \t]*{_NAME_WORD}){{0,3}}?[ \t]+(?:environments?|cultures?"
    r"|workplaces?|atmospheres?|settings?|places?[ \t]+to[ \t]+work|surroundings)\b",
    re.I,
)
# Skills practised on people: the team after them is whom they are practised on.
_ACTS_ON_PEOPLE = re.compile(
    r"(?:mentor|coach|manag|motivat|supervis|guid|onboard|empower|inspir|upskill)\w*"
    r"|lead(?:s|ing)?|led|people management",
    re.I,
)
# Ways of working a team has: "experience in Agile teams" asks for Agile.
_WAYS_OF_WORKING = frozenset(["agile", "scrum", "kanban", "lean", "safe", "xp", "remote"])
_CLAUSE_BREAK = re.compile(r"[.;:!?()\n]")
# Departments named by their names after a verb of working with people: "liaise with Sales,
# Marketing and Customer Success", "partner with Product and Design".
_CAPITALISED = r"[A-Z][\w&-]*(?:[ \t]+(?:[A-Z][\w&-]*|of))*"
_DEPARTMENTS_BEFORE = re.compile(
    r"\b(?i:liais\w*|partner(?:s|ed|ing)?|collaborat\w*|coordinat\w*)"
    r"(?:[ \t]+(?i:closely|directly|regularly|together|cross-functionally))?[ \t]+(?i:with)"
    rf"[ \t]+(?:(?i:the|our)[ \t]+)?(?:{_CAPITALISED}(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+))*$"
)


def names_a_team(text: str, mention: SkillMention) -> bool:
    """Whether `mention` names a team or department (someone else's, or how a team is
    described) rather than a skill."""
    if mention.text.lower() in _WAYS_OF_WORKING or _ACTS_ON_PEOPLE.fullmatch(mention.text):
        return False
    before = text[max(0, mention.start - 80) : mention.start]
    if mention.text[:1].isupper() and _DEPARTMENTS_BEFORE.search(before):
        return True
    if _NAMES_PEOPLE.fullmatch(mention.text.split()[-1]):  # "data scientists"
        return _anothers(before)
    describing = _describes(mention)
    if describing and _PLACE_AFTER.match(text, mention.end):
        return True
    team = _TEAM_AFTER.match(text, mention.end)
    if team is None:
        return False
    if describing and _PRESENTED.match(text, team.end()):
        return True
    return _anothers(before)


def _describes(mention: SkillMention) -> bool:
    """Whether the mention is a trait written as an adjective ("curious", "collaborative"),
    not a practice ("cloud-native", "clinical")."""
    return (
        _ADJECTIVE.fullmatch(mention.text) is not None
        and get_taxonomy().category(mention.name) == "soft"
    )


def _anothers(before: str) -> bool:
    """Whether the words before the mention make the team another's: the nearest of those
    words that says whose it is ("with", "to" against "led", "in")."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = [word.lower() for word in _WORD.findall(before)[-_LOOK_BACK_WORDS:]]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in _OWN:
            return False
        if words[index] in _OTHERS:
            # "responsible for the sales team" is the person's own.
            return not (words[index] == "for" and index and words[index - 1] in _IN_CHARGE)
    return False
