"""Degrees as resumes write them, with their level and field of study.

Levels: Associate, Bachelor, Master, PhD. "PhD" stands for every doctorate, research or
professional: PhD, EdD, PharmD, JD and MD (the American MD is a doctorate; the Indian and
Pakistani MD after an MBBS is a postgraduate doctor-of-medicine degree, also above a Master's
in the hiring sense; so is India's DNB). Diplomas (polytechnic, HND, foundation degrees, D.Pharm)
are Associate level. Postgraduate diplomas in management (PGDM, PGDBA, PGPM) are Master level:
India's AIU ranks these two-year programmes with an MBA. Every other postgraduate diploma
(PGDCA, "PG Diploma in Data Science", UK PGDip, Graduate Diploma) is a shorter course taken after
a Bachelor's and is not a Master's degree: it counts as Bachelor level, the degree its holder
surely has. European degrees: Licence, Laurea (triennale), Licenciatura, Grado, Bac+3 →
Bachelor; Laurea Magistrale, Diplom(-Ingenieur), Diplôme d'ingénieur, Maîtrise, Máster,
Staatsexamen, MPhil, MEng, Bac+5 → Master.

A degree still being studied ("pursuing", "expected 2025") counts at its level: it is what the
candidate is qualified in or about to be. Credits "toward" a degree do not count.

School-leaving qualifications (High school, HSC, SSC, 10th, 12th, A levels, F.Sc...) are
recognized so that they are not read as degrees, and have no level.

Two-letter forms (BS, BA, MS, MA, BE, ME, MD, AA, AS) clash with ordinary words and state codes
("MS Office", "Boston, MA", "BS 7671"): they count only opening a line or a field, followed by
a field of study, or alone on a line of an education section."""

import re
from dataclasses import dataclass

from app.resumes.parsed import DegreeLevel
from app.resumes.parsing.text import APOSTROPHES, DASHES

LEVEL_RANK: dict[DegreeLevel, int] = {"Associate": 1, "Bachelor": 2, "Master": 3, "PhD": 4}


@dataclass(frozen=True)
class Degree:
    text: str
    level: DegreeLevel | None
    """None for a school-leaving qualification (High school, 12th...), which is not a degree."""
    field: str | None


# Abbreviations, dots where they may be written ("B.Tech" also matches BTech, B. Tech, B-Tech).
_PHD_ABBREVIATIONS = "Ph.D D.Phil Ed.D Pharm.D Psy.D D.Sc D.Litt DNP DDS DNB"
_MASTER_ABBREVIATIONS = (
    "M.Sc M.B.A MBA M.Tech M.Eng M.Com M.C.A MCA LL.M M.Phil M.Ed M.P.H M.P.A M.S.W M.S.N"
    " M.Acc M.Arch M.Pharm M.Pharmacy MDS MSCS MSE M.Res M.Math M.Chem M.Phys M.Des MPS M.P.Ed"
    " MJMC M.Lib.I.Sc M.Lib MLIS EMBA PGDM PGDBM PGDBA PGPM"
)
_BACHELOR_ABBREVIATIONS = (
    "B.Sc B.Tech B.Eng B.Com B.C.A BCA B.B.A BBA BBM LL.B M.B.B.S MBBS B.D.S BDS B.Pharm B.Pharmacy"
    " B.Arch B.F.A B.S.N BSN B.Ed BCS BSE B.Acc BMS BAMS BHMS BPT B.V.Sc B.Des BHM B.Voc B.P.Ed"
    " BJMC B.Lib.I.Sc B.Lib BLIS BSW B.S.W B.S.C B.Sc.IT"
)
# Postgraduate diplomas other than management ones: Bachelor level (see the module docstring).
_PG_DIPLOMA_ABBREVIATIONS = "PGD PGDCA PGDip PG.Dip"
# Only with their dots: undotted they are words, state codes or IT terms (MA, MS, ME, MD, AS,
# LLD "low-level design", MFA "multi-factor authentication", MCH "maternal and child health").
_DOTTED_ONLY = {
    "PhD": "M.D J.D D.B.A D.M.D LL.D M.Ch",
    "Master": "M.S M.A M.E M.M.S M.F.A",
    "Bachelor": "B.S B.A B.E",
    "Associate": "A.A A.S",
}


