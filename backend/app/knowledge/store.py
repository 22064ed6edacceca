"""The knowledge files, loaded lazily once per process and shared between threads.

Nothing is read at import or start-up: the skills load on the first skill lookup and the
occupations on the first occupation lookup, each under a lock so concurrent first requests
load them once. Built by scripts/build_knowledge.py from O*NET and ESCO.
"""

import contextlib
import ctypes
import gzip
import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from app.knowledge.occupations import Occupation, OccupationIndex
from app.knowledge.skills import Skill, SkillIndex

KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "data" / "knowledge"
SKILLS_FILE = "skills.json.gz"
OCCUPATIONS_FILE = "occupations.json.gz"
MANIFEST_FILE = "manifest.json"
MAX_RELATED = 10

T = TypeVar("T")


def read_json_gz(path: Path) -> Any:
    return json.loads(gzip.decompress(path.read_bytes()))


def release_freed_memory() -> None:
    """Give the parse buffers back to the OS: glibc keeps freed heap pages otherwise, and they
    would count against the app's memory for good (about 20 MB here)."""
    if sys.platform.startswith("linux"):
        # Not glibc (musl): nothing to release this way.
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).malloc_trim(0)


class Knowledge:
    def __init__(self, directory: Path = KNOWLEDGE_DIR) -> None:
        self.directory = directory
        self._lock = threading.RLock()
        self._loaded: dict[str, Any] = {}

    def _once(self, name: str, load: Callable[[], T]) -> T:
        value = self._loaded.get(name)
        if value is None:
            with self._lock:
                value = self._loaded.get(name)
                if value is None:
                    value = self._loaded[name] = load()
                    release_freed_memory()
        return value

    @property
    def manifest(self) -> dict:
        return self._once(
            "manifest",
            lambda: json.loads((self.directory / MANIFEST_FILE).read_text(encoding="utf-8")),
        )

    @property
    def skills(self) -> SkillIndex:
        return self._once("skills", lambda: SkillIndex(read_json_gz(self.directory / SKILLS_FILE)))

    @property
    def occupations(self) -> OccupationIndex:
        def load() -> OccupationIndex:
            payload = read_json_gz(self.directory / OCCUPATIONS_FILE)
            return OccupationIndex(payload["occupations"], payload["title_index"])

        return self._once("occupations", load)

    def onet_occupations_of(self, occupation: Occupation) -> list[Occupation]:
        """An O*NET occupation itself; for an ESCO one, the O*NET occupation it is linked to."""
        if occupation.source == "onet":
            return [occupation]
        found = (self.occupations.get(code) for code in occupation.onet)
        return [item for item in found if item is not None]

    def technology_of(self, occupation: Occupation) -> list[Skill]:
        """Software and technologies the occupation uses, in-demand and hot ones first."""
        skills = self.skills
        return [
            skills.skill(skill_id)
            for linked in self.onet_occupations_of(occupation)
            for skill_id in linked.technology
        ]

    def tools_of(self, occupation: Occupation) -> list[Skill]:
        skills = self.skills
        return [
            skills.skill(skill_id)
            for linked in self.onet_occupations_of(occupation)
            for skill_id in linked.tools
        ]

    def related_to(self, occupation: Occupation) -> list[Occupation]:
        """O*NET's related occupations; for ESCO, its O*NET occupation and that one's related,
        then ESCO occupations of the same ISCO group."""
        index = self.occupations
        if occupation.source == "onet":
            found = [index.get(code) for code in occupation.related]
            return [item for item in found if item is not None][:MAX_RELATED]
        related: list[Occupation] = []
        for linked in self.onet_occupations_of(occupation):
            related += [linked, *self.related_to(linked)]
        same_group = [
            other
            for other in index.occupations
            if other.isco_group == occupation.isco_group and other.code != occupation.code
        ]
        related += sorted(same_group, key=lambda other: other.title)
        return related[:MAX_RELATED]

    def occupations_using(self, skill: Skill) -> list[Occupation]:
        found = (self.occupations.get(code) for code in skill.occupations)
        return [item for item in found if item is not None]


_knowledge = Knowledge()


def get_knowledge() -> Knowledge:
    """The process-wide knowledge; its files load on first use."""
    return _knowledge
