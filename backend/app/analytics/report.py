"""One recorded interview in, one delivery report out: pace and fillers from the transcript,
loudness, speaking time and pauses from the audio, on-camera presence from the video."""

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from app.analytics.audio import (
    LONG_PAUSE_S,
    WINDOW_S,
    AudioTrack,
    long_pauses,
    loudness_stats,
    measure_audio,
    window_slice,
)
from app.analytics.face import FaceSample, measure_video
from app.analytics.hints import build_cards
from app.analytics.schemas import (
    DeliveryReport,
    FillerCount,
    Fillers,
    Loudness,
    Pause,
    Pauses,
    QuestionDelivery,
    Speaking,
    TimelinePoint,
    TranscriptSegment,
    VideoStats,
)
from app.analytics.speech import SpeechStats, speech_stats, words_per_minute
from app.media.probe import MediaInfo, probe

AUDIO_SHARE = 0.1
"""Share of the progress bar for the audio pass; video decoding and face detection take the rest."""
TOP_FILLERS = 5


def analyze_recording(
    path: Path,
    *,
    segments: list[TranscriptSegment],
    progress: Callable[[float], None] | None = None,
) -> DeliveryReport:
    """Analyse a recording (best after `remux_seekable`); `segments` are the answer windows, the
    whole file when empty. Raises MediaError for an unreadable file. CPU-bound: run in a thread."""
    tracker = _Progress(progress)
    tracker(0.0)
    info = probe(path)
    audio, faces = None, []
    video_from = 0.0
    if info.has_audio:
        audio = measure_audio(path, tracker.span(0.0, AUDIO_SHARE, info.duration_s))
        video_from = AUDIO_SHARE
    if info.has_video:
        faces = measure_video(path, tracker.span(video_from, 0.99, info.duration_s))
    report = build_report(info, answer_windows(segments, info.duration_s), audio, faces)
    tracker(1.0)
    return report


def answer_windows(
    segments: Sequence[TranscriptSegment], duration_s: float
) -> list[TranscriptSegment]:
    if not segments:
        return [TranscriptSegment(start_s=0.0, end_s=duration_s)]
    windows = []
    for segment in sorted(segments, key=lambda s: s.start_s):
        start = min(max(0.0, segment.start_s), duration_s)
        end = min(max(start, segment.end_s), duration_s)
        windows.append(segment.model_copy(update={"start_s": start, "end_s": end}))
    return windows


def build_report(
    info: MediaInfo,
    windows: list[TranscriptSegment],
    audio: AudioTrack | None,
    faces: list[FaceSample],
) -> DeliveryReport:
    speech = [speech_stats(window) for window in windows]
    pauses = [long_pauses(audio.active, w.start_s, w.end_s) if audio else [] for w in windows]
    answer_s = sum(w.end_s - w.start_s for w in windows)
    speaking, loudness = _speaking_and_loudness(audio, windows, speech, answer_s)
    fillers = _fillers(speech)
    all_pauses = _pauses(pauses)
    video = _video_stats(info, faces, windows)
    cards = build_cards(
        speaking=speaking,
        fillers=fillers,
        pauses=all_pauses,
        loudness=loudness,
        video=video,
        answer_minutes=answer_s / 60,
        has_audio=audio is not None,
    )
    return DeliveryReport(
        duration_s=round(info.duration_s, 2),
        speaking=speaking,
        fillers=fillers,
        pauses=all_pauses,
        loudness=loudness,
        video=video,
        cards=cards,
        timeline=build_timeline(info.duration_s, audio, faces if info.has_video else None),
        per_question=[
            _question(w, s, len(p)) for w, s, p in zip(windows, speech, pauses, strict=True)
        ],
    )


def _speaking_and_loudness(
    audio: AudioTrack | None,
    windows: list[TranscriptSegment],
    speech: list[SpeechStats],
    answer_s: float,
) -> tuple[Speaking, Loudness]:
    words = sum(s.words for s in speech)
    talk_s = sum(s.talk_s for s in speech if s.words)
    speaking_s, mean, variation = 0.0, None, None
    if audio is not None:
        inside = np.zeros(audio.active.size, bool)
        for window in windows:
            inside[window_slice(window.start_s, window.end_s, inside.size)] = True
        voiced = audio.active & inside
        speaking_s = float(voiced.sum()) * WINDOW_S
        mean, variation = loudness_stats(audio.dbfs, voiced)
    speaking = Speaking(
        words=words,
        words_per_minute=words_per_minute(words, talk_s),
        speaking_time_s=round(speaking_s, 1),
        speaking_ratio=round(min(1.0, speaking_s / answer_s), 3) if answer_s > 0 else 0.0,
    )
    return speaking, Loudness(mean_dbfs=mean, variation_db=variation)


