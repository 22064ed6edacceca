"""Surface forms that are also ordinary words, and what it takes to read them as skills.

A rule is keyed by the normalised surface form (see `normalize_key`), not by the skill, so
"golang" stays unambiguous while a bare "Go" needs support from its surroundings.
"""

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class AmbiguityRule:
    casings: tuple[str, ...] = ()
    """Accepted spellings, exactly as written; empty means any case."""
    sure_casings: tuple[str, ...] = ()
    """Spellings that need no context even when `needs_context` asks it of the others."""
    needs_context: bool = False
    """Accept only next to another skill in a list, after a lead-in, or near a hint word."""
    hints: str = ""
    """Regex alternatives that, within the same line, confirm the technical sense."""
    lead_in: bool = True
    """Whether "in X", "with X", "using X" is enough context on its own."""
    reject_before: str = ""
    """Regex matched against the text right before the mention (anchored at its end)."""
    reject_after: str = ""
    """Regex matched against the text right after the mention (anchored at its start)."""
    company_word: bool = False
    """Reject a capitalised mention right after another capitalised word ("Bluefin Logistics")."""
    list_only: bool = False
    """With `needs_context`, only another skill beside it in a list counts: no hint word."""


# A product name that is also an ordinary word of the open data's prose ("Your" of "At Your
# Service Software", "Perform", "Profile", "Dealer"): "Bring Your Own Device program" sits near
# a tool word yet names nothing, so only a list of skills around it makes it the product.
EVERYDAY_WORD = AmbiguityRule(needs_context=True, lead_in=False, list_only=True)


# Titles and initials: "Mr. R. Smith", "John C. Doe".
_INITIAL_AFTER = r"\.\s?[A-Z][a-z]|-"
_TITLE_BEFORE = r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s*$"
_RECRUITING_HINTS = r"ATS|applicant tracking|recruit\w*|hiring|candidates?|Greenhouse|Lever|Workday"
_LANGUAGE_HINTS = (
    r"fluent|fluency|bilingual|speak\w*|spoken|written|native|proficien\w*|language|English"
)

# Capitalised product names that are ordinary words in lower case ("react", "rust", "slack").
_CAPITALISED_WORDS = (
    "React", "Angular", "Rust", "Dart", "Elixir", "Rails", "Bootstrap", "Tailwind", "Jest",
    "Cypress", "Playwright", "Postman", "Oracle", "Framer", "Blender", "Ionic", "Qt", "Slack",
    "Workday", "Confluence", "Asana", "Concur", "Intercom", "Bash", "Eclipse", "Windows",
)  # fmt: skip
# Acronyms that are words or units in lower case ("ml" of saline, "sap", "stem", "the rest of
# the team"): written otherwise than in capitals, only a list of skills around makes them the
# skill ("Tools: python, rest, docker").
_ACRONYMS = (
    "ML", "AI", "UI", "UX", "BI", "RAG", "JAX", "TS", "SAP", "SAS", "SOX", "SAFe", "SPIN", "PALS",
    "RN", "STEM", "STEAM", "SEL", "ELL", "ASL", "HR", "DEI", "CX", "POS", "PPT", "EQ", "SOC",
    "ECE", "ERP", "dbt", "ASO", "RPA", "SOP", "SOPs", "TAM", "MVP", "CAC", "ARR", "MRR", "LTV",
    "PBL", "AML", "SOLID", "REST", "SOAP", "ELK", "SPED", "MAUI", "PHI", "ERM", "FEM",
)  # fmt: skip

# Business domains are skills only when practised, not when they name what a product or
# employer does: "billing monolith", "logistics APIs", "e-commerce products", "Bluefin Logistics".
_DOMAIN_NOUN_AFTER = (
    r"\s+(?:and\s+\w+\s+)?(?i:APIs?|platforms?|products?|roadmaps?|monoliths?|apps?|services"
    r"|systems?|startups?|compan(?:y|ies)|questions|industry|sectors?|clients?|teams?)\b"
)
_DOMAIN = AmbiguityRule(reject_after=_DOMAIN_NOUN_AFTER, company_word=True)

# A practice named before a thing it uses is the thing's kind: "welding masks", "welding helmets".
_GEAR_AFTER = (
    r"\s+(?i:masks?|helmets?|gloves?|goggles|glasses|aprons?|jackets?|boots|suits?|curtains?"
    r"|screens?|fumes|smoke|sparks|irons?|guns?|torch(?:es)?|rods?|wires?|booths?|shops?"
    r"|bays?|tables?|carts?|blankets?|suppl(?:y|ies))\b"
)
_PRACTICES_WITH_GEAR = ("welding", "mig welding", "tig welding", "arc welding")

