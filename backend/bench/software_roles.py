"""The kind of software work a job title names, by a fixed rule, for the role-matching bench.

bench/posting_fields.py puts every developer, tester and network engineer in one field,
"software"; this rule tells them apart, so the bench can ask whether a Java posting ranks a
Java developer above a tester. It was written from the titles alone, before any matcher was
scored on it, and is never tuned to a matcher's results:

1. every role whose pattern matches the lower-cased title is found;
2. the two broad roles, web/front-end and IT support, yield to any other role found with
   them ("ASP.NET Web Developer" is a .NET developer, "Network Support Engineer" a network
   engineer);
3. exactly one role left names the title's role; none or two or more give None, and the
   item is left out ("Software Engineer" names no kind, "Java or C++" two).

Roles the sets hold too few items of to score apart are merged: data science, analysis, BI
and ETL are "data"; network, security and system administration "infrastructure"; Salesforce,
SAP and Dynamics "crm/erp".
"""

import re

ROLE_PATTERNS: dict[str, str] = {
    "java": r"\bjava\b|\bj2ee\b|spring boot",
    ".net": r"\.\s?net\b|\bnet\b|\basp ?net\b|\bvb ?net\b|\bcnet\b|c#|dotnet",
    "python": r"python|pyhton|django|flask",
    "php": r"\bphp\b",
    "ruby": r"\bruby\b|\brails\b",
    "c/c++/embedded": r"c\+\+|\bc\b(?![#+])|embedded|firmware|\brtos\b",
    "mobile": r"android|\bios\b|mobile (developer|engineer|app)|react ?\(? ?native|flutter|"
    r"\bswift\b|kotlin|xamarin",
    "testing": r"\btest|tester|\bqa\b|quality (assurance|engineer|analyst)|\bsdet\b",
    "devops/cloud": r"devops|dev ops|cloud (engineer|engineering|administrator|admin|"
    r"(solutions? )?architect|developer|support|intern|infrastructure)|\baws\b|azure|\bgcp\b|"
    r"site reliability|\bsre\b|build engineer|release (manager|engineer)|kubernetes",
    "database": r"database|\bdba\b|sql server|\bmssql\b|oracle dba|\bdb2\b|"
    r"\bsql (developer|administrator|admin|administration)",
    "data": r"data (scien|analy|engineer|warehouse)|\bsas\b|\bbi (developer|analyst)|"
    r"business intelligence|\bmi analyst|statistician|machine learning|bioinformatic|"
    r"artificial intelligence|\betl\b|hadoop|big data",
    "infrastructure": r"network|\bnoc\b|cisco|\bccna\b|cyber|infosec|information security|"
    r"security (engineer|analyst|architect|admin)|it security|firewall|penetration|threat|"
    r"systems? admin|sysadmin|server admin|\bunix\b|linux (admin|engineer|consultant|support)",
    "business analysis": r"business( and)?( systems)? analy|functional (consultant|analyst)|"
    r"requirements analyst",
    "project management": r"project manag|programme manag|program manag|\bpmo\b|"
    r"project coordinator|delivery manager|scrum master",
    "crm/erp": r"\bsap\b|salesforce|\bcrm\b|dynamics|marketing cloud|\berp\b",
    "it management": r"(information technology|\bit\b) (manager|management|director|"
    r"supervisor|senior manager)|(director|head|vp|vice[- ]president)[ ,-]*(of )?"
    r"(global )?(information technology|it\b)|chief (information|technology) officer|"
    r"\bcio\b|\bcto\b",
    "web/front-end": r"front[- ]?end|\bui\b|\bux\b|user experience|experience designer|"
    r"web ?(developer|designer|design|frontend)|website|\bhtml|\bcss\b|react|angular|"
    r"javascript|node\.?js|wordpress|drupal",
    "it support": r"\b(it|technical|desktop|technology|help ?desk|service ?desk) support|"
    r"support (technician|analyst|engineer|specialist|executive)|help ?desk|service desk|"
    r"\bit technician|information technology technician|\bpc technician|computer technician",
}
BROAD_ROLES = ("web/front-end", "it support")
_COMPILED = {role: re.compile(pattern) for role, pattern in ROLE_PATTERNS.items()}


def title_roles(title: str) -> set[str]:
    """Every role the title names once the broad ones have yielded (rules 1 and 2)."""
    lowered = " ".join(title.lower().split())
    found = {role for role, pattern in _COMPILED.items() if pattern.search(lowered)}
    specific = found - set(BROAD_ROLES)
    return specific or found


def title_role(title: str | None) -> str | None:
    """The one role the title names, or None when it names none or several."""
    roles = title_roles(title) if title else set()
    return next(iter(roles)) if len(roles) == 1 else None
