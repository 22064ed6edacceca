"""Sentences of a posting that are not about the job: the company's blurb, benefits, the equal
opportunity statement, and a recruiter's own pitch or how to apply. They are read as such
wherever they sit, under a heading or not, so that "a recruitment agency with over 35 years
experience in executive search" is never 35 years required, and the "excellent communication"
in its pitch is never a skill asked for.

Some phrases are only ever boilerplate ("equal opportunity employer", "401(k)", "send your
CV"). Others usually are ("We are a leading supplier...", "Our client...", "health insurance"),
unless the sentence is about the candidate ("Our client is looking for an engineer with 5+ years
of Python") or, for a benefit, is more than a short line ("Sell life and health insurance").

Every pattern is linear: literal words, bounded repeats, no two unbounded runs side by side.
"""

import re
from typing import Literal

from app.jobs.words import word_set, words_of

Boilerplate = Literal["eeo", "benefits", "recruiter", "company"]

SHORT_LINE_WORDS = 6
CLASSIFIED_CHARS = 400
"""A sentence is read by how it opens: a real one is shorter, and a pasted wall of text
without full stops must not cost a pass of every pattern over all of it."""

_EEO = re.compile(
    r"equal (?:employment )?opportunit(?:y|ies)|\beeo\b|affirmative action|without regard to"
    r"|regardless of (?:their )?(?:race|age|sex|gender|religion|colou?r|national|disability"
    r"|sexual|background)|protected (?:veteran|characteristic|class|status|group)"
    r"|reasonable accommodations?|diverse (?:and|&) inclusive|diversity,? equity"
    r"|committed to (?:building a )?(?:diversity|diverse|inclusion|inclusive|equal)"
    r"|\be-verify\b|all qualified applicants|we (?:celebrate|embrace|value|welcome) diversity"
    r"|drug[- ]free workplace|(?:do|does) not discriminate|non-?discrimination"
    r"|protected (?:attribute|characteristic)s?",
    re.I,
)
_BENEFITS = re.compile(
    r"\b401\s?\(?k\)?|\b403\s?\(?b\)?|paid time off|\bpto\b|paid (?:vacation|holidays?|sick"
    r"|parental|family|leave)|(?:parental|maternity|paternity) leave|tuition (?:reimbursement"
    r"|assistance)|employee (?:discounts?|assistance program|stock)|stock options|\brsus?\b"
    r"|equity (?:package|grants?)|benefits? package|(?:comprehensive|great|excellent|full)"
    r" benefits|pension (?:scheme|plan|contributions?)|retirement (?:plan|savings|match)"
    r"|annual leave|holiday allowance|days? (?:of )?(?:paid )?holiday|gym membership"
    r"|wellness (?:programs?|stipend|allowance|benefits)|commuter benefits|free (?:lunch|meals"
    r"|snacks|parking)|\bwe offer\b|what we offer|\bperks\b|sign[- ]on bonus|relocation"
    r" (?:assistance|package|support)|learning (?:budget|stipend)|company car|profit[- ]sharing"
    r"|medical,? dental|dental,? (?:and )?vision|(?:medical|health|dental|vision) (?:coverage"
    r"|benefits)|(?:you'?ll|you will) (?:be eligible for|be rewarded)",
    re.I,
)
# Also what a candidate may be asked for or work on: "willing to work flexible hours", "sell
# life and health insurance".
_WEAK_BENEFITS = re.compile(
    r"\b(?:health|medical|dental|vision|life|disability)(?:care)? insurance|flexible (?:working"
    r"|hours|schedules?|work arrangements?)|work[- ]life balance|hybrid working"
    r"|competitive (?:base )?(?:salary|pay|compensation|wages?|rates?)|\bbonus(?:es)?\b",
    re.I,
)
_AGENCY = (
    r"(?:recruit(?:ment|ing)|staffing|employment|search|talent acquisition) (?:agency|firm"
    r"|consultanc\w{1,3}|business|company|partner|specialists?|consultants?|group)"
)
_RECRUITER = re.compile(
    rf"\b(?:we are|we're|is|are|acting as|act as) (?:a|an|the) (?:[\w-]{{1,20}} ){{0,3}}{_AGENCY}"
    r"|executive search|head-?hunt\w{0,4}|\bapply (?:now|today|online|here"
    r"|via|through)\b|how to apply|please apply|to apply,? (?:please|send|email|visit|click"
    r"|submit|contact)|applications? (?:are |will be )(?:now open|accepted|reviewed|welcome)"
    r"|applications? close|click (?:on )?(?:the )?apply|send (?:us )?(?:your|an? (?:updated "
    r"|current )?)(?:cv|resume|r\u00e9sum\u00e9|application|cover letter)|submit (?:your|an? "
    r"(?:updated |current )?)(?:cv|resume|r\u00e9sum\u00e9|application)|\bif (?:you are|you're)"
    r" interested|interested (?:candidates|applicants|parties)|only shortlisted"
    r"|shortlisted candidates|(?:for|find out) more (?:information|details)|\bget in touch"
    r"|\bjob (?:ref|reference|id|number)\b|\bref(?:erence)?(?: number| no\.?)?\s?[:#]"
    r"|by applying|on behalf of (?:our|a|my) client|\bto apply\s?[.!]?$"
    # The hiring process and what to send: "The recruitment process is ongoing", "As part of
    # Acme's employment process...", "Please include a cover letter", "contact our Talent
    # Acquisition team" (not "manage the recruitment process": that is an HR duty).
    r"|\b(?:our|the) (?:recruitment|hiring|application|selection|interview) process"
    r" (?:is|will|may|includes?|consists|involves)\b|\bthrough our (?:recruitment|hiring)"
    r"|\bas part of (?:our|the|[\w&.-]{1,30}'s) (?:recruitment|hiring|employment|application"
    r"|selection|onboarding) process|\bpre-employment (?:screening|check)"
    r"|recruitment (?:system|portal)|\bas (?:a |the |our )?recruitment partner"
    r"|contact (?:our |the )?(?:recruitment|talent acquisition) (?:consultant|team)"
    r"|talent acquisition team$|\bif you have (?:any )?(?:questions|queries)|cover letter"
    r"|curriculum vita|letter of (?:motivation|introduction)|motivat\w{2,6} (?:statement"
    r"|letter)|(?:salary|pay) (?:negotiation|supplement) (?:is|are|will)|negotiation for"
    r" (?:salary|pay)(?: supplement)? (?:is|are|will)|confidentiality is guaranteed",
    re.I,
)
# An agency's voice, unless the sentence is about the candidate or sits under "Duties" ("sell
# to recruitment agencies", "demos for our client's buyers").
_CLIENT = re.compile(rf"\b(?:our|my) client\b(?!s)|{_AGENCY}", re.I)
_COMPANY = re.compile(
    r"^(?:at [\w&.'-]{1,40}(?: [\w&.'-]{1,40}){0,3}, )?(?:we(?:'re| are| have| were|'ve)?"
    r" (?:a |an |the |proud|committed|dedicated|passionate|building|growing|known|trusted"
    r"|based|headquartered|backed|funded|founded|one of|part of|on a mission|here to|leaders?"
    r"|been|over|more than|\d)|we (?:build|make|help|believe|serve|provide|design|develop"
    r"|value|pride|partner|specialize|specialise|deliver|operate|manufacture|create|exist"
    r"|started|began|employ|support|power|connect|work with|strive|recogni[sz]e|aim|care"
    r"|invest|encourage|foster|promote|look first|built|embrace"
    r"|have grown)\b|our (?:[\w-]{1,20} ){0,2}(?:company|business|people|approach|solutions"
    r"|products|services|technology|platform|software) (?:is|are|make|makes|help|helps|allow"
    r"|enable|power|serve|give|let|range)\b|our (?:company|mission|vision"
    r"|values|culture|story|people|customers|clients|products?|platform|founders?|firm"
    r"|organi[sz]ation|business|group|history|purpose|goal|offices?|headquarters|hospital"
    r"|practice|school|agency|brand|portfolio|team (?:is|are|has|of))\b)"
    r"|\bfounded (?:in|by|\d)|\bestablished (?:in|\d)|\bsince (?:19|20)\d\d|headquartered"
    r"|\b(?:over|more than|nearly|almost) [\d,]{1,9}\+? (?:employees|people|staff|customers"
    r"|clients|locations|offices|stores|branches|countries|members|users|patients|beds|sites)"
    # An employer's size: "our team of 40,000+ technologists" (a duty's team is smaller).
    r"|\b(?:team of|its|our) (?:\d{1,3}(?:,\d{3})+|\d{4,})\+? (?:employees|people|staff"
    r"|students|technologists|colleagues|engineers|professionals|members|patients|customers"
    r"|users)"
    r"|\b(?:is|are) (?:a|an|the|one of the) (?:[\w-]{1,20} )?(?:leading|leader|global"
    r"|largest|fastest|world|fast[- ]growing|award[- ]winning|market[- ]leading"
    r"|family[- ]owned|privately[- ]held|publicly[- ]traded|premier|trusted|innovative"
    r"|growing|well[- ]established|renowned|successful|not[- ]for[- ]profit|non-?profit"
    r"|start-?up|(?:company|firm|provider|manufacturer|supplier|employer|organi[sz]ation)\b)"
    r"|\b(?:over|in|during) the (?:last|past) (?:\d{1,3}|few|several) (?:years|decades)"
    r"|\b(?:has|have) (?:grown|developed|evolved|expanded) (?:into|to become)\b"
    r"|industry leader|in business for|\bserving (?:[\w-]{1,20} ){0,4}(?:for|since)\b"
    r"|trusted by|fortune \d{2,4}|one of the (?:largest|leading|fastest|top|best)"
    r"|pride ourselves|(?:our|the) company has|\byears? (?:in|of) business(?=\s{0,3}(?:[.,;!)]|$))"
    r"|years? of (?:history|heritage|excellence|trading|service|success|growth|innovation)",
    re.I,
)
# A sentence that opens with the company's history, even if it goes on about the candidate
# ("Our company has over 50 years of experience in...", "We are a leading care agency with 25
# years of experience placing carers", "Kind Hands Recruitment are an agency with 25 years...";
# a name is capitalised, so "The ideal candidate is a nurse with 5 years..." is not one).
_COMPANY_HISTORY = re.compile(
    r"^(?:(?:we|we've|our (?:company|firm|business|team|agency|group)|the company)"
    r" (?:have|has) (?:been|over|more than|nearly|almost|\d)|(?:founded|established)"
    r" (?:in|by|\d)|headquartered in |family[- ]owned |in business for "
    r"|(?:we(?:'re| are)|(?-i:(?:[A-Z][\w&.'-]{0,40} ){1,4})(?:is|are)) (?:a|an|the|one of the)"
    r" (?:[\w-]{1,20} ){0,4}with (?:over |more than )?\d{1,3}\+? years)",
    re.I,
)
# A capitalised name opening an introduction, then what companies do ("Acme Pay builds payment
# infrastructure"): the company's blurb, in the introduction only ("Python is a must" is not).
_NAMED_COMPANY = re.compile(
    r"^(?:[A-Z][\w&.'-]{0,40} ){1,4}(?:builds|makes|provides|helps|offers|develops|designs"
    r"|delivers|serves|operates|manufactures|specializes|specialises|creates|powers|connects"
    r"|supports|was founded|has been|is (?:a|an|the|one of|proud|committed|on a mission"
    r"|headquartered|based))\b"
)
_ABOUT_CANDIDATE = re.compile(
    r"\b(?:you|your|you'll|you're|you've|yourself)\b|\bcandidates?\b|\bapplicants?\b"
    r"|\bideal(?:ly)?\b|\blooking for\b|\bseeking\b|\bwe (?:need|want|require)\b|\bhiring\b"
    r"|\bmust\b|\brequired\b|\brequires?\b|\brequirements?\b|\bminimum\b|\bat least\b"
    r"|\bability to\b|\bable to\b|\bwilling(?:ness)? to\b|\bproficien\w{0,4}"
    r"|\bknowledge of\b|\bdegree\b|\bqualifi\w{0,9}|\bthis (?:role|position|job)\b"
    r"|\bthe (?:role|position)\b|\bresponsib\w{0,9}|\ba plus\b|\bpreferred\b"
    r"|\bexperienced?\b|\bfamiliar\w{0,5}|\bexpertise\b"
    r"|nice[- ]to[- ]have|\bdesirable\b|\badvantage\w{0,5}",
    re.I,
)