# Written together in one case, these spell words: "March", "Bed", "MED", "Meng" (a surname).
_WORDS_WHEN_JOINED = {"M.Arch", "B.Ed", "M.Ed", "M.Eng", "B.Eng"}


def _abbr(spec: str, *, dotted: bool = False) -> str:
    """ "B.Tech" → B.Tech, B. Tech, B-Tech, BTech, BTECH, Btech; `dotted` requires the dots.
    All-capital parts only in capitals ("MSE", never "mse", an error measure)."""
    parts = spec.split(".")

    def any_case(part: str) -> str:
        return part if part.isupper() else f"(?:{part}|{part.upper()}|{part.lower()})"

    if dotted:
        body = r"\s?\.\s?".join(any_case(part) for part in parts)
    else:
        separated = r"(?:\s?[.-]\s?|\s)".join(any_case(part) for part in parts)
        joined = "".join(parts)
        if spec not in _WORDS_WHEN_JOINED and len(parts) > 1:
            joined = "".join(any_case(part) for part in parts)
        body = f"(?:{separated}|{joined})" if len(parts) > 1 else any_case(spec)
    return r"(?<![\w.])" + body + r"(?![\w])\.?"


def _abbrs(level: DegreeLevel | None, specs: str = "") -> str:
    forms = [_abbr(spec) for spec in specs.split()]
    forms += [_abbr(spec, dotted=True) for spec in _DOTTED_ONLY.get(level or "", "").split()]
    return "|".join(forms)


# Capitalized words of a degree's name ("of Business Administration"), stopping at the words
# that introduce something else ("in Physics", "from Anna University").
_STOP = r"(?!(?:in|at|from|with|for|to|on|and|by)\b)"
_CAP_WORDS = rf"{_STOP}[A-Z][\w.]*(?: (?:and |& |of )?{_STOP}[A-Z][\w.]*)*"
_QUOTE = f"[{APOSTROPHES}]"


def _spelled(word: str) -> str:
    """ "Master's (degree)", "Masters", "Master degree", "Master of Science", "Master in X", and
    opening the field, "Bachelor : Psychology" (LiveCareer writes "Degree : Field"; elsewhere
    "Scrum Master, BA" is a role)."""
    return (
        rf"\b(?:{word})"
        rf"(?:{_QUOTE}?s(?: degree)?| degree|(?= (?:of|in|en)\b))"
        rf"(?: of {_CAP_WORDS})?"
        rf"|^(?:{word})(?=\s?[:,]\s?(?-i:[A-Z]))"
    )


# "Post Graduate Diploma", "PG Diploma", "Post Graduation Diploma", "PG Dip", "Post Graduate
# Programme in X" (Indian business schools and online courses).
_POSTGRADUATE = r"\b(?:Post[- ]?Graduat(?:e|ion)|PG)"
_PG_DIPLOMA = rf"{_POSTGRADUATE} (?:Diploma|Dip\b\.?|Program(?:me)?(?= in\b))|\bGraduate Diploma\b"
# Business schools' two-year diplomas, ranked with an MBA.
_PG_MANAGEMENT = rf"(?:{_PG_DIPLOMA}) in (?:Business )?(?:Management|Administration)\b"
# US associate degrees: of Arts, Science, Applied Science, General Studies, Fine Arts...
_ASSOCIATE_OF = (
    r"(?:Applied|Arts|Science|Sciences|General|Fine|Occupational|Liberal|Business|Nursing"
    r"|Technology|Engineering|Health|Criminal|Computer|Early|Paralegal|Information|Medical)\b"
)


