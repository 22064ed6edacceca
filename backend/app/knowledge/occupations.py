"""Occupations from app/data/knowledge/occupations.json.gz (O*NET and ESCO), found by code, by
exact title, or by a token ranking of job titles ("Sr. Mechanical Design Engineer" ->
Mechanical Engineers).

The ranking is a cosine over IDF-weighted title words, singular and plural alike, after
dropping seniority words from the query. Ties go to the title the source lists first (an
occupation's own title, then its most reported titles), then to O*NET, whose occupations carry
skills and a job zone, then to the code. The word lists come precomputed in the file (see
app/knowledge/indexing.py); scoring is vectorised with numpy.
"""

import math
import sys
from dataclasses import dataclass
from functools import reduce
from typing import Literal

import numpy as np

from app.knowledge.indexing import TitleIndex, title_words, unpack_postings, unpack_u32

OccupationSource = Literal["onet", "esco"]
# Looked up rather than interned: one shared string per source, typed as the source it is.
_SOURCES: dict[str, OccupationSource] = {"onet": "onet", "esco": "esco"}
SENIORITY_WORDS = frozenset(
    [
        "sr",
        "snr",
        "senior",
        "jr",
        "junior",
        "lead",
        "principal",
        "staff",
        "entry",
        "level",
        "mid",
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "intern",
        "trainee",
        "apprentice",
        "experienced",
        "graduate",
    ]
)
OWN_TITLE_WEIGHT = 1.5
NAMING_MARGIN, RANK_STEP = 0.1, 0.001
"""A match missing a query word that names a strong candidate (within NAMING_MARGIN of the
best) ranks RANK_STEP below the best strong match that misses none (_named_first)."""
TITLE_DECAY = 0.02
MIN_PART = 3


@dataclass(frozen=True, slots=True)
class Occupation:
    index: int
    code: str
    """O*NET-SOC code ("17-2051.00") or ESCO URI."""
    title: str
    source: OccupationSource
    alt_titles: tuple[str, ...]
    description: str
    job_zone: int | None
    """O*NET preparation level, 1 (little) to 5 (extensive)."""
    tasks: tuple[str, ...]
    technology: tuple[int, ...]
    """Skill ids, in-demand and hot ones first."""
    in_demand: tuple[int, ...]
    """Skill ids of the technologies O*NET marks in demand for this occupation."""
    tools: tuple[int, ...]
    related: tuple[str, ...]
    isco_group: str | None
    onet: tuple[str, ...]
    """For an ESCO occupation, the O*NET occupation that shares its titles."""


@dataclass(frozen=True, slots=True)
class TitleMatch:
    occupation: Occupation
    title: str
    """The title of the occupation that matched best."""
    score: float
    """1.0 for the same words, less as words differ (IDF-weighted cosine)."""


def _occupation(index: int, item: dict) -> Occupation:
    return Occupation(
        index=index,
        code=item["code"],
        title=item["title"],
        source=_SOURCES[item["source"]],
        alt_titles=tuple(item.get("alt_titles", ())),
        description=item.get("description", ""),
        job_zone=item.get("job_zone"),
        tasks=tuple(item.get("tasks", ())),
        technology=tuple(item.get("technology", ())),
        in_demand=tuple(item.get("in_demand", ())),
        tools=tuple(item.get("tools", ())),
        related=tuple(sys.intern(code) for code in item.get("related", ())),
        isco_group=item.get("isco_group"),
        onet=tuple(sys.intern(code) for code in item.get("onet", ())),
    )


def query_words(title: str) -> list[str]:
    """The words of a searched title without seniority ("Sr.", "Lead", "II") unless that is
    all there is."""
    found = title_words(title)
    kept = [word for word in found if word not in SENIORITY_WORDS]
    return kept or found


