from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from app.auth.dependencies import CurrentUser
from app.core.errors import error_responses
from app.knowledge import service
from app.knowledge.occupations import OccupationSource
from app.knowledge.schemas import KnowledgeSources, OccupationDetail, OccupationList, SkillList
from app.knowledge.skills import SkillKind
from app.knowledge.store import Knowledge, get_knowledge

router = APIRouter(prefix="/api/knowledge", tags=["knowledge"])

KnowledgeDep = Annotated[Knowledge, Depends(get_knowledge)]
QueryText = Annotated[str, Query(min_length=1, max_length=100, description="What was typed")]
Limit = Annotated[int, Query(ge=1, le=50)]

# Plain `def` routes: the first call loads the knowledge files (about a second), which then
# happens in the thread pool instead of blocking the event loop.


@router.get("/skills", summary="Autocomplete skills", responses=error_responses(401, 422))
def search_skills(
    _user: CurrentUser,
    knowledge: KnowledgeDep,
    q: QueryText,
    limit: Limit = 10,
    kind: Annotated[list[SkillKind] | None, Query(description="Only these kinds")] = None,
) -> SkillList:
    return service.search_skills(knowledge, q=q, limit=limit, kinds=kind)


@router.get(
    "/occupations", summary="Occupations matching a job title", responses=error_responses(401, 422)
)
def search_occupations(
    _user: CurrentUser,
    knowledge: KnowledgeDep,
    q: QueryText,
    limit: Limit = 10,
    source: OccupationSource | None = None,
) -> OccupationList:
    return service.search_occupations(knowledge, q=q, limit=limit, source=source)


@router.get(
    "/sources",
    summary="The open data behind the knowledge, with credits",
    responses=error_responses(401),
)
def data_sources(_user: CurrentUser, knowledge: KnowledgeDep) -> KnowledgeSources:
    return service.data_sources(knowledge)


@router.get(
    "/occupations/{code:path}",
    summary="One occupation: tasks, skills, related occupations",
    responses=error_responses(401, 404),
)
def get_occupation(
    _user: CurrentUser,
    knowledge: KnowledgeDep,
    code: Annotated[str, Path(max_length=200, description="O*NET-SOC code or ESCO URI")],
) -> OccupationDetail:
    return service.occupation_detail(knowledge, code=code)