# (level, pattern, flags): abbreviations as written, spelled-out names in any case.
_PATTERNS: list[tuple[DegreeLevel, str, int]] = [
    ("PhD", _abbrs("PhD", _PHD_ABBREVIATIONS), 0),
    (
        "PhD",
        rf"\bDoctor of {_CAP_WORDS}|\bDoctorate\b|\bDoktor\b|\bDr\.-Ing\b|\bJuris Doctor\b"
        r"|\bBac\s?\+\s?8\b",
        re.I,
    ),
    ("Master", _abbrs("Master", _MASTER_ABBREVIATIONS) + r"|^MFA\b|\bMFA(?= in\b| \()", 0),
    (
        "Master",
        _spelled("M[aá]ster|Magister") + rf"|\bMaster\s?[12]\b|{_PG_MANAGEMENT}"
        rf"|{_POSTGRADUATE} Degree\b"
        r"|\bLaurea (?:Magistrale|Specialistica)\b|\bDiplom-[A-Z]\w+|\bDiplom\b"
        rf"|\bDipl\.-?\s?[A-Z]\w*\.|\bDipl[oô]me d{_QUOTE}ing[eé]nieur\b|\bMestrado\b"
        r"|\bMaestr[ií]a\b|\bMa[iî]trise\b|\bStaatsexamen\b|\bMagister Artium\b"
        r"|\bBac\s?\+\s?[45]\b",
        re.I,
    ),
    (
        "Bachelor",
        _abbrs("Bachelor", _BACHELOR_ABBREVIATIONS)
        + "|"
        + _abbrs(None, _PG_DIPLOMA_ABBREVIATIONS)
        + r"|\bLicence\b"
        r"(?! (?:No|Number|Certificate|Holder)\b)(?= (?:in|en|de|d'|ès|professionnelle|[A-Z]))",
        0,
    ),
    (
        "Bachelor",
        _spelled("Bachelor")
        + rf"|{_PG_DIPLOMA}"
        + r"|\bLaurea(?: Triennale)?\b|\bLicenciatura\b|\bBacharelado\b|\bGrado en\b"
        r"|\bBac\s?\+\s?3\b",
        re.I,
    ),
    (
        "Associate",
        # "Associate's degree", "Associates of Arts", "Associate Degree", "Associates : Science".
        rf"(?i:\bAssociate(?:{_QUOTE}?s)?(?: degree\b| (?:of|in) (?={_ASSOCIATE_OF})"
        rf"(?:(?-i:{_CAP_WORDS})|\w+)|{_QUOTE}s\b))|\bAssociates?(?=\s?:\s?[A-Z])"
        r"|\bHND\b|\bFoundation Degree\b|\b(?:DUT|BTS) en\b|\bDip(?:\.|(?=\s?:))|"
        # India's nursing diplomas: General Nursing and Midwifery, Auxiliary Nurse Midwifery;
        # D.Pharm: the diploma in pharmacy; ADN: the US associate degree in nursing.
        + _abbrs("Associate", "A.A.S AAS GNM ANM D.Pharm ADN"),
        0,
    ),
    ("Associate", r"(?<!School )(?<!Secondary )\bDiploma\b|\bHigher National Diploma\b", re.I),
]
# The letters each pattern can start with, checked first, at the start of a word: most lines name
# no degree, and failing one-character look-arounds is far cheaper than trying every alternative
# (find_degree runs on every line of a resume).
_FIRST_LETTERS = ["PDEMJLpe", "djb", "MLPE", "mpdlgsb", "BLMP", "blpg", "aAHFGDB", "dh"]
_DEGREES = [
    (level, re.compile(rf"(?<!\w)(?=[{first}])(?:{pattern})", flags))
    for (level, pattern, flags), first in zip(_PATTERNS, _FIRST_LETTERS, strict=True)
]
# All of them in one scan, to turn away the many lines that name no degree at once.
_ANY_DEGREE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        f"(?i:{pattern.pattern})" if pattern.flags & re.I else f"(?:{pattern.pattern})"
        for _, pattern in _DEGREES
    )
    + ")"
)

# "B E", "M S": "B. E." and "M. S." once an export has dropped the dots.
_TWO_LETTER = "BS|BA|MS|MA|BE|ME|MD|AA|AS|JD|[BM] [SAE]"
_TWO_LETTER_FORMS = re.compile(rf"\b(?:{_TWO_LETTER})\b")


