"""Words that name a person in a role ("Engineer", "Nurse", "Electrician"): one list for a
posting's title (app/jobs/titles.py) and for a resume's skills, where a job title is not a
skill (app/resumes/parsing/role_phrases.py).

Every word heads O*NET or ESCO occupation titles ("Software Developers", "care assistant"; the
tests check each against app/data/knowledge), but not every head of those titles is here:
"Server", "Model", "Monitor", "Member" and "Blender" head titles too, and name things as often.

A resume reads a phrase ending on a role as a job title even when the knowledge does not know
the phrase, so it takes only the roles that name nothing else (`PERSON_ROLES`): a skills list's
"Device Driver", "Domain Controller" or "Web Server Agent" are tools, while a posting's first
line "Delivery Driver" is its title.
"""

import re

PERSON_ROLES = (
    "administrator", "engineer", "developer", "programmer", "architect", "analyst", "manager",
    "director", "consultant", "specialist", "coordinator", "assistant", "associate",
    "supervisor", "technician", "officer", "executive", "designer", "tester", "intern",
    "trainee", "lead", "founder", "expert", "owner",
)  # fmt: skip
OTHER_ROLES = (
    "scientist", "head", "advis[oe]r", "representative", "rep", "accountant", "bookkeeper",
    "auditor", "controller", "nurse", "rn", "lpn", "physician", "therapist", "pharmacist",
    "technologist", "mechanic", "electrician", "plumber", "welder", "carpenter", "machinist",
    "operator", "driver", "teacher", "tutor", "instructor", "lecturer", "professor", "researcher",
    "writer", "editor", "recruiter", "generalist", "clerk", "cashier", "agent", "attendant",
    "foreman", "superintendent", "estimator", "surveyor", "inspector", "planner", "buyer",
    "chef", "cook", "internship", "apprentice", "fellow", "strategist", "producer", "marketer",
    "worker", "aide", "caregiver", "counsel+or", "paralegal", "lawyer", "attorney", "solicitor",
    "surgeon", "dentist", "hygienist", "receptionist", "secretary", "banker", "underwriter",
    "trader", "broker", "actuary", "economist", "statistician", "installer", "fitter",
    "labou?rer", "helper", "vp", "president", "cto", "cfo", "ceo",
    "business partner", "operative", "porter", "practitioner", "waiter", "waitress",
    "negotiator", "carer", "trainer", "coach", "stylist", "housekeeper", "cleaner", "paramedic",
    "midwife", "dietitian", "bartender", "barista", "host", "hostess", "steward", "concierge",
    "valet", "guard", "setter",
)  # fmt: skip
"""Roles a posting's title names that a resume's skills list also uses for things ("Agent",
"Driver", "Operator", "Controller", "Host") or that a resume seldom lists."""
ROLES = PERSON_ROLES + OTHER_ROLES

PERSON_ROLE = re.compile(rf"(?:{'|'.join(PERSON_ROLES)})s?", re.I)
"""A role that names nothing else, to match whole (`fullmatch`) or to build on."""
ROLE_NOUN = re.compile(rf"\b(?:{'|'.join(ROLES)})s?\b", re.I)
"""Any role, to search a line for."""
