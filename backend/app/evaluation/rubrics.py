"""A rubric for every question, whoever wrote it: what counts as on topic, what is structure.

Key points come in two kinds. Topical points name the subject ("Readiness probes gate
traffic"); structural points describe the shape of a good answer ("Explains how it works",
"States a measurable result") and no answer matches them word for word, so they are judged by
the structure measurement, never as topic. Common question families ("tell me about
yourself", "why this company", strengths and weaknesses...) have rubrics of their own, used
when the question came without topical points of its own; each family also has a prototype, a
description of a good answer that the semantic model compares the answer with, since "tell me
about yourself" shares no words with a good introduction.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from app.evaluation.coverage import profile
from app.evaluation.text import concept, word_set
from app.questions.bank import QuestionCategory

Framework = str
""""STAR", "reasoning", "narrative" (present, past, future) or "questions" (for the
interviewer) - see structure.py."""


@dataclass(frozen=True)
class Family:
    name: str
    pattern: re.Pattern[str]
    framework: Framework
    points: tuple[str, ...]
    prototype: str
    checks: tuple[str, ...]
    """What shows each point is met, beside its words: a component of the family's structure
    ("action", "result", "past"...), "subject" (the answer tells of the family's subject,
    subject.py) or "" (its words alone: "Shows they researched the company")."""

    @property
    def behavioral(self) -> bool:
        """STAR families ("a time you failed") only apply to non-technical questions, where
        "lead", "failure" or "strengths" are not about leader election or random forests."""
        return self.framework == "STAR"


def _family(
    name: str, pattern: str, framework: Framework, points: str, checks: str, prototype: str
) -> Family:
    split_points, split_checks = tuple(points.split("; ")), tuple(checks.split(";"))
    if len(split_points) != len(split_checks):
        raise ValueError(f"{name}: one check per point")
    compiled = re.compile(pattern, re.I)
    return Family(name, compiled, framework, split_points, prototype, split_checks)


# Order matters: the first family whose pattern matches the question wins.
FAMILIES = (
    _family(
        "introduction",
        r"\babout yourself\b|\bintroduce yourself\b|\bdescribe yourself\b|"
        r"walk (?:me|us) through your (?:resume|cv|background|career|experience)|"
        r"\byour (?:background|career so far)\b",
        "narrative",
        "Says who they are and their current role; Summarises past experience and education; "
        "Highlights skills and achievements relevant to the role; "
        "Says what they are looking for next and why this role",
        "present;past;achievement;future",
        "I am a professional with several years of experience. Currently I work as an engineer "
        "at a company, where I am responsible for projects and a team. Before that I studied at "
        "university and worked in previous jobs. My key skills and achievements are relevant "
        "to this role, and I am now looking for a new opportunity to grow in my career.",
    ),
    _family(
        "why_hire",
        r"why (?:do you think |would )?(?:we|i) should hire you|why should (?:we|i) hire you|"
        r"what makes you (?:the|a) (?:right|good|best|ideal) "
        r"(?:fit|candidate|person)|why are you the (?:best|right)|what can you bring",
        "reasoning",
        "Matches their skills to what the role needs; Backs each claim with a result or "
        "example; Says what they would bring to the team",
        "subject;example;",
        "You should hire me because my skills and experience match what this role needs. In my "
        "last job I delivered results that are relevant here, and I would bring that "
        "experience, my strengths and my motivation to your team.",
    ),
    _family(
        "motivation",
        r"why (?:do you want|are you interested|did you apply|this (?:role|company|job|"
        r"position)|(?:do you want to )?(?:work|join) (?:here|for us|at|with us))|"
        r"what (?:interests|excites|attracts|motivates) you about|why (?:our|us)\b",
        "reasoning",
        "Names what attracts them to the company or its product; Links the role to their "
        "skills and goals; Shows they researched the company",
        "subject;;",
        "I want to join your company because of its product, its mission and its culture. "
        "This role fits my skills and experience and my career goals, and from what I read "
        "about the team and the company I would enjoy the work and grow here.",
    ),
    _family(
        "strengths_weaknesses",
        r"\bstrengths?\b|\bweakness(?:es)?\b|area(?:s)? (?:for|of) improvement|"
        r"what would your (?:manager|colleagues|coworkers) say",
        "STAR",
        "Names a real strength or weakness; Backs it with a concrete example; "
        "Says what they do to improve or how it helps the team",
        "subject;situation;learning",
        "My greatest strength is a skill I use every day, for example in my last job it helped "
        "my team deliver. My weakness is something I am improving: I noticed it, and now I "
        "work on it with a habit that has already made a difference.",
    ),
    _family(
        "conflict",
        r"\bconflict\b|\bdisagree|\bdifficult (?:coworker|colleague|person|teammate|"
        r"manager|customer|client|stakeholder)",
        "STAR",
        "Describes the disagreement and who was involved; Explains how they listened and "
        "resolved it; States the outcome and the relationship afterwards",
        "subject;action;result",
        "I had a disagreement with a colleague about how to do a piece of work. I talked with "
        "them, listened to their view, explained mine and we agreed on a compromise. In the "
        "end the work was delivered and we worked well together afterwards.",
    ),
    _family(
        "failure",
        r"\bfail(?:ed|ure)?\b|\bmistake\b|went wrong|\bsetback\b|\bregret\b",
        "STAR",
        "Owns a real failure or mistake; Explains what they did to fix it; "
        "Says what they learned and changed",
        "subject;action;learning",
        "I made a mistake at work that caused a problem. I took responsibility, told my "
        "manager, fixed it and limited the damage. I learned from it and since then I changed "
        "how I work so it does not happen again.",
    ),
    _family(
        "leadership",
        r"\b(?:lead|led|leadership|took the lead|took charge|mentor(?:ed)?|managed a team)\b",
        "STAR",
        "Describes a situation where they led people; Explains how they set direction and "
        "supported others; States the result for the team",
        "subject;action;result",
        "I led a team on a project: I set the goal, split the work, supported and mentored "
        "people and made decisions when we were blocked. As a result the team delivered on "
        "time and people grew.",
    ),
    _family(
        "story",
        r"\b(?:tell|talk) (?:me|us) about (?:a|the|one) (?:time|situation|moment|project|"
        r"occasion)|\bdescribe (?:a|the|one) (?:time|situation|moment|occasion)|"
        r"\bgive (?:me|us) an example of (?:a )?(?:time|situation)|\bhave you ever\b|"
        r"\ba time (?:when|where) you\b",
        "STAR",
        "Sets the situation and their part in it; Describes the actions they took; "
        "States the result and what they learned",
        "situation;action;result",
        "In my last job we faced a real problem on a project. I was responsible for part of it, "
        "so I worked out what to do, took action with my team and followed it through. As a "
        "result the problem was solved, and I learned something I still use.",
    ),
    _family(
        "questions_for_us",
        r"(?:any|have|got) (?:\w+ )?questions (?:for|about) (?:me|us|the)|"
        r"what would you like to (?:ask|know)",
        "questions",
        "Asks thoughtful questions about the role, team or company; Asks about success, "
        "challenges or growth",
        "question;",
        "Yes, I have a few questions. What does success look like in this role in the first "
        "months? What are the biggest challenges the team faces, and how do you support "
        "growth and learning?",
    ),
)

# Stems of the words key points use to describe the shape of an answer rather than its
# subject: a point made only of these (and stopwords) is structural.
_STRUCTURAL = frozenset(
    filter(
        None,
        map(
            concept,
            word_set(
                """define defines definition concept clearly clear before going deeper explain
            explains how works work weigh weighs trade offs trade-offs alternatives alternative
            give gives concrete example examples real from set sets up situation task briefly
            describe describes specific actions action took themselves state states measurable
            result outcome reflect reflects learned learn clarify clarifies gather gathers facts
            first name names priorities priority people affected lay lays out steps step
            sensible order check outcome follow up say says would they their uses use terms
            accurately accurate shows show demonstrate demonstrates apply applies sound practice
            structure structured answer answers approach reasoning conclusion conclude key
            point points good strong candidate mentions"""
            ),
        ),
    )
)


@dataclass(frozen=True)
class Rubric:
    source: str
    """"key points" (written for this question), a family name, or "question" (none, or
    only generic ones)."""
    framework: Framework | None
    """None: the category's own framework."""
    topical: tuple[str, ...]
    structural: tuple[str, ...]
    references: tuple[str, ...]
    """Texts the semantic model compares the answer with (the question always first)."""
    family: str | None = None
    """The question's family (FAMILIES), whichever points it is judged on."""


