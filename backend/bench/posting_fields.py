"""The field a job title names, by a fixed rule, for the matching bench's labels.

Adzuna files an ad under the category of the agency or site that placed it, not of the job:
its "HR & Recruitment" ads are mostly developer jobs placed by recruiters, its "Travel" ads
chefs and personal trainers. A resume of the job's own field is what a matcher should rank
first, so the bench labels an Adzuna posting by what its title says the job is. The rule was
written from the titles alone, before any matcher was scored on it, and is never tuned to a
matcher's results: the first pattern that matches the lower-cased title wins (so "Sales
Engineer" is sales, "Software Engineer" software, "Project Engineer" engineering); a title no
pattern names ("Manager", "Associate") gives None and the posting is left out. Industry words
("healthcare" in "Healthcare IT Consultant") name no field: only occupations do.
"""

import re

TITLE_FIELDS: list[tuple[str, str]] = [
    (
        "sales",
        r"\bsales\b|telesales|business development|account manager|account executive|"
        r"negotiator|lead generation|relationship manager",
    ),
    (
        "software",
        r"developer|programmer|software|\bqa\b|tester|\btest (engineer|manager|analyst)|"
        r"\bnet\b|php|java|\bweb\b|database|unix|linux|systems? analyst|\bit support|"
        r"devops|network|\bsql\b|configuration analyst|release manager|solutions? architect|"
        r"software architect|data scientist|\bcrm\b|information technology|"
        r"\bit (manager|specialist|analyst|consultant|director|technician|officer)",
    ),
    ("aviation", r"pilot|aviation|aircraft|\bflight|airline|avionic"),
    ("agriculture", r"\bfarm|agricultur|agronom|\bcrop|livestock|horticult"),
    ("automotive", r"automotive|auto (technician|mechanic)|vehicle|\bcar\b"),
    ("apparel/fashion", r"fashion|apparel|stylist|seamstress|tailor|garment"),
    ("arts", r"\bartist|art director|musician|\bactor|photograph|illustrat|curator"),
    ("fitness", r"personal train|fitness|swimming instructor|sport coach|gym\b"),
    ("teaching", r"teacher|teaching|lecturer|tutor\b|\bsenco\b"),
    (
        "nursing/healthcare",
        r"nurse|nursing|\brgn\b|\brmn\b|care (worker|assistant|home)|support worker|"
        r"health ?care (assistant|worker|technician|aide)|pharmacy|dental|physiotherap|"
        r"\bodp\b|carer|midwife|home manager|"
        r"clinical|supported living|occupational therapist|social worker|medical|patient|"
        r"hospital|pharmac|phlebotom",
    ),
    (
        "chef/hospitality",
        r"\bchef|\bcommis\b|\bsous\b|pastry|kitchen|restaurant|waiter|waitress|waiting staff|"
        r"\bbar\b|barista|\bpub\b|hotel|housekeep|catering",
    ),
    ("hr", r"\bhr\b|human resources|recruitment consultant|recruiter|payroll|talent"),
    (
        "finance/accounting",
        r"account(ant|s|ing)\b|finance|financial|audit|\btax\b|credit control|mortgage|"
        r"\bfund\b|bookkeep|actuar|underwrit|quant|bank|lending|loan",
    ),
    ("customer-service", r"customer (service|support|care)|call cent|contact cent|helpdesk"),
    ("legal", r"solicitor|lawyer|paralegal|legal|conveyanc|barrister"),
    ("design", r"designer|graphic"),
    ("marketing/media", r"marketing|\bpr\b|public relations|social media|journalist|editor"),
    ("construction", r"site manager|quantity surveyor|construction|bricklay|carpent|plumb"),
    (
        "engineering",
        r"engineer|\bcnc\b|borer|machinist|setter|fitter|electrician|technician|"
        r"draughts|\bcad\b|welder",
    ),
]
_COMPILED = [(field, re.compile(pattern)) for field, pattern in TITLE_FIELDS]


def title_field(title: str) -> str | None:
    """The field the title names, or None when no rule names one."""
    lowered = " ".join(title.lower().split())
    return next((field for field, pattern in _COMPILED if pattern.search(lowered)), None)
