"""Stream-copy a browser recording into a seekable file with a duration and an index.

MediaRecorder writes its file as it goes, chunk by chunk, so it never goes back to fill in the
duration or write cues: `<video>` then shows an infinite duration and cannot seek. Copying the
packets into a fresh container (no re-encoding) lets the muxer write both.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
from av.container import InputContainer
from av.stream import Stream

from app.media.errors import MediaError
from app.media.probe import MediaInfo, demux_safely, open_input, pick_streams, probe

_WEBM_CODECS = frozenset({"vp8", "vp9", "av1", "opus", "vorbis"})
# cues_to_front: the index goes before the clusters, so a player can seek before it has
# downloaded the end. faststart does the same for MP4's moov box.
_MATROSKA_OPTIONS = {"cues_to_front": "1"}
_MP4_OPTIONS = {"movflags": "+faststart"}


def remux_seekable(src: Path, dst: Path) -> MediaInfo:
    """WebM stays WebM (Matroska if its codecs are not WebM's), MP4 becomes faststart MP4."""
    with open_input(src) as container:
        streams = [s for s in pick_streams(container) if s is not None]
        out_format, options = _output_format(container, streams)
        try:
            written = _copy(container, streams, dst, out_format, options)
        except av.FFmpegError as exc:
            dst.unlink(missing_ok=True)
            raise MediaError(f"The recording could not be rewritten ({exc.strerror}).") from exc
    if not written:
        dst.unlink(missing_ok=True)
        raise MediaError("The recording contains no audio or video data.")
    return probe(dst)


def _output_format(container: InputContainer, streams: Sequence[Stream]) -> tuple[str, dict]:
    family = set(container.format.name.split(","))
    if family & {"matroska", "webm"}:
        webm = all(s.codec_context.name in _WEBM_CODECS for s in streams)
        return ("webm" if webm else "matroska"), _MATROSKA_OPTIONS
    if family & {"mov", "mp4"}:
        return "mp4", _MP4_OPTIONS
    if "ogg" in family:
        return "ogg", {}
    raise MediaError(f"Unsupported recording format {container.format.name}: use WebM or MP4.")


def _copy(
    container: InputContainer, streams: Sequence[Stream], dst: Path, out_format: str, options: dict
) -> int:
    origin = Fraction(container.start_time or 0, av.time_base)
    written = 0
    with av.open(str(dst), "w", format=out_format, options=options) as out:
        targets = {s.index: out.add_stream_from_template(s) for s in streams}
        retimers = {s.index: Retimer.for_stream(_time_base(s), origin) for s in streams}
        for packet in demux_safely(container, *streams):
            if packet.size == 0:  # the demuxer's end-of-stream marker
                continue
            index = packet.stream.index
            packet.pts, packet.dts = retimers[index].fix(packet.pts, packet.dts, packet.duration)
            packet.stream = targets[index]
            out.mux(packet)
            written += 1
    return written


def _time_base(stream: Stream) -> Fraction:
    if stream.time_base is None:
        raise MediaError("A track of the recording has no time base, so it cannot be timed.")
    return stream.time_base


@dataclass
class Retimer:
    """Makes one stream's timestamps present, relative to the file's start, and increasing.

    A clock that jumps back by more than `jump` ticks (a recorder restarted, chunks of two
    recordings joined) is spliced on right after the previous packet; smaller reorderings are
    nudged one tick past it, since muxers refuse decreasing timestamps. Forward gaps are kept:
    they are real time (a frozen camera) and dropping them would desynchronise audio and video.
    """

    origin: int
    jump: int
    shift: int = 0
    last_dts: int | None = None
    step: int = 1

    @classmethod
    def for_stream(cls, time_base: Fraction, origin_s: Fraction) -> "Retimer":
        return cls(origin=round(origin_s / time_base), jump=max(1, round(1 / time_base)))

    def fix(self, pts: int | None, dts: int | None, duration: int | None) -> tuple[int, int]:
        if duration and duration > 0:
            self.step = duration
        expected = 0 if self.last_dts is None else self.last_dts + self.step
        raw = dts if dts is not None else pts
        if raw is None:
            new_dts = expected
        else:
            new_dts = raw - self.origin + self.shift
            if self.last_dts is not None and new_dts < self.last_dts - self.jump:
                self.shift += expected - new_dts
                new_dts = expected
        if self.last_dts is not None and new_dts <= self.last_dts:
            new_dts = self.last_dts + 1
        new_pts = new_dts if pts is None else max(pts - self.origin + self.shift, new_dts)
        self.last_dts = new_dts
        return new_pts, new_dts