AMBIGUOUS: dict[str, AmbiguityRule] = {
    "go": AmbiguityRule(
        casings=("Go",),
        needs_context=True,
        hints=r"golang|goroutines?|gRPC|programming|language|backend|microservices|concurrency",
        reject_after=r"-",
    ),
    "r": AmbiguityRule(
        casings=("R",),
        needs_context=True,
        hints=r"RStudio|tidyverse|ggplot2?|dplyr|Shiny|CRAN|programming|statistic\w*|language",
        reject_before=_TITLE_BEFORE,
        reject_after=_INITIAL_AFTER,
    ),
    "c": AmbiguityRule(
        casings=("C",),
        needs_context=True,
        hints=r"programming|language|embedded|firmware|microcontrollers?|kernel|pointers|POSIX|RTOS",
        reject_before=_TITLE_BEFORE
        + r"|\b(?:vitamin|grade|class|type|level|hepatitis|section|plan|part|series)\s*$",
        reject_after=_INITIAL_AFTER + r"|\s*(?i:level|suite)\b",
    ),
    "spring": AmbiguityRule(
        casings=("Spring",),
        needs_context=True,
        hints=r"Java|Kotlin|Boot|Hibernate|JPA|Maven|Gradle|microservices|MVC|beans|framework",
        lead_in=False,
        reject_after=r"\s*(?:\d{2,4}\b|(?i:semester|term|break|quarter|season|cohort)\b)",
    ),
    "excel": AmbiguityRule(
        casings=("Excel", "EXCEL"),
        reject_after=r"\s+(?:at|in)\s+(?:a|an|the|\w+ing)\b",
    ),
    "swift": AmbiguityRule(
        casings=("Swift",),
        needs_context=True,
        hints=r"iOS|Xcode|SwiftUI|UIKit|Objective-C|Apple|macOS|programming|language",
    ),
    "ruby": AmbiguityRule(
        casings=("Ruby",),
        needs_context=True,
        hints=r"Rails|gems?|RSpec|Sinatra|programming|language",
    ),
    "julia": AmbiguityRule(casings=("Julia",), needs_context=True, hints=r"programming|language"),
    "elm": AmbiguityRule(casings=("Elm",), needs_context=True, hints=r"functional|programming"),
    "groovy": AmbiguityRule(
        casings=("Groovy",), needs_context=True, hints=r"Java|Gradle|Jenkins|Grails"
    ),
    "express": AmbiguityRule(
        casings=("Express",),
        needs_context=True,
        hints=r"Node|JavaScript|TypeScript|middleware|APIs?|REST|backend|server",
    ),
    "node": AmbiguityRule(
        casings=("Node",),
        needs_context=True,
        hints=r"JavaScript|TypeScript|npm|Express|backend|server|React|APIs?",
    ),
    "ember": AmbiguityRule(casings=("Ember",), needs_context=True, hints=r"JavaScript|frontend"),
    "mocha": AmbiguityRule(
        casings=("Mocha",), needs_context=True, hints=r"Chai|JavaScript|Jest|testing|tests|Node"
    ),
    "celery": AmbiguityRule(
        casings=("Celery",),
        needs_context=True,
        hints=r"Python|Django|RabbitMQ|Redis|tasks?|queues?|workers?",
    ),
    "chef": AmbiguityRule(
        casings=("Chef",),
        needs_context=True,
        hints=r"Puppet|Ansible|Terraform|configuration management|cookbooks?|infrastructure",
    ),
    "puppet": AmbiguityRule(
        casings=("Puppet",),
        needs_context=True,
        hints=r"Chef|Ansible|Terraform|configuration management|manifests?|infrastructure",
    ),
    "jenkins": AmbiguityRule(
        casings=("Jenkins",),
        needs_context=True,
        hints=r"CI|CD|pipelines?|builds?|Jenkinsfile|deploy\w*|GitLab|GitHub Actions|DevOps",
    ),
    "helm": AmbiguityRule(
        casings=("Helm",), needs_context=True, hints=r"Kubernetes|k8s|charts?|kubectl|EKS|GKE|AKS"
    ),
    "packer": AmbiguityRule(
        casings=("Packer",), needs_context=True, hints=r"Terraform|HashiCorp|AMIs?|images?"
    ),
    "vagrant": AmbiguityRule(
        casings=("Vagrant",), needs_context=True, hints=r"VirtualBox|Packer|Terraform|VMs?"
    ),
    "unity": AmbiguityRule(
        casings=("Unity",), needs_context=True, hints=r"C#|games?|3D|engine|Unreal|AR|VR|XR"
    ),
    "gin": AmbiguityRule(
        casings=("Gin",), needs_context=True, hints=r"Golang|framework|HTTP|APIs?"
    ),
    "electron": AmbiguityRule(
        casings=("Electron",), needs_context=True, hints=r"JavaScript|TypeScript|desktop|Node"
    ),
    "expo": AmbiguityRule(
        casings=("Expo",),
        needs_context=True,
        hints=r"React Native|mobile|EAS|iOS|Android",
        lead_in=False,
    ),
    "espresso": AmbiguityRule(
        casings=("Espresso",),
        needs_context=True,
        hints=r"Android|UI tests?|testing|Kotlin",
        lead_in=False,
    ),
    "sketch": AmbiguityRule(
        casings=("Sketch",),
        needs_context=True,
        hints=r"Figma|Adobe|InVision|XD|Zeplin|wireframes?|prototyp\w*|UI|UX|design",
    ),
    "illustrator": AmbiguityRule(
        casings=("Illustrator",),
        needs_context=True,
        hints=r"Adobe|Photoshop|InDesign|vector|Figma|design",
    ),
    "premiere": AmbiguityRule(
        casings=("Premiere",),
        needs_context=True,
        hints=r"Adobe|After Effects|video|editing",
        lead_in=False,
    ),
    "maze": AmbiguityRule(
        casings=("Maze",),
        needs_context=True,
        hints=r"usability|testing|research|Figma",
        lead_in=False,
    ),
    "spark": AmbiguityRule(
        casings=("Spark",),
        needs_context=True,
        hints=r"Hadoop|PySpark|Databricks|Scala|big data|Kafka|streaming|ETL|clusters?|Hive|data",
    ),
    "hive": AmbiguityRule(
        casings=("Hive",), needs_context=True, hints=r"Hadoop|HiveQL|Spark|SQL|HDFS|data"
    ),
    "cassandra": AmbiguityRule(
        casings=("Cassandra",), needs_context=True, hints=r"NoSQL|databases?|CQL|data"
    ),
    "presto": AmbiguityRule(
        casings=("Presto",), needs_context=True, hints=r"SQL|Trino|Hive|Spark|query|data"
    ),
    "epic": AmbiguityRule(
        casings=("Epic",),
        needs_context=True,
        hints=r"EHR|EMR|Cerner|Meditech|chart\w*|MyChart|clinical|patients?|nurs\w*|hospital"
        r"|electronic (?:health|medical) records?",
    ),
    "triage": AmbiguityRule(
        needs_context=True,
        hints=r"patients?|ER|ED|emergency|nurs\w*|clinical|acuity|ESI|symptoms|urgent care",
        lead_in=False,
    ),
    "telemetry": AmbiguityRule(
        needs_context=True,
        hints=r"cardiac|patients?|nurs\w*|ECG|EKG|rhythms?|heart|step-?down|PCU|med-surg|RN",
        lead_in=False,
    ),
    "canvas": AmbiguityRule(
        casings=("Canvas",),
        needs_context=True,
        hints=r"LMS|Blackboard|Moodle|Google Classroom|courses?|students|learning management",
    ),
    "blackboard": AmbiguityRule(
        casings=("Blackboard",),
        needs_context=True,
        hints=r"LMS|Canvas|Moodle|Google Classroom|courses?|online|learning management",
    ),
    "captivate": AmbiguityRule(
        casings=("Captivate",),
        needs_context=True,
        hints=r"Adobe|Articulate|Storyline|e-?learning|courses?",
        lead_in=False,
    ),
    "scaffolding": AmbiguityRule(
        needs_context=True,
        hints=r"students?|learners?|instruction\w*|lessons?|learning|teach\w*|classroom|literacy",
        lead_in=False,
    ),
    "lean": AmbiguityRule(
        casings=("Lean",),
        needs_context=True,
        hints=r"Six Sigma|manufacturing|Kaizen|5S|methodolog\w*|principles|process improvement",
        lead_in=False,
    ),
    "greenhouse": AmbiguityRule(
        casings=("Greenhouse",), needs_context=True, hints=_RECRUITING_HINTS
    ),
    "lever": AmbiguityRule(casings=("Lever",), needs_context=True, hints=_RECRUITING_HINTS),
    "notion": AmbiguityRule(
        casings=("Notion",),
        needs_context=True,
        hints=r"Jira|Confluence|Asana|Trello|Slack|Google Docs|Airtable|docs|wiki|workspace",
    ),
    "outlook": AmbiguityRule(
        casings=("Outlook",),
        needs_context=True,
        hints=r"Microsoft|Office|Excel|Word|PowerPoint|email|calendars?|Teams",
    ),
    "bloomberg": AmbiguityRule(
        casings=("Bloomberg",),
        needs_context=True,
        hints=r"Terminal|FactSet|Capital IQ|equity|markets|financial data|Excel",
    ),
    "gong": AmbiguityRule(
        casings=("Gong",), needs_context=True, hints=r"Salesforce|Outreach|Salesloft|calls?|sales"
    ),
    # "in close collaboration with", "a collaboration between": how work is shared, not a
    # skill claimed.
    "collaboration": AmbiguityRule(
        reject_before=r"\b(?i:in)\s+(?:(?i:close|direct|tight|active)\s+)?$",
        reject_after=r"\s+(?i:between)\b",
    ),
    # "findings shared with stakeholders" names people; managing them is the skill.
    "stakeholders": AmbiguityRule(
        needs_context=True,
        hints=r"manag\w*|engag\w*|communicat\w*|align\w*|expectations|influenc\w*|negotiat\w*"
        r"|relationships?|buy-in|consensus",
        lead_in=False,
    ),
    # "present findings to leadership" names people, not a skill.
    "leadership": AmbiguityRule(
        reject_before=r"\b(?:to|with|and|from|for|by)\s+(?:(?:the|our|senior|company|executive"
        r"|engineering|product|school|district)\s+)*$"
    ),
    "billing": _DOMAIN,
    "logistics": _DOMAIN,
    "e commerce": _DOMAIN,
    "ecommerce": _DOMAIN,
    "patient scheduling": _DOMAIN,
    # "pricing and fraud models" is a subject, not pricing work.
    "pricing": AmbiguityRule(
        needs_context=True,
        hints=r"strateg\w*|monetiz\w*|packaging|tiers?|revenue|price points?|discount\w*|margins?",
        lead_in=False,
    ),
    # "research prototypes" are not design prototyping.
    **{
        form: AmbiguityRule(
            needs_context=True,
            hints=r"Figma|Sketch|InVision|Axure|Framer|wirefram\w*|mock-?ups?|UX|UI|interactive"
            r"|clickable|usability|(?:high|low)-fidelity",
            lead_in=False,
        )
        for form in ("prototype", "prototypes")
    },
    "d3": AmbiguityRule(casings=("D3",), reject_before=r"(?i:vitamin)\s*$"),
    # Grading is marking students' work beside teaching words; "grading plans", "site
    # grading" and "grading and paving" are earthwork.
    "grading": AmbiguityRule(
        needs_context=True,
        hints=r"students?|pupils?|assignments?|papers|essays?|exams?|tests|quiz\w*|homework"
        r"|rubrics?|lessons?|class\w*|curricul\w*|teach\w*|courses?|report cards?|grades?"
        r"|instruct\w*|tutor\w*",
        lead_in=False,
    ),
    # "Curriculum vitae" is a resume, not course design.
    "curriculum": AmbiguityRule(reject_after=r"\s+(?i:vit(?:a|ae|æ)\b)"),
    # "welding masks", "a welding shop": the practice's gear or place, not the practice.
    **{form: AmbiguityRule(reject_after=_GEAR_AFTER) for form in _PRACTICES_WITH_GEAR},
    "spanish": AmbiguityRule(casings=("Spanish",), needs_context=True, hints=_LANGUAGE_HINTS),
    "french": AmbiguityRule(casings=("French",), needs_context=True, hints=_LANGUAGE_HINTS),
    "german": AmbiguityRule(casings=("German",), needs_context=True, hints=_LANGUAGE_HINTS),
    "mandarin": AmbiguityRule(casings=("Mandarin",), needs_context=True, hints=_LANGUAGE_HINTS),
    "portuguese": AmbiguityRule(casings=("Portuguese",), needs_context=True, hints=_LANGUAGE_HINTS),
    "japanese": AmbiguityRule(casings=("Japanese",), needs_context=True, hints=_LANGUAGE_HINTS),
    "arabic": AmbiguityRule(casings=("Arabic",), needs_context=True, hints=_LANGUAGE_HINTS),
    **{form.lower(): AmbiguityRule(casings=(form, form.upper())) for form in _CAPITALISED_WORDS},
    # An acronym in its capitals is sure; otherwise an everyday word.
    **{form.lower(): replace(EVERYDAY_WORD, sure_casings=(form,)) for form in _ACRONYMS},
}