def may_name_degree(line: str, *, in_education: bool) -> bool:
    """A quick look: False when the line surely names no degree (most lines of a resume)."""
    return bool(
        _ANY_DEGREE.search(line)
        or _TWO_LETTER_FORMS.search(line)
        or (in_education and _SCHOOL.search(line))
    )


_SCHOOL = re.compile(
    r"\b(?:High School(?: Diploma)?|Higher Secondary|Senior Secondary|Secondary School"
    r"|HSC|SSC|SSLC|HSSC|S\.S\.L\.C|[HS]\.S\.C|HS Diploma"
    r"|Intermediate|Matric(?:ulation)?|[AO][- ]Levels?|I?GCSEs?|ICSE|CBSE|PUC"
    r"|Pre-University"
    # "Higher Secondary12th Pass": Indeed's "(12th Pass)" with its brackets dropped.
    r"|F\.?\s?Sc\b\.?|GED|Abitur|Baccalaur[ée]at)(?:\b|(?=\d))"
    r"|(?<![\w.])(?:10|12)(?:th|TH)\b|\b(?:Class|Std\.?|Standard|Grade) (?:X|XII|10|12)\b",
    re.I,
)

# Two-letter forms: level, and the words after them that make them something else.
# Opening the field, after a label ("UG: BE", "Graduation - BA"), or paired ("BS/MS", "BS & MS").
_BARE = re.compile(
    r"^(?:(?:UG|PG|Graduation|Post[- ]?Graduation|Under[- ]?Graduate|Post[- ]?Graduate|Degree"
    rf"|Qualification|Course)\s?[:{DASHES}-]\s*)?"
    rf"(?P<abbr>{_TWO_LETTER})(?:\s?(?:/|&|and)\s?(?P<paired>{_TWO_LETTER}))?(?![\w.])"
)
_BARE_LEVELS: dict[str, DegreeLevel] = {
    "BS": "Bachelor", "BA": "Bachelor", "BE": "Bachelor", "MS": "Master", "MA": "Master",
    "ME": "Master", "MD": "PhD", "JD": "PhD", "AA": "Associate", "AS": "Associate",
}  # fmt: skip
_NOT_AFTER_BARE = re.compile(
    r"\s*(?:[-/]?\s*(?:Office|Excel|Word|PowerPoint|Power Point|Access|Project|Outlook|SQL"
    r"|Dynamics|Teams|Visio|Windows|Azure|Paint|DOS|Exchange|CRM|Navision|CIT)\b|\d|&|and\b|/)",
    re.I,
)
_BARE_FIELD_START = re.compile(r"\s*(?:,|:|-|\(|in\b|of\b|[A-Z])")

_FIELD_SEPARATORS = re.compile(
    rf"^(?:\s*(?:in\b|of\b|with\b|en\b|de\b|d'|[,:;/+&{DASHES}-]))+\s*", re.I
)
_FIELD_END = re.compile(
    rf"\s*(?:[,;·|()]|\s[{DASHES}-]\s|\s{{2,}}|\b(?:19|20)\d\d\b|\b(?:from|at)\s)"
)
_NOT_FIELD_OF = {"science", "sciences", "arts", "applied science", "fine arts", "philosophy"}
_NOT_A_FIELD = re.compile(
    r"^(?:hons?\.?|honou?rs|first class|distinction|gold medal(?:ist)?|distance|part[- ]time"
    r"|full[- ]time|regular|correspondence|pursuing|ongoing|dual degree|integrated"
    r"|cbse|icse|isc|state board|science|arts|commerce|general)$",
    re.I,
)
_INSTITUTION_WORDS = re.compile(
    r"\b(?:University|College|Institute|School|Academy|Polytechnic|Conservatory|Seminary"
    r"|Université|Universität|Universidad|Universidade|Università|Hochschule|Politecnico"
    r"|Vidyalaya|Vidyapeeth|Board)\b|\b(?:MIT|UCLA|NYU|USC|ETH|EPFL|CUNY|SUNY|IIT|NIT|INSA)\b"
)
_DISCIPLINE_NOUN = re.compile(
    r"\b(?:Engineering|Technology|Sciences?|Commerce|Applications|Administration|Management)\b"
    r"(?:\s+(?:Engineering|Technology|Sciences?))*"
)
_ENGINEERING_DEGREE = re.compile(r"Tech|\bB\.?\s?E\b|\bM\.?\s?E\b|Eng|Diploma", re.I)
_SCIENCE_DEGREE = re.compile(r"\b[BM]\.?\s?S(?:c)?\b|\b[BM]\.?\s?C\.?A\b|Science|Computer", re.I)
_BRANCHES = {
    "cse": "Computer Science and Engineering", "cs&e": "Computer Science and Engineering",
    "cs": "Computer Science", "it": "Information Technology",
    "ece": "Electronics and Communication Engineering",
    "e&c": "Electronics and Communication Engineering",
    "eee": "Electrical and Electronics Engineering", "ee": "Electrical Engineering",
    "ise": "Information Science and Engineering",
    "eie": "Electronics and Instrumentation Engineering",
    "e&i": "Electronics and Instrumentation Engineering",
    "etc": "Electronics and Telecommunication Engineering",
    "extc": "Electronics and Telecommunication Engineering",
    "mech": "Mechanical Engineering", "me": "Mechanical Engineering",
}  # fmt: skip
# Science degrees share only the computing branches ("BS in IT"); elsewhere "ECE" may be early
# childhood education, so it is left as written.
_SCIENCE_BRANCHES = {"cs", "cse", "it"}


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    level: DegreeLevel


