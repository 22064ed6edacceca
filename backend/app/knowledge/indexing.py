"""Lookup structures computed when the knowledge files are built and stored beside the
records, so loading them is a JSON parse and a few array conversions, not a pass over every
title. The build script and the runtime both use these definitions.

- Skills: every name and alias key, sorted, with the skill it leads to and which of its forms
  (0 the name, 1.. its aliases), and apart the key of each name from a later word on
  ("Autodesk AutoCAD" -> "autocad"), so lookup is a dict and autocomplete a binary search.
- Occupations: each title (an occupation's own title, then its alternate titles, in file
  order) is an entry; each title word has the sorted list of entries using it, stored as
  gaps between entry numbers.

Long integer lists are packed (`pack_u32`): JSON numbers would each become a Python object on
load, only to be copied into an array.
"""

import base64
from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from typing import TypedDict

import numpy as np

from app.knowledge.keys import lookup_key, stem, words

LATER_WORD_KINDS = frozenset({"technology", "language"})


class SkillKeys(TypedDict):
    keys: list[str]
    skill: str
    form: str
    later_keys: list[str]
    later_skill: str


class TitleIndex(TypedDict):
    words: list[str]
    lengths: str
    gaps: str


def later_word_keys(name: str) -> list[str]:
    """Keys of a name from each later word on: "Autodesk AutoCAD Civil 3D" -> ["autocadcivil3d",
    "civil3d", "3d"]."""
    parts = words(name)
    return ["".join(parts[start:]) for start in range(1, len(parts))]


def skill_index(skills: list[dict]) -> SkillKeys:
    """Sorted name and alias keys with their skill and form, and sorted later-word keys of
    technologies, languages and curated skills (not of tools or ESCO's phrases, whose later
    words would only crowd autocomplete)."""
    exact: list[tuple[str, int, int]] = []
    owner: dict[str, int] = {}
    later: set[tuple[str, int]] = set()
    for skill_id, item in enumerate(skills):
        for form, text in enumerate((item["name"], *item.get("aliases", ()))):
            key = lookup_key(text)
            if key and owner.setdefault(key, skill_id) == skill_id:
                exact.append((key, form, skill_id))
        if item["kind"] in LATER_WORD_KINDS or "curated" in item["sources"]:
            later.update((key, skill_id) for key in later_word_keys(item["name"]))
    exact.sort()
    ordered_later = sorted(later)
    return {
        "keys": [key for key, _, _ in exact],
        "skill": pack_u32([skill_id for _, _, skill_id in exact]),
        "form": pack_u32([form for _, form, _ in exact]),
        "later_keys": [key for key, _ in ordered_later],
        "later_skill": pack_u32([skill_id for _, skill_id in ordered_later]),
    }


def title_words(title: str) -> list[str]:
    """Title words, folded and singular: "Registered Nurses" -> ["registered", "nurse"]."""
    return [stem(word) for word in words(title)]


def titles(occupation: dict) -> list[str]:
    return [occupation["title"], *occupation.get("alt_titles", ())]


def title_entries(occupations: list[dict]) -> Iterator[str]:
    for occupation in occupations:
        yield from titles(occupation)


def title_index(occupations: list[dict]) -> TitleIndex:
    postings: dict[str, list[int]] = defaultdict(list)
    for entry, title in enumerate(title_entries(occupations)):
        for word in dict.fromkeys(title_words(title)):
            postings[word].append(entry)
    vocabulary = sorted(postings)
    gaps = [gap for word in vocabulary for gap in _gaps(postings[word])]
    return {
        "words": vocabulary,
        "lengths": pack_u32([len(postings[word]) for word in vocabulary]),
        "gaps": pack_u32(gaps),
    }


def _gaps(entries: list[int]) -> list[int]:
    return [entries[0], *(later - earlier for earlier, later in pairwise(entries))]


def unpack_postings(lengths: np.ndarray, gaps: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Entry numbers of every word, end to end, and where each word's run starts."""
    offsets = np.concatenate(([0], np.cumsum(lengths, dtype=np.int64)))
    total = np.cumsum(gaps, dtype=np.int64)
    starts = offsets[:-1]
    before = np.where(starts > 0, total[np.maximum(starts - 1, 0)], 0)
    return (total - np.repeat(before, lengths)).astype(np.int32), offsets


def pack_u32(values: list[int]) -> str:
    """Unsigned 32-bit integers as base64, byte planes apart (compresses like JSON numbers)."""
    planes = np.asarray(values, dtype="<u4").view(np.uint8).reshape(-1, 4).T
    return base64.b64encode(planes.tobytes()).decode("ascii")


def unpack_u32(text: str) -> np.ndarray:
    planes = np.frombuffer(base64.b64decode(text), dtype=np.uint8).reshape(4, -1)
    return np.ascontiguousarray(planes.T).view("<u4").ravel()