def _fillers(speech: list[SpeechStats]) -> Fillers:
    counts: Counter[str] = Counter()
    for stats in speech:
        counts.update(stats.fillers)
    total = sum(counts.values())
    talk_s = sum(s.talk_s for s in speech if s.words)
    per_minute = round(total * 60 / talk_s, 1) if talk_s > 0 else None
    top = [FillerCount(word=word, count=n) for word, n in counts.most_common(TOP_FILLERS)]
    return Fillers(count=total, per_minute=per_minute, top=top)


def _pauses(per_window: list[list[tuple[float, float]]]) -> Pauses:
    items = sorted({pause for pauses in per_window for pause in pauses})
    return Pauses(
        threshold_s=LONG_PAUSE_S,
        count_long=len(items),
        longest_s=round(max((end - start for start, end in items), default=0.0), 1),
        items=[Pause(start_s=start, end_s=end) for start, end in items],
    )


def _video_stats(
    info: MediaInfo, faces: list[FaceSample], windows: list[TranscriptSegment]
) -> VideoStats:
    inside = [f for f in faces if any(w.start_s <= f.t_s < w.end_s for w in windows)] or faces
    if not info.has_video or not inside:
        return VideoStats(
            available=info.has_video,
            frames_sampled=len(faces),
            face_visible_ratio=None,
            looking_at_camera_ratio=None,
            smiling_ratio=None,
        )

    def share(flag: str) -> float:
        return round(sum(getattr(f, flag) for f in inside) / len(inside), 3)

    return VideoStats(
        available=True,
        frames_sampled=len(faces),
        face_visible_ratio=share("face"),
        looking_at_camera_ratio=share("looking"),
        smiling_ratio=share("smiling"),
    )


def _question(window: TranscriptSegment, speech: SpeechStats, long_pauses: int) -> QuestionDelivery:
    return QuestionDelivery(
        question_id=window.question_id,
        start_s=round(window.start_s, 2),
        end_s=round(window.end_s, 2),
        words=speech.words,
        words_per_minute=words_per_minute(speech.words, speech.talk_s),
        filler_count=sum(speech.fillers.values()),
        long_pauses=long_pauses,
    )


def build_timeline(
    duration_s: float, audio: AudioTrack | None, faces: list[FaceSample] | None
) -> list[TimelinePoint]:
    """One point per second: level (energy mean of its windows), speaking if at least half its
    windows are, and each face flag if at least half of that second's samples have it."""
    per_second = round(1 / WINDOW_S)
    by_second: defaultdict[int, list[FaceSample]] = defaultdict(list)
    for sample in faces or []:
        by_second[int(sample.t_s)].append(sample)
    points = []
    for second in range(math.ceil(duration_s)):
        level, speaking = None, False
        if audio is not None and second * per_second < audio.dbfs.size:
            part = slice(second * per_second, (second + 1) * per_second)
            level = round(float(10 * np.log10(np.mean(10 ** (audio.dbfs[part] / 10)))), 1)
            speaking = bool(audio.active[part].mean() >= 0.5)
        samples = by_second.get(second) if faces is not None else None
        points.append(
            TimelinePoint(
                t_s=second,
                loudness_dbfs=level,
                speaking=speaking,
                face=_majority(samples, "face"),
                looking=_majority(samples, "looking"),
                smiling=_majority(samples, "smiling"),
            )
        )
    return points


def _majority(samples: list[FaceSample] | None, flag: str) -> bool | None:
    if not samples:
        return None
    return sum(getattr(s, flag) for s in samples) * 2 >= len(samples)


class _Progress:
    """Forwards non-decreasing fractions to the caller, at most once per percent."""

    def __init__(self, callback: Callable[[float], None] | None) -> None:
        self.callback = callback
        self.last = -1.0

    def __call__(self, fraction: float) -> None:
        fraction = min(1.0, max(fraction, self.last, 0.0))
        finished = fraction == 1.0 and self.last < 1.0
        if self.callback and (finished or fraction - self.last >= 0.01):
            self.last = fraction
            self.callback(round(fraction, 3))

    def span(self, start: float, end: float, duration_s: float) -> Callable[[float], None]:
        """Maps seconds processed within a pass onto [start, end] of the whole."""

        def report(seconds: float) -> None:
            done = min(1.0, seconds / duration_s) if duration_s > 0 else 0.0
            self(start + (end - start) * done)

        return report
