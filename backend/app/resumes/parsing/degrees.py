"""Degrees as resumes write them, with their level and field of study.

Levels: Associate, Bachelor, Master, PhD. "PhD" stands for every doctorate, research or
professional: PhD, EdD, PharmD, JD and MD (the American MD is a doctorate; the Indian and
Pakistani MD after an MBBS is a postgraduate doctor-of-medicine degree, also above a Master's
in the hiring sense). Diplomas (polytechnic, HND, foundation degrees) are Associate level;
postgraduate diplomas (PGDM, "PG Diploma", UK PGDip) are Master level, as the UK framework and
India's AICTE rank them. European degrees: Licence, Laurea (triennale), Licenciatura →
Bachelor; Laurea Magistrale, Diplom(-Ingenieur), Diplôme d'ingénieur, MPhil, MEng → Master.

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
_PHD_ABBREVIATIONS = "Ph.D D.Phil Ed.D Pharm.D Psy.D D.Sc DNP DDS"
_MASTER_ABBREVIATIONS = (
    "M.Sc M.B.A MBA M.Tech M.Eng M.Com M.C.A MCA LL.M M.Phil M.Ed M.P.H M.F.A M.P.A M.S.W M.S.N"
    " M.Acc M.Arch M.Pharm M.Pharmacy MDS MSCS MSE M.Res M.Math M.Chem M.Phys M.Des MPS PGDM"
    " PGDBM PGDBA PGD PGDCA PGDip"
)
_BACHELOR_ABBREVIATIONS = (
    "B.Sc B.Tech B.Eng B.Com B.C.A BCA B.B.A BBA BBM LL.B M.B.B.S MBBS B.D.S BDS B.Pharm B.Pharmacy"
    " B.Arch B.F.A B.S.N BSN B.Ed BCS BSE B.Acc BMS BAMS BHMS BPT B.V.Sc B.Des BHM B.Voc"
)
# Only with their dots: undotted they are words or state codes (MA, MS, ME, MD, AS...).
_DOTTED_ONLY = {
    "PhD": "M.D J.D D.B.A D.M.D",
    "Master": "M.S M.A M.E",
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
        body = r"\.\s?".join(any_case(part) for part in parts)
    else:
        separated = r"(?:[.-]\s?|\s)".join(any_case(part) for part in parts)
        joined = "".join(parts)
        if spec not in _WORDS_WHEN_JOINED and len(parts) > 1:
            joined = "".join(any_case(part) for part in parts)
        body = f"(?:{separated}|{joined})" if len(parts) > 1 else any_case(spec)
    return r"(?<![\w.])" + body + r"(?![\w])\.?"


def _abbrs(level: DegreeLevel, specs: str = "") -> str:
    forms = [_abbr(spec) for spec in specs.split()]
    forms += [_abbr(spec, dotted=True) for spec in _DOTTED_ONLY[level].split()]
    return "|".join(forms)


# Capitalized words of a degree's name ("of Business Administration"), stopping at the words
# that introduce something else ("in Physics", "from Anna University").
_STOP = r"(?!(?:in|at|from|with|for|to|on|and|by)\b)"
_CAP_WORDS = rf"{_STOP}[A-Z][\w.]*(?: (?:and |& |of )?{_STOP}[A-Z][\w.]*)*"
_QUOTE = f"[{APOSTROPHES}]"


def _spelled(word: str) -> str:
    """ "Master's (degree)", "Masters", "Master degree", "Master of Science", "Master in X"."""
    return (
        rf"\b(?:{word})(?:{_QUOTE}?s(?: degree)?| degree|(?= (?:of|in)\b))"
        rf"(?: of {_CAP_WORDS})?"
    )


# (level, pattern, flags): abbreviations as written, spelled-out names in any case.
_PATTERNS: list[tuple[DegreeLevel, str, int]] = [
    ("PhD", _abbrs("PhD", _PHD_ABBREVIATIONS), 0),
    (
        "PhD",
        rf"\bDoctor of {_CAP_WORDS}|\bDoctorate\b|\bDoktor\b|\bDr\.-Ing\b",
        re.I,
    ),
    ("Master", _abbrs("Master", _MASTER_ABBREVIATIONS), 0),
    (
        "Master",
        _spelled("Master|Magister") + r"|\bMaster\s?[12]\b|\b(?:Post[- ]?Graduate|PG) Diploma\b"
        r"|\bLaurea (?:Magistrale|Specialistica)\b|\bDiplom-[A-Z]\w+|\bDiplom\b"
        rf"|\bDipl\.-?\s?[A-Z]\w*\.|\bDipl[oô]me d{_QUOTE}ing[eé]nieur\b|\bMestrado\b"
        r"|\bMaestr[ií]a\b",
        re.I,
    ),
    (
        "Bachelor",
        _abbrs("Bachelor", _BACHELOR_ABBREVIATIONS)
        + r"|\bLicence\b(?! (?:No|Number)\b)(?= (?:in|en|de|professionnelle|[A-Z]))",
        0,
    ),
    (
        "Bachelor",
        _spelled("Bachelor")
        + r"|\bLaurea(?: Triennale)?\b|\bLicenciatura\b|\bBacharelado\b|\bGrado en\b",
        re.I,
    ),
    (
        "Associate",
        rf"\bAssociate{_QUOTE}s(?: degree)?|\bAssociate (?:of|in) {_CAP_WORDS}"
        r"|\bAssociate degree\b|\bHND\b|\bFoundation Degree\b|"
        # India's nursing diplomas: General Nursing and Midwifery, Auxiliary Nurse Midwifery.
        + _abbrs("Associate", "A.A.S AAS GNM ANM"),
        0,
    ),
    ("Associate", r"(?<!School )(?<!Secondary )\bDiploma\b|\bHigher National Diploma\b", re.I),
]
# The letters each pattern can start with, checked first: most lines name no degree, and a
# failing one-character look-ahead is far cheaper than trying every alternative (find_degree runs
# on every line of a resume).
_FIRST_LETTERS = ["PDEMJpe", "d", "MLP", "mpld", "BLM", "blg", "AHFG", "dh"]
_DEGREES = [
    (level, re.compile(rf"(?=[{first}])(?:{pattern})", flags))
    for (level, pattern, flags), first in zip(_PATTERNS, _FIRST_LETTERS, strict=True)
]
# All of them in one scan, to turn away the many lines that name no degree at once.
_ANY_DEGREE = re.compile(
    "|".join(
        f"(?i:{pattern.pattern})" if pattern.flags & re.I else f"(?:{pattern.pattern})"
        for _, pattern in _DEGREES
    )
)

_TWO_LETTER_FORMS = re.compile(r"\b(?:BS|BA|MS|MA|BE|ME|MD|AA|AS|JD)\b")


def may_name_degree(line: str, *, in_education: bool) -> bool:
    """A quick look: False when the line surely names no degree (most lines of a resume)."""
    return bool(
        _ANY_DEGREE.search(line)
        or _TWO_LETTER_FORMS.search(line)
        or (in_education and _SCHOOL.search(line))
    )


_SCHOOL = re.compile(
    r"\b(?:High School(?: Diploma)?|Higher Secondary|Senior Secondary|Secondary School"
    r"|HSC|SSC|SSLC|HSSC|Intermediate|Matric(?:ulation)?|[AO][- ]Levels?|I?GCSEs?|ICSE|CBSE|PUC"
    r"|Pre-University"
    r"|F\.?\s?Sc\b\.?|GED|Abitur|Baccalaur[ée]at)\b"
    r"|(?<![\w.])(?:10|12)(?:th|TH)\b|\b(?:Class|Std\.?|Standard|Grade) (?:X|XII|10|12)\b",
    re.I,
)

# Two-letter forms: level, and the words after them that make them something else.
_BARE = re.compile(r"^(?P<abbr>BS|BA|MS|MA|BE|ME|MD|AA|AS|JD)(?![\w.])")
_BARE_LEVELS: dict[str, DegreeLevel] = {
    "BS": "Bachelor", "BA": "Bachelor", "BE": "Bachelor", "MS": "Master", "MA": "Master",
    "ME": "Master", "MD": "PhD", "JD": "PhD", "AA": "Associate", "AS": "Associate",
}  # fmt: skip
_NOT_AFTER_BARE = re.compile(
    r"\s*(?:[-/]?\s*(?:Office|Excel|Word|PowerPoint|Power Point|Access|Project|Outlook|SQL"
    r"|Dynamics|Teams|Visio|Windows|Azure|Paint|DOS|Exchange|CRM|Navision)\b|\d|&|and\b|/)",
    re.I,
)
_BARE_FIELD_START = re.compile(r"\s*(?:,|:|-|\(|in\b|of\b|[A-Z])")

_FIELD_SEPARATORS = re.compile(rf"^(?:\s*(?:in\b|of\b|with\b|[,:;/+&{DASHES}-]))+\s*", re.I)
_FIELD_END = re.compile(rf"\s*(?:[,;·|()]|\s[{DASHES}-]\s|\s{{2,}}|\b(?:19|20)\d\d\b)")
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


_JOINER = re.compile(rf"[\s/,+&{DASHES}-]*")
_INITIALS = re.compile(r"^[A-Z]\.\s?[A-Z]\.?$")


def find_degree_in(text: str, *, in_education: bool) -> Degree | None:
    """The highest degree named in one field of a line (dates already removed), with its field
    of study. Outside an education section two-letter forms need a field of study after them,
    and school-leaving qualifications are not reported."""
    found = _matches(text, in_education=in_education)
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


def _names_a_school(rest: str) -> bool:
    return bool(re.match(r"^\s+[A-Z]", rest)) and is_institution(_FIELD_END.split(rest, 1)[0])


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


def _bare(text: str, *, in_education: bool) -> _Found | None:
    match = _BARE.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    if _NOT_AFTER_BARE.match(rest):
        return None
    if not (_BARE_FIELD_START.match(rest) or (in_education and not rest.strip(" .,"))):
        return None
    return _Found(match.start(), match.end(), _BARE_LEVELS[match["abbr"]])


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
    if not field or not field[0].isalpha() or _INSTITUTION_WORDS.search(field):
        return None
    return None if _NOT_A_FIELD.match(field) else field


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
    Y …"); a run of joined degrees ("BA LLB", "B.S./M.S.") counts once."""
    starts: list[int] = []
    run_end = -1
    for match in _ANY_DEGREE.finditer(text):
        if run_end < 0 or not _JOINER.fullmatch(text[run_end : match.start()]):
            starts.append(match.start())
        run_end = match.end()
    return starts


def is_institution(text: str) -> bool:
    return bool(_INSTITUTION_WORDS.search(text))
