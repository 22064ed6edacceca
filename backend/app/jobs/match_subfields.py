"""The kinds of work within a field: engineering by discipline, software testing in computing.

A field of work (match_fields.py) is wide: a civil engineer and a mechanical engineer are both
engineering, a software tester and a network administrator both computing, and a posting of
one kind wants that kind. The SOC files them apart (civil engineers 17-2051, mechanical
17-2141, their technicians and drafters likewise; software testers 15-1253), as ISCO-08 does
for ESCO occupations; here those codes are grouped into the kinds a posting asks for.
Occupations of no one kind (engineering managers, robotics engineers, developers, analysts)
stay the plain field.

Computing is split only where a posting's kind of work was measured to need it. Splitting it
into eight specialties (development, testing, web, databases, networks, support, security,
data science) told software roles apart better on the dev split (bench.match_roles mean
ROC-AUC .758 -> .813) but the LiveCareer "software" resumes of that split are IT specialists
and network engineers, and a developer posting then ranked other fields' resumes with a
developer's title above them (bench.match_title_cases: a stray title 87 -> 70, an older job
of another field 84 -> 68 of 90). Testing alone: roles .758 -> .776 (testing .886 -> .925,
Java .733 -> .763), title cases as before overall (blind and place titles +3, foreign, stray
and career titles -2).
"""

from app.jobs.match_fields import by_longest_prefix, family_of

ENGINEERING = "engineering"
COMPUTING = "computing"

SOC_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    ENGINEERING: {
        "civil engineering": (
            "17-1022", "17-2051", "17-2081", "17-3011", "17-3022", "17-3025", "17-3031",
        ),
        "mechanical engineering": ("17-2141", "17-3013", "17-3027", "49-9041", "51-4"),
        "electrical engineering": ("17-2071", "17-2072", "17-3012", "17-3023", "49-2"),
        "chemical engineering": ("17-2041", "17-2171"),
        "industrial engineering": ("17-2112", "17-3026"),
        "aerospace engineering": ("17-2011", "17-3021", "49-2091"),
    },
    COMPUTING: {"software testing": ("15-1253",)},
}  # fmt: skip
"""SOC code prefixes of each kind of work (the longest prefix decides, as in FIELD_FAMILIES):
engineers, their technicians and drafters by discipline, machinists and machinery mechanics
with mechanical work, electrical installers with electrical."""
ISCO_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    ENGINEERING: {
        "civil engineering": ("2142", "2143", "3112"),
        "mechanical engineering": ("2144", "3115"),
        "electrical engineering": ("2151", "2152", "2153", "3113", "3114"),
        "chemical engineering": ("2145", "3116"),
        "industrial engineering": ("2141", "1321"),
    },
    COMPUTING: {"software testing": ("2519",)},
}  # fmt: skip
"""ISCO-08 unit groups of the same kinds, for ESCO occupations (ISCO files aerospace engineers
with the mechanical ones; its software testers, "ICT test analyst" to "ICT usability tester",
make up most of 2519)."""
KINDS_OF: dict[str, frozenset[str]] = {
    field: frozenset({field, *kinds}) for field, kinds in SOC_KINDS.items()
}
"""A field's kinds of work, and the field itself for its occupations of no one kind."""


def kind_of(code: str, isco_group: str | None = None) -> str | None:
    """As family_of, with the kinds of work of SOC_KINDS told apart ("civil engineering")."""
    family = family_of(code, isco_group)
    if family not in SOC_KINDS:
        return family
    if code[2:3] == "-":
        return by_longest_prefix(code, SOC_KINDS[family]) or family
    return by_longest_prefix(isco_group or "", ISCO_KINDS.get(family, {})) or family
