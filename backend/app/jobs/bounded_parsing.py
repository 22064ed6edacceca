"""Parse a job description off the event loop, outside any transaction, bounded in time.

The parser is linear in the text, but a long description is still tens of milliseconds of pure
Python, and a dense one far more: on the event loop that would stall every other request. Two
worker threads parse instead (few, so a burst of pastes cannot keep the event loop from the
GIL), and the parser checks its deadline between lines, so a parse that overruns stops its
thread as well as its request."""

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.exceptions import JobDescriptionTimedOut
from app.jobs.parsed import ParsedJob
from app.jobs.parsing import parse_job_description
from app.knowledge.occupations import OccupationIndex
from app.knowledge.store import get_knowledge
from app.skills.finder import SkillFinder, get_skill_finder

PARSE_TIMEOUT_S = 5.0
_parsers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="job-parsing")


async def parse_outside_transaction(
    session: AsyncSession, text: str, *, title: str | None = None
) -> ParsedJob:
    """Parse in a worker thread once the request's transaction is over; JobDescriptionTimedOut
    after PARSE_TIMEOUT_S, waiting for a free worker included.

    Call it before writing anything: the commit only ends what the request read (signing in
    reads). An open transaction would hold a pooled connection for the whole parse, and on
    SQLite, where every transaction begins IMMEDIATE, the database's write lock."""
    await session.commit()
    # Built once per process, in about a second: not counted against the description.
    skills, occupations = await asyncio.to_thread(load_knowledge)
    work = partial(
        parse_job_description,
        text,
        title,
        skills=skills,
        occupations=occupations,
        deadline=time.monotonic() + PARSE_TIMEOUT_S,
    )
    parsing = asyncio.get_running_loop().run_in_executor(_parsers, work)
    try:
        return await asyncio.wait_for(parsing, PARSE_TIMEOUT_S)
    except TimeoutError:
        raise JobDescriptionTimedOut() from None


def load_knowledge() -> tuple[SkillFinder, OccupationIndex]:
    """The skills and the occupations (for the title) a parse reads, loaded on first use."""
    return get_skill_finder(), get_knowledge().occupations