class OccupationIndex:
    def __init__(self, items: list[dict], title_index: TitleIndex) -> None:
        self.occupations = [_occupation(index, item) for index, item in enumerate(items)]
        self._by_code = {occupation.code: occupation for occupation in self.occupations}
        counts = np.array([1 + len(item.alt_titles) for item in self.occupations], np.int64)
        self._entry_occupation = np.repeat(np.arange(len(counts), dtype=np.int32), counts)
        starts = np.repeat(np.cumsum(counts) - counts, counts)
        position = np.arange(len(self._entry_occupation)) - starts
        self._entry_weight = np.where(
            position == 0, OWN_TITLE_WEIGHT, 1.0 / (1.0 + TITLE_DECAY * position)
        ).astype(np.float32)
        self._entry_position = position.astype(np.int32)
        vocabulary: list[str] = title_index["words"]
        self._word_id = {word: number for number, word in enumerate(vocabulary)}
        lengths = unpack_u32(title_index["lengths"]).astype(np.int64)
        self._flat, self._offsets = unpack_postings(lengths, unpack_u32(title_index["gaps"]))
        entries = len(self._entry_occupation)
        self._idf = np.log1p(entries / np.maximum(lengths, 1))
        self._unknown_idf = float(np.log1p(entries))
        squares = np.repeat(self._idf**2, lengths)
        self._entry_norm = np.sqrt(np.bincount(self._flat, weights=squares, minlength=entries))

    def __len__(self) -> int:
        return len(self.occupations)

    def get(self, code: str) -> Occupation | None:
        return self._by_code.get(code)

    def _title(self, entry: int) -> str:
        occupation = self.occupations[self._entry_occupation[entry]]
        position = self._entry_position[entry]
        return occupation.title if position == 0 else occupation.alt_titles[position - 1]

    def _query(self, text: str, *, drop_seniority: bool) -> tuple[list[int], float]:
        """Word ids of a query and its norm; an unknown word counts as the rarest word, so
        "Frontend Developer" matches "Developer" only in part. An unknown compound is read as
        two known words ("frontend" -> "front end")."""
        ids: list[int] = []
        norm = 0.0
        found = query_words(text) if drop_seniority else title_words(text)
        for word in dict.fromkeys(found):
            parts = [word] if word in self._word_id else self._split(word)
            for part in parts or [word]:
                number = self._word_id.get(part)
                if number is None:
                    norm += self._unknown_idf**2
                elif number not in ids:
                    ids.append(number)
                    norm += float(self._idf[number]) ** 2
        return ids, math.sqrt(norm)

    def _split(self, word: str) -> list[str]:
        splits = [
            [word[:cut], word[cut:]]
            for cut in range(MIN_PART, len(word) - MIN_PART + 1)
            if word[:cut] in self._word_id and word[cut:] in self._word_id
        ]
        return max(splits, key=lambda parts: min(map(len, parts)), default=[])

    def _scores(self, ids: list[int], norm: float) -> tuple[np.ndarray, np.ndarray]:
        """Matching entries and their cosine scores."""
        if not ids:
            empty = np.zeros(0, np.int64)
            return empty, np.zeros(0)
        postings = [self._flat[self._offsets[n] : self._offsets[n + 1]] for n in ids]
        candidates = np.unique(np.concatenate(postings))
        dot = np.zeros(len(candidates))
        for number, entries in zip(ids, postings, strict=True):
            hit = np.isin(candidates, entries, assume_unique=True)
            dot[hit] += self._idf[number] ** 2
        return candidates, dot / (norm * self._entry_norm[candidates])

    def _best_per_occupation(
        self, entries: np.ndarray, scores: np.ndarray, limit: int
    ) -> list[tuple[int, float]]:
        """The best entry of each occupation, ranked: score, then how prominently the title
        is listed, then O*NET before ESCO and by code (the file order)."""
        occupation = self._entry_occupation[entries]
        order = np.lexsort((occupation, -self._entry_weight[entries], -np.round(scores, 4)))
        _, first = np.unique(occupation[order], return_index=True)
        chosen = order[np.sort(first)][:limit]
        return [(int(entries[i]), float(min(scores[i], 1.0))) for i in chosen]

    def search(
        self, title: str, *, limit: int = 10, source: OccupationSource | None = None
    ) -> list[TitleMatch]:
        """Occupations ranked by how well one of their titles matches, best first."""
        ids, norm = self._query(title, drop_seniority=True)
        entries, scores = self._scores(ids, norm)
        scores = self._named_first(ids, entries, scores)
        if source is not None:
            keep = np.array(
                [self.occupations[o].source == source for o in self._entry_occupation[entries]],
                bool,
            )
            entries, scores = entries[keep], scores[keep]
        return [
            TitleMatch(self.occupations[self._entry_occupation[entry]], self._title(entry), score)
            for entry, score in self._best_per_occupation(entries, scores, max(limit, 0))
        ]

    def _named_first(self, ids: list[int], entries: np.ndarray, scores: np.ndarray) -> np.ndarray:
        """Scores in which a match missing a query word that names a strong candidate's
        occupation (in its own title) ranks just below the best strong match missing none:
        O*NET files the generic "Engineering Lab Technician" under mechanical engineering
        technicians, and an "Electrical Engineering Lab Technician" is an electrical
        engineering technician, whose own title says "electrical", though "lab" is the rarer
        word. When no strong match holds every such word ("Tour Accountant": an accountant
        misses "tour", a tour operator "accountant"), the scores stay."""
        if len(ids) < 2 or not len(entries):
            return scores
        occupation = self._entry_occupation[entries]
        is_strong = scores >= scores.max() - NAMING_MARGIN
        strong = np.unique(occupation[is_strong])
        missing = np.zeros(len(entries), bool)
        for number in ids:
            posting = self._flat[self._offsets[number] : self._offsets[number + 1]]
            named = np.unique(self._entry_occupation[posting[self._entry_position[posting] == 0]])
            if np.isin(named, strong, assume_unique=True).any():
                missing |= ~(np.isin(entries, posting) | np.isin(occupation, named))
        complete = is_strong & ~missing
        if not complete.any() or not missing.any():
            return scores
        return np.where(missing, np.minimum(scores, scores[complete].max() - RANK_STEP), scores)

    def holding_words(self, words: list[str]) -> list[Occupation]:
        """Occupations with a title (their own or an alternate) holding every one of these
        title words (as title_words gives them), each once."""
        numbers = [self._word_id.get(word) for word in dict.fromkeys(words)]
        known = [number for number in numbers if number is not None]
        if not known or len(known) < len(numbers):
            return []
        postings = [self._flat[self._offsets[n] : self._offsets[n + 1]] for n in known]
        entries = reduce(np.intersect1d, postings)
        return [self.occupations[index] for index in np.unique(self._entry_occupation[entries])]

    def by_title(self, title: str) -> list[Occupation]:
        """Occupations with this title or alternate title, in any case, spacing or number
        ("civil engineer" is "Civil Engineers"), the ones listing it most prominently first."""
        wanted = title_words(title)
        ids, norm = self._query(title, drop_seniority=False)
        entries, scores = self._scores(ids, norm)
        same = np.array([title_words(self._title(entry)) == wanted for entry in entries], bool)
        chosen = self._best_per_occupation(entries[same], scores[same], len(entries))
        return [self.occupations[self._entry_occupation[entry]] for entry, _ in chosen]