def is_structural(point: str) -> bool:
    """Whether a key point describes the shape of an answer rather than its subject."""
    units = profile(point).units
    return bool(units) and all(unit.key in _STRUCTURAL for unit in units)


def is_skill_template(point: str) -> bool:
    """A point that only names a skill in a generic frame ("Uses Docker concepts and terms
    accurately"): on topic, but any answer about the skill covers it, so it is weak evidence."""
    units = profile(point).units
    return any(unit.key.startswith("@") for unit in units) and all(
        unit.key.startswith("@") or unit.key in _STRUCTURAL for unit in units
    )


def family_of(question: str, category: str) -> Family | None:
    return next(
        (
            family
            for family in FAMILIES
            if family.pattern.search(question)
            and not (family.behavioral and category == "technical")
        ),
        None,
    )


_SITUATIONAL = re.compile(
    r"^\s*(?:what would you do|how would you (?:handle|respond|deal)|imagine|suppose|"
    r"say (?:that )?you)\b",
    re.I,
)


def infer_category(question: str) -> QuestionCategory:
    """The category of a question written without one: a common behavioral family
    ("tell me about yourself", "a time you failed") is behavioral, a hypothetical is
    situational, anything else technical."""
    if family_of(question, "behavioral") is not None:
        return "behavioral"
    if _SITUATIONAL.search(question):
        return "situational"
    return "technical"


@lru_cache(maxsize=2048)
def rubric_for(
    question: str, category: str, key_points: tuple[str, ...], model_answer: str | None
) -> Rubric:
    """Topical points from the question's own, else from its family; structure for the rest."""
    own = tuple(point for point in key_points if point.strip() and point.strip() != question)
    topical = tuple(point for point in own if not is_structural(point))
    structural = tuple(point for point in own if is_structural(point))
    family = family_of(question, category)
    references = [question]
    if topical:
        references.append(f"{question}\n" + "\n".join(topical))
    if model_answer and model_answer.strip():
        references.append(model_answer)
    if family is not None:
        references.append(family.prototype)
        refs = tuple(references)
        # A point that only names the skill the family is about ("Shows Leadership in a real
        # example", as generated for a custom question) says less than the family's points.
        if not topical:
            return Rubric(family.name, family.framework, family.points, (), refs, family.name)
        if all(is_skill_template(point) for point in topical):
            # The family's own points already ask for the skill it is about, and for the
            # answer's shape (as when the question came with no topical point at all).
            others = tuple(point for point in topical if not family.pattern.search(point))
            points = family.points + others
            return Rubric(family.name, family.framework, points, (), refs, family.name)
        return Rubric("key points", family.framework, topical, structural, refs, family.name)
    written = any(not is_skill_template(point) for point in topical)
    source = "key points" if written else "question"
    return Rubric(source, None, topical, structural, tuple(references))
