"""Read models of the knowledge for the API: autocomplete, title search, details, credits."""

from app.knowledge.exceptions import OccupationNotFound
from app.knowledge.occupations import Occupation, OccupationSource
from app.knowledge.schemas import (
    DataSource,
    KnowledgeSources,
    OccupationDetail,
    OccupationItem,
    OccupationList,
    OccupationRef,
    SkillItem,
    SkillList,
    SkillRef,
)
from app.knowledge.skills import Skill, SkillKind
from app.knowledge.store import Knowledge

LISTED_ALT_TITLES = 10
DETAIL_ALT_TITLES = 50
LISTED_ALIASES = 10
DETAIL_TOOLS = 50


def search_skills(
    knowledge: Knowledge, *, q: str, limit: int, kinds: list[SkillKind] | None = None
) -> SkillList:
    """Skills whose name or alias starts with `q`, the best known first."""
    matches = knowledge.skills.search(q, limit=limit, kinds=frozenset(kinds) if kinds else None)
    return SkillList(
        items=[
            SkillItem(
                name=match.skill.name,
                kind=match.skill.kind,
                source=match.skill.source,
                sources=list(match.skill.sources),
                matched=match.matched,
                aliases=list(match.skill.aliases[:LISTED_ALIASES]),
                hot=match.skill.hot,
            )
            for match in matches
        ]
    )


def search_occupations(
    knowledge: Knowledge, *, q: str, limit: int, source: OccupationSource | None = None
) -> OccupationList:
    """Occupations ranked by how well one of their titles matches `q`."""
    matches = knowledge.occupations.search(q, limit=limit, source=source)
    return OccupationList(
        items=[
            OccupationItem(
                code=match.occupation.code,
                title=match.occupation.title,
                source=match.occupation.source,
                alt_titles=list(match.occupation.alt_titles[:LISTED_ALT_TITLES]),
                matched_title=match.title,
                score=round(match.score, 4),
                job_zone=match.occupation.job_zone,
                onet=list(match.occupation.onet),
            )
            for match in matches
        ]
    )


def _skill_ref(skill: Skill, in_demand: set[int]) -> SkillRef:
    return SkillRef(
        name=skill.name,
        kind=skill.kind,
        source=skill.source,
        hot=skill.hot,
        in_demand=skill.id in in_demand,
    )


def _ref(occupation: Occupation) -> OccupationRef:
    return OccupationRef(code=occupation.code, title=occupation.title, source=occupation.source)


def occupation_detail(knowledge: Knowledge, *, code: str) -> OccupationDetail:
    """One occupation with its tasks, skills and related occupations; 404 if unknown."""
    occupation = knowledge.occupations.get(code)
    if occupation is None:
        raise OccupationNotFound()
    in_demand = {
        skill_id
        for linked in knowledge.onet_occupations_of(occupation)
        for skill_id in linked.in_demand
    }
    return OccupationDetail(
        code=occupation.code,
        title=occupation.title,
        source=occupation.source,
        alt_titles=list(occupation.alt_titles[:DETAIL_ALT_TITLES]),
        description=occupation.description,
        job_zone=occupation.job_zone,
        tasks=list(occupation.tasks),
        technology=[_skill_ref(skill, in_demand) for skill in knowledge.technology_of(occupation)],
        tools=[_skill_ref(skill, in_demand) for skill in knowledge.tools_of(occupation)][
            :DETAIL_TOOLS
        ],
        related=[_ref(other) for other in knowledge.related_to(occupation)],
        isco_group=occupation.isco_group,
        onet=list(occupation.onet),
    )


def data_sources(knowledge: Knowledge) -> KnowledgeSources:
    """The open data behind the knowledge, with the attribution each licence asks for."""
    manifest = knowledge.manifest
    counts = manifest["counts"]
    return KnowledgeSources(
        sources=[DataSource.model_validate(source) for source in manifest["sources"]],
        counts={
            name: counts[name] for name in ("skills", "aliases", "occupations", "occupation_titles")
        },
    )
