import numpy as np
import pytest

from app.analytics.audio import (
    RATE,
    SILENCE_DBFS,
    long_pauses,
    loudness_stats,
    to_dbfs,
    voice_activity,
    window_power,
)


def _levels(*parts: tuple[float, float]) -> np.ndarray:
    """dBFS per 100 ms window: (seconds, level) parts in order."""
    return np.concatenate([np.full(round(seconds * 10), level) for seconds, level in parts])


def test_power_is_measured_per_100_ms_across_block_boundaries() -> None:
    tone = 0.5 * np.sin(2 * np.pi * 440 * np.arange(RATE) / RATE).astype(np.float32)
    blocks = [tone[i : i + 333] for i in range(0, tone.size, 333)] + [np.zeros(800, np.float32)]
    seen: list[float] = []

    dbfs = to_dbfs(window_power(blocks, seen.append))

    assert dbfs.size == 11  # ten full windows and a half window of silence
    assert dbfs[:10] == pytest.approx(20 * np.log10(0.5 / np.sqrt(2)), abs=0.05)
    assert dbfs[10] == SILENCE_DBFS
    assert seen[-1] == pytest.approx(1.05)


def test_voice_activity_adapts_to_the_room() -> None:
    quiet_room = _levels((2, -62), (3, -30), (2, -62))
    noisy_room = _levels((2, -45), (3, -20), (2, -45))
    for levels in (quiet_room, noisy_room):
        active = voice_activity(levels)
        assert not active[:20].any() and active[20:50].all() and not active[50:].any()


def test_gaps_between_words_are_speech_and_clicks_are_not() -> None:
    levels = _levels((1, -20), (0.2, -70), (1, -20), (2, -70), (0.1, -20), (2, -70), (1, -20))
    active = voice_activity(levels)
    assert active[:22].all()  # the 0.2 s gap is filled
    assert not active[42:43].any()  # the 0.1 s click is dropped


def test_steady_level_without_contrast() -> None:
    assert voice_activity(_levels((5, -18))).all()
    assert not voice_activity(_levels((5, -55))).any()
    assert not voice_activity(_levels((5, SILENCE_DBFS))).any()


def test_long_pauses_lie_between_speech_inside_the_window() -> None:
    active = voice_activity(_levels((4, -70), (3, -20), (4, -70), (2, -20), (2.5, -70), (1, -20)))

    assert long_pauses(active, 0, 16.5) == [(7.0, 11.0)]  # 4 s of thinking first is no pause
    assert long_pauses(active, 0, 16.5, min_s=2.5) == [(7.0, 11.0), (13.0, 15.5)]
    assert long_pauses(active, 8, 16.5) == []  # one side of that silence is outside


def test_loudness_is_measured_while_speaking() -> None:
    levels = _levels((2, -70), (1, -20), (1, -30))
    mean, variation = loudness_stats(levels, voice_activity(levels))
    assert (mean, variation) == (-25.0, 5.0)
    assert loudness_stats(levels, np.zeros(levels.size, bool)) == (None, None)
