"""The occupations a text reads as by meaning: a backup for a side whose titles say nothing.

A posting titled "Join Our Team" or "Settlements Developer" matches no occupation title well,
and a resume read from a flattened PDF may have no job titles at all; their duties and summary
still say what the work is. Each O*NET occupation title is embedded once with the built-in
sentence model (~1.5 s, on the first match), and a text reads as the few occupations whose
titles lie closest to it: as sure as the closest one is close (FLOOR..CEILING, TEXT_TRUST at
most), less for each that lies further (MARGIN).
"""

from collections.abc import Iterable
from functools import lru_cache

import numpy as np

from app.evaluation.semantic import answer_vector
from app.jobs.match_reading import Reading
from app.jobs.match_semantic import vector
from app.knowledge.store import get_knowledge

TEXT_READINGS = 5
"""The closest occupations a text reads as."""
TEXT_TRUST = 0.6
"""A text points to an occupation less surely than a title held or a set of tools does."""
FLOOR, CEILING = 0.3, 0.5
"""A text whose closest occupation title lies at or below FLOOR reads as none; at CEILING or
above, as sure as a text can be."""
MARGIN = 0.1
"""An occupation this much less close than the closest one reads as nothing (text closeness
to short titles varies little: the closest few lie within a few hundredths)."""


def text_readings(text: str) -> tuple[Reading, ...]:
    """The O*NET occupations whose titles read closest to `text`, surest first."""
    return _readings(text) if text.strip() else ()


def texts_readings(texts: Iterable[str]) -> list[Reading]:
    """Readings of several texts (a resume's jobs and summary), each kept once at its best."""
    best: dict[str, Reading] = {}
    for text in texts:
        for reading in text_readings(text):
            if reading.code not in best or reading.confidence > best[reading.code].confidence:
                best[reading.code] = reading
    return sorted(best.values(), key=lambda reading: -reading.confidence)


@lru_cache(maxsize=4096)
def _readings(text: str) -> tuple[Reading, ...]:
    codes, titles, matrix = occupation_vectors()
    cosines = matrix @ vector(text)
    ranked = np.argsort(-cosines)[:TEXT_READINGS]
    best = float(cosines[ranked[0]])
    sureness = TEXT_TRUST * min(1.0, (best - FLOOR) / (CEILING - FLOOR))
    found: list[Reading] = []
    for position in ranked:
        closeness = 1.0 - (best - float(cosines[position])) / MARGIN
        if sureness > 0 and closeness > 0:
            found.append(Reading(codes[position], titles[position], sureness * closeness))
    return tuple(found)


@lru_cache(maxsize=1)
def occupation_vectors() -> tuple[tuple[str, ...], tuple[str, ...], np.ndarray]:
    """The O*NET occupations' codes, titles and title vectors (one row each), read-only."""
    occupations = [
        item for item in get_knowledge().occupations.occupations if item.code[2:3] == "-"
    ]
    matrix = np.stack([answer_vector(item.title) for item in occupations]).astype(np.float32)
    matrix.flags.writeable = False
    codes = tuple(item.code for item in occupations)
    return codes, tuple(item.title for item in occupations), matrix
