"""Put two-column PDF pages (a sidebar beside the main text) back into reading order.

pypdf's plain mode follows the drawing order, which for many templates interleaves the sidebar
with the main column line by line. Its layout mode keeps x positions as spaces, so a vertical
strip of whitespace through most lines (a gutter) reveals the columns."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

MIN_GUTTER_WIDTH = 3
MIN_CLEAR_GUTTER_WIDTH = 2
MIN_SIDE_LINES = 3
MAX_CROSSING_SHARE = 0.1
# A "column" made mostly of dates or places is a right-aligned (or left-margin) date column of a
# single-column resume; splitting it off would separate every job from its dates.
MAX_META_SHARE = 0.6
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\bpresent\b|\bcurrent\b", re.IGNORECASE)
_PLACE = re.compile(r"^[A-Z][\w .'-]*,\s*[A-Z][\w .'-]*$|^(?:remote|hybrid|on-?site)$", re.I)
_WIDE_GAP = re.compile(r" {2,}")


@dataclass(frozen=True)
class Gutter:
    start: int
    end: int


def deinterleave_columns(layout_text: str) -> str | None:
    """The page text with each two-column stretch read left column first, or None when the page
    does not have two columns."""
    lines = [line.rstrip() for line in layout_text.splitlines()]
    gutter = find_gutter([line for line in lines if line.strip()])
    if gutter is None:
        return None
    return "\n".join(_reading_order(lines, gutter))


def find_gutter(lines: list[str]) -> Gutter | None:
    if len(lines) < 2 * MIN_SIDE_LINES:
        return None
    width = max(len(line) for line in lines)
    occupied = [0] * width
    for line in lines:
        for x, char in enumerate(line):
            if char != " ":
                occupied[x] += 1
    allowed = MAX_CROSSING_SHARE * len(lines)
    best: Gutter | None = None
    for run in _empty_runs(occupied, allowed, lo=int(width * 0.15), hi=int(width * 0.85)):
        gutter = _emptiest_part(run, occupied)
        if gutter.end - gutter.start < MIN_CLEAR_GUTTER_WIDTH:
            continue
        if _splits_into_columns(lines, gutter) and (
            best is None or gutter.end - gutter.start > best.end - best.start
        ):
            best = gutter
    return best


def _empty_runs(occupied: list[int], allowed: float, *, lo: int, hi: int) -> Iterator[Gutter]:
    start = None
    for x in range(lo, hi + 1):
        empty = x < hi and occupied[x] <= allowed
        if empty and start is None:
            start = x
        elif not empty and start is not None:
            if x - start >= MIN_GUTTER_WIDTH:
                yield Gutter(start, x)
            start = None


def _emptiest_part(run: Gutter, occupied: list[int]) -> Gutter:
    """The widest stretch of the run crossed by the fewest lines, so that a line that merely
    pokes into the run (a long email address) is not taken for a full-width line."""
    fewest = min(occupied[run.start : run.end])
    best = Gutter(run.start, run.start)
    start = None
    for x in range(run.start, run.end + 1):
        if x < run.end and occupied[x] == fewest:
            start = x if start is None else start
        elif start is not None:
            if x - start > best.end - best.start:
                best = Gutter(start, x)
            start = None
    return best


def _splits_into_columns(lines: list[str], gutter: Gutter) -> bool:
    left = [line[: gutter.start].strip() for line in lines if not _crosses(line, gutter)]
    right = [line[gutter.end :].strip() for line in lines if not _crosses(line, gutter)]
    left, right = [part for part in left if part], [part for part in right if part]
    if len(left) < MIN_SIDE_LINES or len(right) < MIN_SIDE_LINES:
        return False
    return _meta_share(left) < MAX_META_SHARE and _meta_share(right) < MAX_META_SHARE


def _meta_share(parts: list[str]) -> float:
    meta = sum(1 for part in parts if _YEAR.search(part) or _PLACE.match(part))
    return meta / len(parts)


def _crosses(line: str, gutter: Gutter) -> bool:
    return bool(line[gutter.start : gutter.end].strip())


def _reading_order(lines: list[str], gutter: Gutter) -> list[str]:
    ordered: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if _crosses(line, gutter):
            ordered += left + right + [_tidy(line)]
            left, right = [], []
            continue
        left.append(_tidy(line[: gutter.start]))
        right.append(_tidy(line[gutter.end :]))
    ordered += left + right
    return [line for line in ordered if line]


def _tidy(fragment: str) -> str:
    # Layout mode pads with spaces to keep x positions; keep wide gaps visible as two spaces
    # (the parser reads them as field separators) and drop the rest of the padding.
    return _WIDE_GAP.sub("  ", fragment.strip())
