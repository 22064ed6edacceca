"""Time delivery analytics on a long recording: seconds in total and per minute of video, CPU
time, and the peak resident memory of the analysis. The target is a 10-minute 640x480 recording
in under 2.5 minutes on one core.

    cd backend && ../.venv/bin/python -m bench.analytics [--minutes 10] [--all-cores] [--fresh]

The recording (VP8 + Opus at 30 fps, the real face photo swaying over a test pattern, 20 s of
tone then 4 s of silence, written the way MediaRecorder writes and then remuxed) is generated
once in a child process, so its encoder's memory does not count, and cached in the temp folder.
"""

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.analytics.report import analyze_recording  # noqa: E402
from app.analytics.schemas import DeliveryReport, TranscriptSegment  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "rehearse-bench"
SIZE, FPS = (640, 480), 30
SPEECH_S, SILENCE_S = 20, 4
TARGET_S_PER_10_MIN = 150
ANSWER = "Um, so basically we split the service by tenant, like, to keep hot rows apart. " * 3


def recording(minutes: float, *, fresh: bool = False) -> Path:
    path = CACHE / f"answer-{minutes:g}min-{SIZE[0]}x{SIZE[1]}.webm"
    if fresh or not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"generating {path} (once) ...", flush=True)
        started = time.perf_counter()
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
            pool.submit(_generate, path, minutes * 60).result()
        print(f"  generated in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _generate(path: Path, seconds: float) -> None:
    from app.media.remux import remux_seekable
    from tests.media_samples import make_webm

    period = SPEECH_S + SILENCE_S
    tones = [(start, start + SPEECH_S) for start in range(0, int(seconds), period)]
    upload = path.with_suffix(".upload.webm")
    make_webm(upload, seconds=seconds, size=SIZE, fps=FPS, tone_ranges=tones, face=True)
    remux_seekable(upload, path)
    upload.unlink()


def segments_for(seconds: float, answer_s: float = 120) -> list[TranscriptSegment]:
    """One answer window every two minutes, each with a short transcript."""
    return [
        TranscriptSegment(
            question_id=f"q{n}", start_s=start, end_s=min(start + answer_s, seconds), text=ANSWER
        )
        for n, start in enumerate(range(0, int(seconds), int(answer_s)), start=1)
    ]


@contextmanager
def _pinned(one_core: bool) -> Iterator[None]:
    """Runs the block on one CPU (decoder and OpenCV threads included), as a small server would."""
    if not one_core or not hasattr(os, "sched_setaffinity"):
        yield
        return
    allowed = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(allowed)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, allowed)


def run(minutes: float = 10, *, one_core: bool = True, fresh: bool = False) -> dict[str, float]:
    """Analyse the cached recording once and print the figures; returns them too."""
    path = recording(minutes, fresh=fresh)
    marks: list[tuple[float, float]] = []
    with _pinned(one_core):
        wall, cpu = time.perf_counter(), time.process_time()
        report = analyze_recording(
            path,
            segments=segments_for(minutes * 60),
            progress=lambda f: marks.append((f, time.perf_counter())),
        )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "seconds": wall,
        "cpu_seconds": cpu,
        "seconds_per_minute": wall / minutes,
        "peak_rss_mb": peak_mb,
        "frames_sampled": report.video.frames_sampled,
    }
    _print(minutes, path, report, figures, marks, one_core)
    return figures


def _print(
    minutes: float,
    path: Path,
    report: DeliveryReport,
    figures: dict[str, float],
    marks: list[tuple[float, float]],
    one_core: bool,
) -> None:
    wall, target = figures["seconds"], TARGET_S_PER_10_MIN * minutes / 10
    audio_s = next((t for f, t in marks if f >= 0.1), marks[0][1]) - marks[0][1]
    cores = "1 core" if one_core else f"{os.cpu_count()} cores"
    megabytes = path.stat().st_size / 1e6
    print(f"recording: {minutes:g} min, {SIZE[0]}x{SIZE[1]} at {FPS} fps, {megabytes:.0f} MB")
    print(
        f"analysis ({cores}): {wall:.1f} s wall, {figures['cpu_seconds']:.1f} s CPU, "
        f"{figures['seconds_per_minute']:.2f} s per minute of video "
        f"(target {target:.0f} s: {'met' if wall <= target else 'MISSED'})"
    )
    print(
        f"  audio pass {audio_s:.1f} s, video pass {wall - audio_s:.1f} s, "
        f"{report.video.frames_sampled} frames sampled"
    )
    print(f"peak RSS: {figures['peak_rss_mb']:.0f} MB")
    print(
        f"report: {len(report.model_dump_json()) / 1024:.0f} KB of JSON; "
        + ", ".join(f"{card.label} {card.value}" for card in report.cards)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--all-cores", action="store_true", help="do not pin to one core")
    parser.add_argument("--fresh", action="store_true", help="regenerate the cached recording")
    args = parser.parse_args()
    run(args.minutes, one_core=not args.all_cores, fresh=args.fresh)


if __name__ == "__main__":
    main()