# Words at least one of which every match of a pattern contains: a sentence without any is
# not searched (each search tries dozens of alternatives at every character; the test of
# these sets is in tests/jobs/test_boilerplate.py).
_EEO_WORDS = word_set(
    "equal eeo affirmative regard regardless protected accommodation accommodations diverse"
    " diversity inclusion inclusive verify applicants drug discriminate discrimination"
    " nondiscrimination"
)
_RECRUITER_WORDS = word_set(
    "search recruitment recruiting staffing employment executive headhunt headhunter headhunters"
    " headhunting head apply applications application click send submit interested"
    " shortlisted information details touch job ref reference applying behalf process hiring"
    " talent questions queries cover curriculum letter statement salary pay negotiation"
    " confidentiality"
)
_BENEFITS_WORDS = word_set(
    "401 401k 403 403b paid pto parental maternity paternity tuition employee stock rsu rsus"
    " equity benefit benefits pension retirement annual holiday gym wellness commuter free"
    " offer perks sign relocation learning car profit medical dental vision health eligible"
    " rewarded"
)
_COMPANY_HISTORY_WORDS = word_set(
    "we our company founded established headquartered family business years"
)
_WEAK_BENEFITS_WORDS = word_set("insurance flexible balance hybrid competitive bonus bonuses")
_CLIENT_WORDS = word_set("client recruitment recruiting staffing employment search acquisition")
_COMPANY_WORDS = word_set(
    "we our founded established since headquartered employees people staff customers clients"
    " locations offices stores branches countries members users patients beds sites leading"
    " leader global largest fastest world growing award market family privately publicly"
    " premier trusted innovative renowned successful profit nonprofit startup start company"
    " firm provider manufacturer supplier employer organisation organization industry business"
    " serving fortune top best pride history heritage excellence trading service success"
    " growth innovation students technologists colleagues engineers professionals years"
    " decades grown developed evolved expanded"
)
_ABOUT_CANDIDATE_WORDS = word_set(
    "you your yourself candidate candidates applicant applicants ideal ideally looking seeking"
    " need want require hiring must required requires requirement requirements minimum least"
    " ability able willing willingness proficient proficiency proficiently knowledge degree"
    " qualified qualification qualifications qualifies qualifying role position job"
    " responsible responsibility responsibilities plus preferred nice desirable advantage"
    " advantages advantageous experience experienced familiar familiarity expertise"
)
_WEAK_WORDS = _WEAK_BENEFITS_WORDS | _CLIENT_WORDS | _COMPANY_WORDS
PREFILTERS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (_EEO_WORDS, _EEO),
    (_RECRUITER_WORDS, _RECRUITER),
    (_BENEFITS_WORDS, _BENEFITS),
    (_COMPANY_HISTORY_WORDS, _COMPANY_HISTORY),
    (_WEAK_BENEFITS_WORDS, _WEAK_BENEFITS),
    (_CLIENT_WORDS, _CLIENT),
    (_COMPANY_WORDS, _COMPANY),
    (_ABOUT_CANDIDATE_WORDS, _ABOUT_CANDIDATE),
)


