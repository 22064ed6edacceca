"""Jobs written as sentences, as many Indian and Gulf CVs write them:

    Worked as a Teacher in Shri Swamy Matric School, Salem from June 2015 to Feb. 2018.
    Presently working with Eminence Softech Pvt Ltd as a Technical Associate since May 2016.
    Dec'13 - Aug'16 with Bauer Foundation LLC, Abu Dhabi, UAE as Electrical Engineer

A sentence is a job when it names a title (after "as"), an employer (after "in", "at", "with"
or "for") and dates; a sentence without dates is a duty ("worked with the sales team as its
liaison"). The sentence may wrap over lines. A sentence in the present tense may give only the
date the job began ("Working as an accountant in X from September 2014").

Where a CV's Experience section holds no job read any other way, its sentences are read without
dates too (`prose_jobs(lines, dated=False)`: "Working as a Site Engineer in IG3 Infra Ltd,
Chennai."), when their title reads as one ("Engineer", "Officer") and their employer does not."""

import re

from app.resumes.parsed import Experience
from app.resumes.parsing.dates import DateRange, find_date_range, find_open_start
from app.resumes.parsing.experience import collect_highlights
from app.resumes.parsing.roles import is_location, title_score
from app.resumes.parsing.text import DASHES, is_bullet, strip_bullet

_WORKED = r"(?:work(?:ed|ing)|employed|serv(?:ed|ing)|associated|engaged|placed|job|experience)"
_AT = r"(?:in|at|with|for)"
_ARTICLE = r"(?:an?\s+|the\s+)?"
_PART = r"(?P<{name}>[^;:]{{2,90}}?)"
_AFTER = r"(?=\s*(?:[,(]\s*)?(?:from|since|during|between|for the period|till|until|w\.?e\.?f)\b)"
"""Where a title or an employer ends when the dates follow."""
_SHAPES = [
    # Worked as a Teacher in Shri Swamy School from June 2015 to Feb. 2018
    re.compile(
        rf"\b{_WORKED}\s+as\s+{_ARTICLE}{_PART.format(name='title')}\s+{_AT}\s+"
        rf"(?:m/?s\.?\s*)?{_PART.format(name='company')}{_AFTER}",
        re.IGNORECASE,
    ),
    # Working with Eminence Softech as a Technical Associate since May 2016
    re.compile(
        rf"\b{_WORKED}\s+{_AT}\s+(?:m/?s\.?\s*)?{_PART.format(name='company')}\s+as\s+{_ARTICLE}"
        rf"{_PART.format(name='title')}(?:{_AFTER}|\s*[.,;]?\s*$)",
        re.IGNORECASE,
    ),
    # Working in Nayee Pahal NGO from 1 Jan 2016 to 31 Dec 2016 as a volunteer
    re.compile(
        rf"\b{_WORKED}\s+{_AT}\s+(?:m/?s\.?\s*)?{_PART.format(name='company')}\s*[,(]?\s*"
        rf"(?:from|since|during)\s+(?P<dates>[^;:]{{5,40}}?)\)?\s*[,]?\s+as\s+{_ARTICLE}"
        rf"{_PART.format(name='title')}\s*[.,;]?$",
        re.IGNORECASE,
    ),
    # Dec'13 - Aug'16 with Bauer Foundation LLC, Abu Dhabi as Electrical Engineer
    re.compile(
        rf"^(?P<dates>.{{5,40}}?)\s*[{DASHES}:,-]*\s*(?:with|at|in)\s+(?:m/?s\.?\s*)?"
        rf"{_PART.format(name='company')}\s+as\s+{_ARTICLE}{_PART.format(name='title')}\s*[.,;]?$",
        re.IGNORECASE,
    ),
]
_UNDATED = re.compile(
    rf"\b{_WORKED}\s+as\s+{_ARTICLE}{_PART.format(name='title')}\s+(?:in|at|with)\s+"
    rf"(?:m/?s\.?\s*)?{_PART.format(name='company')}\s*[.,;]?\s*$",
    re.IGNORECASE,
)
"""Working as a Site Engineer in IG3 Infra Ltd, Chennai. (no dates: read only with `dated`
False; "for" names how long as often as whom: "as Research Engineer for more than 9 months")"""
_WISH = re.compile(
    r"\b(?:looking|seeking|seek|want|wish|aspir\w*|opportunit\w*|would like|to work)\b", re.I
)
"""An objective ("Looking for a job as an engineer in a growing organisation"), not a job."""
_PRESENT_TENSE = re.compile(r"\b(?:presently|currently|at present|working|serving)\b", re.I)
MAX_TITLE_WORDS = 8
MAX_COMPANY_WORDS = 12
_EDGES = f' .,;:-"\u201c\u201d\x93\x94{DASHES}'
_TRAILING_PLACE = re.compile(r"\s*\([^()]*\)$")
_TITLE_TAIL = re.compile(
    r"\s+(?:\d|for\b|with effect|on (?:a )?contract|on deputation|w\.?e\.?f|towards\b"
    r"|since\b|till\b|until\b|from\b).*|\s*\(\s*\d.*",
    re.I,
)
_TITLE_HEAD = re.compile(r"^(?:the )?(?:post|position|designation|role) of (?:an? )?", re.I)
_COMPANY_TAIL = re.compile(
    rf"\s+(?:at|as|towards|in the)\s.*|\s+[{DASHES}].*|\s+for\s+(?:\d|more|over|about|the)\b.*",
    re.I,
)
_SPAN = re.compile(r"^(?:\d|more than|over|about)|\b(?:years?|months?)\b", re.I)
"""How long, not who: "Research Engineer for more than 9 months in X" gives no employer."""
_QUOTES = '"\u201c\u201d\x93\x94'
"""Straight and curly double quotes, and the curly ones as a CP-1252 PDF leaves them."""
_QUOTED = re.compile(rf"^\s*[{_QUOTES}]\s*([^{_QUOTES}]{{2,80}}?)\s*(?:[{_QUOTES}]|$)")
_COMPANY_HEAD = re.compile(r"^.*\bm/s\.?\s*", re.I)


