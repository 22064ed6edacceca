from pydantic import BaseModel, Field

from app.knowledge.occupations import OccupationSource
from app.knowledge.skills import SkillKind, Source


class SkillItem(BaseModel):
    name: str
    kind: SkillKind
    source: Source = Field(description="Where the skill comes from: O*NET, ESCO or our list")
    sources: list[Source] = Field(description="Every source that lists it, O*NET first")
    matched: str = Field(description="The name or alias that matched the query")
    aliases: list[str]
    hot: bool = Field(description="O*NET Hot Technology: frequent in job postings")


class SkillList(BaseModel):
    items: list[SkillItem]


class OccupationItem(BaseModel):
    code: str = Field(description="O*NET-SOC code or ESCO URI")
    title: str
    source: OccupationSource
    alt_titles: list[str] = Field(description="The first alternate titles, most used first")
    matched_title: str = Field(description="The title or alternate title that matched")
    score: float = Field(ge=0, le=1, description="1 for the same words")
    job_zone: int | None = Field(description="O*NET preparation level, 1 to 5")
    onet: list[str] = Field(description="For ESCO: the O*NET occupation sharing its titles")


class OccupationList(BaseModel):
    items: list[OccupationItem]


class SkillRef(BaseModel):
    name: str
    kind: SkillKind
    source: Source
    hot: bool
    in_demand: bool = Field(description="O*NET In Demand for this occupation")


class OccupationRef(BaseModel):
    code: str
    title: str
    source: OccupationSource


class OccupationDetail(BaseModel):
    code: str
    title: str
    source: OccupationSource
    alt_titles: list[str]
    description: str
    job_zone: int | None
    tasks: list[str]
    technology: list[SkillRef]
    tools: list[SkillRef]
    related: list[OccupationRef]
    isco_group: str | None
    onet: list[str]


class DataSource(BaseModel):
    id: str
    name: str
    version: str
    url: str
    license: str
    attribution: str


class KnowledgeSources(BaseModel):
    sources: list[DataSource]
    counts: dict[str, int] = Field(description="Skills, aliases, occupations and titles")