def boilerplate_kind(sentence: str, *, in_introduction: bool = False) -> Boilerplate | None:
    """What kind of boilerplate a sentence is, or None when it may be about the job.

    In the introduction (before any section heading, or under "About the role") a short line
    naming a benefit, a sentence about "our client" and one opening with a name and what it
    does are boilerplate too; under "Responsibilities", "Health insurance claims" and "demos
    for our client's buyers" are work."""
    sentence = sentence[:CLASSIFIED_CHARS].replace("\u2019", "'")
    words = words_of(sentence)
    if not words.isdisjoint(_EEO_WORDS) and _EEO.search(sentence):
        return "eeo"
    if not words.isdisjoint(_RECRUITER_WORDS) and _RECRUITER.search(sentence):
        return "recruiter"
    if not words.isdisjoint(_BENEFITS_WORDS) and _BENEFITS.search(sentence):
        return "benefits"
    if not words.isdisjoint(_COMPANY_HISTORY_WORDS) and _COMPANY_HISTORY.search(sentence):
        return "company"
    if words.isdisjoint(_WEAK_WORDS) and not (in_introduction and _NAMED_COMPANY.match(sentence)):
        return None  # nothing a weaker rule could find: whether it is about the candidate is moot
    if not words.isdisjoint(_ABOUT_CANDIDATE_WORDS) and _ABOUT_CANDIDATE.search(sentence):
        return None
    return _weak_boilerplate(sentence, words, in_introduction)


