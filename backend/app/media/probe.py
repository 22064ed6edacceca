"""Open a recording safely and describe it: duration, streams, picture size."""

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
from av.audio.stream import AudioStream
from av.container import InputContainer
from av.stream import Stream
from av.video.stream import VideoStream

from app.media.errors import MediaError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MediaInfo:
    duration_s: float
    has_video: bool
    has_audio: bool
    width: int | None
    height: int | None


@contextmanager
def open_input(path: Path) -> Iterator[InputContainer]:
    """Open a recording for reading; unreadable content raises MediaError (a missing file stays
    an OSError: that is our bug, not the user's upload)."""
    try:
        container = av.open(str(path), "r", metadata_errors="ignore")
    except av.FFmpegError as exc:
        if isinstance(exc, OSError):
            raise
        raise MediaError(f"Not a readable audio or video file ({exc.strerror}).") from exc
    try:
        yield container
    finally:
        container.close()


def pick_streams(container: InputContainer) -> tuple[VideoStream | None, AudioStream | None]:
    """The first real video stream (cover art excluded) and the first audio stream."""
    video = next(
        (
            s
            for s in container.streams.video
            if not s.disposition & av.stream.Disposition.attached_pic
        ),
        None,
    )
    audio = next(iter(container.streams.audio), None)
    if video is None and audio is None:
        raise MediaError("The file has no audio or video track.")
    return video, audio


def demux_safely(container: InputContainer, *streams: Stream) -> Iterator[av.Packet]:
    """Packets until the end, or until the data turns corrupt: a recording whose upload was cut
    short keeps everything before the damage."""
    try:
        yield from container.demux(*streams)
    except av.FFmpegError as exc:
        logger.warning("Stopped reading %s early: %s", container.name, exc)


def start_seconds(container: InputContainer) -> float:
    """The file's zero: timestamps are reported relative to its earliest stream."""
    return container.start_time / av.time_base if container.start_time is not None else 0.0


def probe(path: Path) -> MediaInfo:
    with open_input(path) as container:
        video, audio = pick_streams(container)
        streams = [s for s in (video, audio) if s is not None]
        duration = _declared_duration(container, streams)
        if duration is None:
            duration = _scanned_duration(container, streams)
        return MediaInfo(
            duration_s=round(duration, 3),
            has_video=video is not None,
            has_audio=audio is not None,
            width=video.codec_context.width if video is not None else None,
            height=video.codec_context.height if video is not None else None,
        )


def _declared_duration(container: InputContainer, streams: Sequence[Stream]) -> float | None:
    if container.duration and container.duration > 0:
        return container.duration / av.time_base
    known = [float(s.duration * s.time_base) for s in streams if s.duration and s.time_base]
    return max(known) if known else None


def _scanned_duration(container: InputContainer, streams: Sequence[Stream]) -> float:
    """MediaRecorder files declare no duration: read the packet timestamps (no decoding)."""
    first: Fraction | None = None
    last = Fraction(0)
    for packet in demux_safely(container, *streams):
        ts = packet.pts if packet.pts is not None else packet.dts
        if ts is None or packet.time_base is None:
            continue
        start = ts * packet.time_base
        first = start if first is None else min(first, start)
        last = max(last, (ts + (packet.duration or 0)) * packet.time_base)
    if first is None:
        raise MediaError("The file contains no audio or video data.")
    return float(last - first)
