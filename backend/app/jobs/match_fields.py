"""The fields of work occupations are in: FIELD_FAMILIES and the SOC major groups for O*NET
codes, ISCO_FAMILIES for ESCO occupations without an O*NET link."""

SOC_MAJOR_GROUPS = {
    "11": "management", "13": "business and financial", "15": "computer and mathematical",
    "17": "architecture and engineering", "19": "life, physical and social science",
    "21": "community and social service", "23": "legal", "25": "education",
    "27": "arts, design, media and sports", "29": "healthcare practitioner",
    "31": "healthcare support", "33": "protective service", "35": "food service",
    "37": "building and grounds", "39": "personal care and service", "41": "sales",
    "43": "office and administrative support", "45": "farming, fishing and forestry",
    "47": "construction", "49": "installation, maintenance and repair", "51": "production",
    "53": "transportation", "55": "military",
}  # fmt: skip


FIELD_FAMILIES: dict[str, tuple[str, ...]] = {
    "healthcare": ("29", "31", "11-9111", "21-1022", "21-1093"),
    "human resources": (
        "11-3111", "11-3121", "11-3131", "13-1071", "13-1075", "13-1141", "13-1151", "43-4161",
    ),
    "sales": ("41", "11-2022"),
    "food and hospitality": ("35", "11-9051", "11-9081", "43-4081"),
    "finance and accounting": ("13-2", "11-3031", "43-3"),
    "computing": ("15", "11-3021"),
    "engineering": ("17", "11-9041", "51-4", "49-2", "49-9041"),
    "education": ("25", "11-9031", "11-9032", "11-9033", "11-9039"),
    "legal": ("23", "43-6012"),
    "construction": ("47", "11-9021"),
    "arts, design and media": ("27", "11-2011", "11-2032", "11-2033", "15-1255"),
    "sports and fitness": ("39-9031", "39-9032", "27-202"),
}  # fmt: skip
"""SOC code prefixes of one field of work across the SOC's levels (managers, specialists,
support). The longest prefix decides: O*NET files web and digital interface designers
(15-1255, what "UX/UI Designer" or "Web Designer" reads as) under computer occupations, but
their work is design, and a designer who lists HTML is no software developer. Fitness
trainers and recreation workers (39-9031, 39-9032) are filed with the caregivers, childcare
workers and hairdressers of personal care and service (39), and athletes and coaches (27-202)
with artists; their work is sport and exercise, and a personal trainer is no care worker."""
CROSS_FIELD_GROUPS = frozenset({"11", "13", "43"})


ISCO_FAMILIES: dict[str, tuple[str, ...]] = {
    "healthcare": ("22", "32", "532", "1342", "1343", "2635", "3412"),
    "computing": ("25", "35", "133"),
    "food and hospitality": ("1411", "1412", "3434", "512", "513", "94"),
    "finance and accounting": ("241", "331", "1211", "431"),
    "human resources": ("1212", "2423", "4416"),
    "sales": ("52", "243", "332", "1221", "1420"),
    "education": ("23", "1345"),
    "legal": ("261", "3411"),
    "engineering": ("214", "215", "311", "1321"),
    "arts, design and media": ("216", "264", "265", "343", "1222"),
    "construction": ("71", "1323", "3123"),
    "sports and fitness": ("342",),
}  # fmt: skip
"""ISCO-08 group prefixes of the same fields of work as FIELD_FAMILIES, for ESCO occupations."""


def soc_family(code: str) -> str | None:
    """The family of FIELD_FAMILIES an O*NET-SOC code is in, by its longest listed prefix."""
    return by_longest_prefix(code, FIELD_FAMILIES)


def by_longest_prefix(key: str, table: dict[str, tuple[str, ...]]) -> str | None:
    found = [
        (len(prefix), name)
        for name, prefixes in table.items()
        for prefix in prefixes
        if key.startswith(prefix)
    ]
    return max(found)[1] if found else None


def family_of(code: str, isco_group: str | None = None) -> str | None:
    """The field of work of an O*NET-SOC code or an ESCO occupation's ISCO group."""
    if code[2:3] == "-":
        return soc_family(code) or SOC_MAJOR_GROUPS.get(code[:2])
    if isco_group:
        for name, prefixes in ISCO_FAMILIES.items():
            if isco_group.startswith(prefixes):
                return name
    return None