def _weak_boilerplate(
    sentence: str, words: frozenset[str], in_introduction: bool
) -> Boilerplate | None:
    """What a sentence that says nothing of the candidate usually is."""
    if not words.isdisjoint(_WEAK_BENEFITS_WORDS):
        benefits = {match[0].lower() for match in _WEAK_BENEFITS.finditer(sentence)}
        short = len(sentence.split(maxsplit=SHORT_LINE_WORDS)) <= SHORT_LINE_WORDS
        if len(benefits) >= 2 or (benefits and short and in_introduction):
            return "benefits"
    if not words.isdisjoint(_COMPANY_WORDS) and _COMPANY.search(sentence):
        return "company"
    if not in_introduction:
        return None  # under "Duties", "the sale of our client's software" is work
    if not words.isdisjoint(_CLIENT_WORDS) and _CLIENT.search(sentence):
        return "recruiter"
    if _NAMED_COMPANY.match(sentence):
        return "company"
    return None


def is_about_candidate(sentence: str) -> bool:
    """Whether a sentence speaks to or of the candidate, or of what the role asks."""
    sentence = sentence[:CLASSIFIED_CHARS].replace("\u2019", "'")
    return not words_of(sentence).isdisjoint(_ABOUT_CANDIDATE_WORDS) and bool(
        _ABOUT_CANDIDATE.search(sentence)
    )
