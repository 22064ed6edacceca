"""Loudness, voice activity and pauses from the audio track, in 100 ms windows.

Voice activity is an energy threshold adapted to each recording, since microphones and rooms
differ by 30 dB: between the room's floor (10th percentile of the window levels) and the loud
speech (95th percentile), at THRESHOLD_SHARE of the way up. A recording with no such contrast
(one steady level throughout) is judged against STEADY_THRESHOLD_DBFS instead. Gaps shorter
than MIN_GAP_S between words still count as speaking, and blips shorter than MIN_VOICE_S (a
click, a cough) do not.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.media.decode import iter_audio_pcm

RATE = 16_000
WINDOW_S = 0.1
SILENCE_DBFS = -100.0
THRESHOLD_SHARE = 0.35
MIN_SPREAD_DB = 10.0
STEADY_THRESHOLD_DBFS = -40.0
ABSOLUTE_FLOOR_DBFS = -50.0
MIN_GAP_S, MIN_VOICE_S = 0.3, 0.2
LONG_PAUSE_S = 3.0
MIN_VOICED_S = 1.0


@dataclass(frozen=True, slots=True)
class AudioTrack:
    dbfs: np.ndarray
    """RMS level of each 100 ms window, floored at SILENCE_DBFS."""
    active: np.ndarray
    """Voice activity of each window."""


def measure_audio(path: Path, progress: Callable[[float], None] | None = None) -> AudioTrack:
    """progress receives the seconds of audio decoded so far."""
    dbfs = to_dbfs(window_power(iter_audio_pcm(path, RATE), progress))
    return AudioTrack(dbfs, voice_activity(dbfs))


def window_power(
    blocks: Iterable[np.ndarray], progress: Callable[[float], None] | None = None
) -> np.ndarray:
    """Mean square of each WINDOW_S window of a stream of PCM blocks (the last may be shorter)."""
    size = round(RATE * WINDOW_S)
    carry = np.empty(0, np.float32)
    chunks: list[np.ndarray] = []
    decoded = 0
    for block in blocks:
        data = np.concatenate((carry, block)) if carry.size else block
        whole = data.size - data.size % size
        if whole:
            squares = np.square(data[:whole].reshape(-1, size), dtype=np.float64)
            chunks.append(squares.mean(axis=1))
        carry = data[whole:]
        decoded += block.size
        if progress:
            progress(decoded / RATE)
    if carry.size:
        chunks.append(np.array([np.mean(np.square(carry, dtype=np.float64))]))
    return np.concatenate(chunks) if chunks else np.zeros(0)


def to_dbfs(power: np.ndarray) -> np.ndarray:
    floor = 10 ** (SILENCE_DBFS / 10)
    return 10 * np.log10(np.maximum(power, floor))


def voice_activity(dbfs: np.ndarray) -> np.ndarray:
    if dbfs.size == 0:
        return np.zeros(0, bool)
    floor, peak = np.percentile(dbfs, [10, 95])
    spread = peak - floor
    if spread < MIN_SPREAD_DB:
        threshold = STEADY_THRESHOLD_DBFS
    else:
        threshold = max(ABSOLUTE_FLOOR_DBFS, floor + THRESHOLD_SHARE * spread)
    active = dbfs > threshold
    active = _flip_short_runs(active, value=False, shorter_than=round(MIN_GAP_S / WINDOW_S))
    return _flip_short_runs(active, value=True, shorter_than=round(MIN_VOICE_S / WINDOW_S))


def runs(mask: np.ndarray) -> list[tuple[int, int, bool]]:
    """(start, end, value) of each run of equal values."""
    if mask.size == 0:
        return []
    edges = np.flatnonzero(np.diff(mask.astype(np.int8))) + 1
    starts = [0, *edges.tolist()]
    ends = [*edges.tolist(), mask.size]
    return [(s, e, bool(mask[s])) for s, e in zip(starts, ends, strict=True)]


def _flip_short_runs(mask: np.ndarray, *, value: bool, shorter_than: int) -> np.ndarray:
    """Runs of `value` shorter than `shorter_than` windows, with the other value on both sides."""
    out = mask.copy()
    found = runs(mask)
    for index, (start, end, run_value) in enumerate(found):
        inner = 0 < index < len(found) - 1
        if run_value == value and inner and end - start < shorter_than:
            out[start:end] = not value
    return out


def window_slice(start_s: float, end_s: float, size: int) -> slice:
    return slice(max(0, round(start_s / WINDOW_S)), min(size, round(end_s / WINDOW_S)))


def long_pauses(
    active: np.ndarray, start_s: float, end_s: float, min_s: float = LONG_PAUSE_S
) -> list[tuple[float, float]]:
    """Silences of at least min_s between speech inside [start_s, end_s]. Silence before the
    first word (thinking before answering) and after the last is not a pause."""
    window = window_slice(start_s, end_s, active.size)
    voiced = np.flatnonzero(active[window])
    if voiced.size < 2:
        return []
    offset = window.start + voiced[0]
    inner = active[offset : window.start + voiced[-1] + 1]
    return [
        (round((offset + s) * WINDOW_S, 2), round((offset + e) * WINDOW_S, 2))
        for s, e, value in runs(inner)
        if not value and (e - s) * WINDOW_S >= min_s - 1e-9
    ]


def loudness_stats(dbfs: np.ndarray, voiced: np.ndarray) -> tuple[float | None, float | None]:
    """Mean and standard deviation of the level while speaking (None under MIN_VOICED_S)."""
    levels = dbfs[voiced]
    if levels.size * WINDOW_S < MIN_VOICED_S:
        return None, None
    return round(float(levels.mean()), 1), round(float(levels.std()), 1)