# Words before a degree's name that make it something else: credits "towards" a degree (not
# earned), "Marital Status: Bachelor", "Driving Licence", "Smith & Associates: ...". Checked
# after a match rather than as look-behinds, which would run at every position of every line.
_NOT_EARNED_OR_NOT_A_DEGREE = re.compile(
    r"(?:\btowards? (?:(?:an?|the|my|his|her) )?|\bStatus\s?[:-]?\s?|\bDriv(?:ing|er\S*) )$", re.I
)
_FIRM_NAME = re.compile(r"(?:&|\band) $", re.I)
_VERBS = {"masters"}
_DEGREE_WORD_AFTER = re.compile(r"\s+(?:in|of|degree|program)\b", re.I)
LOOKBACK_CHARS = 24
_JOINER = re.compile(rf"[\s/,+&{DASHES}-]*")
_ABBREVIATION_IN_BRACKETS = re.compile(r"\(\s*$")
_INITIALS = re.compile(r"^[A-Z](?:\.\s?|\s)[A-Z]\.?$")


def find_degree_in(text: str, *, in_education: bool) -> Degree | None:
    """The highest degree named in one field of a line (dates already removed), with its field
    of study. Outside an education section two-letter forms need a field of study after them,
    and school-leaving qualifications are not reported."""
    found = _matches(text, in_education=in_education)
    if found and _school_diploma(text, found):
        found = []
    if not found:
        school = _SCHOOL.search(text) if in_education else None
        if school is None:
            return None
        return Degree(school.group().strip(), None, _school_field(text[school.end() :]))
    first, last = found[0], max(item.end for item in found)
    rest = text[last:]
    if _INITIALS.match(text[first.start : first.end]) and _names_a_school(rest):
        return None  # "M. S. Ramaiah Institute of Technology": initials, not a Master's
    name = re.sub(r"\s+(?:in|degree)$", "", text[first.start : last].strip(" ,"))
    level = max((item.level for item in found), key=LEVEL_RANK.__getitem__)
    field = _field_after(rest) or _field_in_name(text[first.start : first.end])
    return Degree(name, level, _expand_branch(name, field) if field else None)


_DIPLOMA_AFTER_SCHOOL = re.compile(r"[\s:(-]*(?:[^\W\d_]+\s+)?", re.I)


def _school_diploma(text: str, found: list[_Found]) -> bool:
    """ "High School Diploma : Advanced Diploma", "HS Diploma": the school's diploma."""
    if any(text[item.start : item.end].strip(" .").lower() != "diploma" for item in found):
        return False
    diploma = found[0]
    return any(
        school.start() < diploma.start
        and (
            school.end() >= diploma.end
            or bool(_DIPLOMA_AFTER_SCHOOL.fullmatch(text[school.end() : diploma.start]))
        )
        for school in _SCHOOL.finditer(text)
    )