def prose_jobs(lines: list[str], *, dated: bool = True) -> list[Experience]:
    """The jobs written as sentences in `lines`, in order, each with what follows it up to the
    next as its highlights; with `dated` False, undated ones too when their title reads as one
    (for an Experience section whose jobs are read no other way)."""
    sentences = _sentences(lines)
    found = [
        (index, job) for index, text in enumerate(sentences) if (job := _job(text, dated=dated))
    ]
    jobs = []
    for number, (index, job) in enumerate(found):
        end = found[number + 1][0] if number + 1 < len(found) else len(sentences)
        jobs.append(
            job.model_copy(update={"highlights": collect_highlights(sentences[index + 1 : end])})
        )
    return jobs


def _sentences(lines: list[str]) -> list[str]:
    """Each bullet or line with the lines that continue it (a sentence wrapped by the PDF)."""
    sentences: list[str] = []
    for line in lines:
        text = strip_bullet(line).strip() if is_bullet(line) else line.strip()
        continues = (
            sentences
            and not is_bullet(line)
            and not sentences[-1].endswith((".", ":"))
            and (text[:1].islower() or text[:1].isdigit() or _open_ended(sentences[-1]))
        )
        if continues:
            sentences[-1] = f"{sentences[-1]} {text}"
        elif text:
            sentences.append(text)
    return sentences


def _open_ended(sentence: str) -> bool:
    """A sentence cut before its dates: "... Salem from June", "... Consultants from"."""
    return bool(re.search(r"\b(?:from|since|to|till|as|in|at|with|of|and|&)$", sentence, re.I)) or (
        bool(re.search(rf"\b{_WORKED}\b", sentence, re.I)) and find_date_range(sentence) is None
    )


def _job(sentence: str, *, dated: bool = True) -> Experience | None:
    for shape in _SHAPES if dated else [*_SHAPES, _UNDATED]:
        match = shape.search(sentence)
        if match is None:
            continue
        dates = _dates(sentence, match)
        title = _clean(_TITLE_HEAD.sub("", _TITLE_TAIL.sub("", _quoted(match["title"]))))
        title = _without_place(title)
        company = _COMPANY_TAIL.sub("", _COMPANY_HEAD.sub("", _quoted(match["company"])))
        company = _without_place(_clean(_TRAILING_PLACE.sub("", _before_place(company))))
        if not (_reads_as_title(title) and _reads_as_company(company)):
            continue
        if dates:
            return Experience(title=title, company=company, start=dates.start, end=dates.end)
        if not dated and _undated_job(sentence, title, company):
            return Experience(title=title, company=company)
    return None


def _undated_job(sentence: str, title: str, company: str) -> bool:
    return (
        title_score(title) > 0
        and title_score(company) <= 0
        and not company.lower().startswith(("a ", "an "))
        and not _SPAN.search(company)
        and not _WISH.search(sentence)
    )


def _dates(sentence: str, match: re.Match[str]) -> DateRange | None:
    if "dates" in match.re.groupindex:
        return find_date_range(match["dates"])
    find = find_open_start if _PRESENT_TENSE.search(sentence) else find_date_range
    return find(sentence[match.end() :]) or find_date_range(sentence[: match.start()])


def _before_place(company: str) -> str:
    """ "Orient Insurance PJSC, Muscat", "IG3 INFRA LTD,Chennai": the employer without its
    place."""
    head, comma, tail = company.partition(",")
    return head if comma and (tail.startswith(" ") or is_location(tail)) else company


def _quoted(text: str) -> str:
    """The words a CV put in quotes: "“Senior Executive” in Noida" names "Senior Executive"."""
    found = _QUOTED.search(text)
    return found[1] if found else text


def _without_place(text: str) -> str:
    """ "The Oriental Residency Hotel in India", "Senior Executive in Noida, Uttar Pradesh":
    without the place."""
    before, in_, place = text.rpartition(" in ")
    if in_ and (is_location(place) or is_location(place.split(",")[0]) or ", " in place):
        return before.strip(_EDGES)
    return text


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(_EDGES)


def _reads_as_title(title: str) -> bool:
    words = title.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and title[:1].isalpha()
        and title_score(title) >= 0
        and not is_location(title)
        and find_date_range(title) is None
    )


def _reads_as_company(company: str) -> bool:
    words = company.split()
    return (
        0 < len(words) <= MAX_COMPANY_WORDS
        and company[:1].isalnum()
        and not is_location(company)
        and find_date_range(company) is None
    )