def _names_a_school(rest: str) -> bool:
    """Whether `rest` is a school's name begun by the initials before it: at most one word
    before the school word ("M. S. Ramaiah Institute"), not a field of study and then a school
    ("B.E Computer Engineering Pune University")."""
    name = _FIELD_END.split(rest, 1)[0]
    school_word = _INSTITUTION_WORDS.search(name)
    return (
        bool(re.match(r"^\s+[A-Z]", rest))
        and is_institution(name)
        and (school_word is None or len(name[: school_word.start()].split()) <= 1)
    )


def _field_in_name(name: str) -> str | None:
    """ "Master of Science in Nursing" gives Nursing; "Bachelor of Commerce" gives Commerce."""
    of_part = re.search(r" (?:of|in) (.+)$", name)
    if of_part is None:
        return None
    parts = re.split(r" in ", of_part[1], maxsplit=1)
    field = parts[-1].strip()
    return None if field.lower() in _NOT_FIELD_OF else field


def _matches(text: str, *, in_education: bool) -> list[_Found]:
    found = (
        [
            _Found(match.start(), match.end(), level)
            for level, pattern in _DEGREES
            for match in pattern.finditer(text)
        ]
        if _ANY_DEGREE.search(text)
        else []
    )
    found = [item for item in found if not _not_earned_or_not_a_degree(text, item)]
    bare = _bare(text, in_education=in_education)
    if bare:
        found.append(bare)
    # Keep the first run of degrees ("BA LLB", "B.S./M.S."), not a degree named later in prose.
    found.sort(key=lambda item: (item.start, -item.end))
    run: list[_Found] = []
    for item in found:
        if run and not _JOINER.fullmatch(text[max(i.end for i in run) : item.start]):
            break
        run.append(item)
    return run


def _not_earned_or_not_a_degree(text: str, item: _Found) -> bool:
    before = text[max(0, item.start - LOOKBACK_CHARS) : item.start]
    if _NOT_EARNED_OR_NOT_A_DEGREE.search(before):
        return True
    if text[item.start : item.end] in _VERBS and not _DEGREE_WORD_AFTER.match(text, item.end):
        return True  # "quickly learns and masters new concepts"
    return item.level == "Associate" and bool(_FIRM_NAME.search(before))


def _bare(text: str, *, in_education: bool) -> _Found | None:
    match = _BARE.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    if _NOT_AFTER_BARE.match(rest):
        return None
    if not (_BARE_FIELD_START.match(rest) or (in_education and not rest.strip(" .,"))):
        return None
    levels = [
        _BARE_LEVELS[abbr.replace(" ", "")] for abbr in (match["abbr"], match["paired"]) if abbr
    ]
    return _Found(match.start("abbr"), match.end(), max(levels, key=LEVEL_RANK.__getitem__))


def _field_after(rest: str) -> str | None:
    rest = rest.strip()
    paren = re.match(r"^\(([^)]*)\)", rest)
    if paren:
        inside = paren[1].strip()
        if inside and not _NOT_A_FIELD.match(inside) and _matches(inside, in_education=True) == []:
            return inside
        rest = rest[paren.end() :]
    rest = _strip_leading_degrees(_FIELD_SEPARATORS.sub("", rest))
    field = _FIELD_END.split(rest, maxsplit=1)[0].strip(" .,-")
    if school := _INSTITUTION_WORDS.search(field):
        field = _field_before_school(field[: school.start()])
    if not field or not field[0].isalpha():
        return None
    return None if _NOT_A_FIELD.match(field) else field


def _field_before_school(before: str) -> str:
    """What precedes a school's name ("Mechanical Engineering Anna" of "Mechanical Engineering
    Anna University", a table's row run together): the field up to its first discipline noun,
    "" when there is none."""
    noun = _DISCIPLINE_NOUN.search(before)
    return before[: noun.end()] if noun else ""


def _strip_leading_degrees(rest: str) -> str:
    """ "MBA, Finance" → "Finance" (LinkedIn writes "Master of ... - MBA, Finance")."""
    for _ in range(3):
        found = _matches(rest, in_education=True)
        if not found or found[0].start != 0:
            return rest
        rest = _FIELD_SEPARATORS.sub("", rest[max(item.end for item in found) :])
        if rest.startswith("("):
            rest = re.sub(r"^\([^)]*\)\s*", "", rest)
    return rest


def _school_field(rest: str) -> str | None:
    """Only a field written right after ("12th in Mathematics", "F.Sc. Pre-Medical")."""
    rest = re.sub(r"^\s*\([^)]*\)", "", rest)
    if re.match(r"^\s*[,(]", rest):
        return None
    field = _FIELD_END.split(_FIELD_SEPARATORS.sub("", rest.strip()), maxsplit=1)[0].strip(" .-")
    if not field or not field[0].isalpha() or _INSTITUTION_WORDS.search(field):
        return None
    if re.search(r"\bdiploma\b", field, re.I):
        return None  # "High School Diploma : Advanced Diploma": a kind of diploma, not a field
    return None if _NOT_A_FIELD.match(field) else field


def _expand_branch(name: str, field: str) -> str:
    key = field.strip(" .()").lower()
    if key not in _BRANCHES:
        return field
    if _ENGINEERING_DEGREE.search(name) or (
        key in _SCIENCE_BRANCHES and _SCIENCE_DEGREE.search(name)
    ):
        return _BRANCHES[key]
    return field


def degree_starts(text: str) -> list[int]:
    """Where each degree named in a text begins ("… Bachelors degree in X … Masters degree in
    Y …"); a run of joined degrees ("BA LLB", "B.S./M.S.") counts once, and so does a degree
    with its abbreviation in brackets ("Bachelor of Science in Nursing (BSN)"). A two-letter
    form or a school-leaving certificate counts only opening the text ("BE in Mechanical
    Engineering …", "Higher Secondary (12th) … Bachelors degree in …")."""
    starts: list[int] = []
    run_end = -1
    opening = _opening(text)
    if opening is not None:
        starts, run_end = [opening[0]], opening[1]
    for match in _degree_matches(text):
        if match.start() < run_end:
            continue  # inside the opening: "HS Diploma"
        follows_one = run_end >= 0
        joined = follows_one and _JOINER.fullmatch(text[run_end : match.start()])
        in_brackets = follows_one and _ABBREVIATION_IN_BRACKETS.search(text, 0, match.start())
        if not joined and not in_brackets:
            starts.append(match.start())
        run_end = match.end()
    return starts


# Further on, a two-letter form needs "in" and a field after it ("… University ME in Thermal
# Engineering …"), and no comma before it ("Boston, MA in 2015").
_TWO_LETTER_IN_FIELD = re.compile(rf"(?<=[^,\s] )(?:{_TWO_LETTER}) in (?=[A-Z])")


def _degree_matches(text: str) -> list[re.Match[str]]:
    found = [*_ANY_DEGREE.finditer(text), *_TWO_LETTER_IN_FIELD.finditer(text)]
    return sorted(found, key=lambda match: match.start())


# "High School Diploma : Advanced Diploma": the diploma is the school's.
_SCHOOL_DIPLOMA = re.compile(r"[\s:(-]*(?:[^\W\d_]+\s+)?Diploma\b", re.I)


def _opening(text: str) -> tuple[int, int] | None:
    """Where a two-letter degree or a school-leaving certificate opening the text begins and
    ends (the patterns of `_ANY_DEGREE` do not include them)."""
    lead = len(text) - len(text.lstrip(" :-"))
    bare = _bare(text[lead:], in_education=True)
    if bare is not None:
        return lead, lead + bare.end
    school = _SCHOOL.match(text, lead)
    if school is None:
        return None
    diploma = _SCHOOL_DIPLOMA.match(text, school.end())
    return lead, diploma.end() if diploma else school.end()


def is_institution(text: str) -> bool:
    return bool(_INSTITUTION_WORDS.search(text))
