"""Incremental decoding: audio as mono PCM blocks, video as sampled grey frames. Memory stays
bounded whatever the file's length, since nothing holds more than one decoded frame."""

import logging
import math
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import overload

import av
import numpy as np
from av.audio.frame import AudioFrame
from av.audio.stream import AudioStream
from av.codec.context import ThreadType
from av.container import InputContainer
from av.video.frame import VideoFrame
from av.video.stream import VideoStream

from app.media.errors import MediaError
from app.media.probe import demux_safely, open_input, pick_streams, start_seconds

logger = logging.getLogger(__name__)

WAV_RATE = 16_000


def iter_audio_pcm(path: Path, rate: int = WAV_RATE) -> Iterator[np.ndarray]:
    """Mono float32 blocks in [-1, 1] at `rate`; sample 0 is the file's start (a late audio
    track is preceded by silence, so audio times line up with video times)."""
    yield from _resampled(path, rate, "flt")


def write_wav_16k_mono(src: Path, dst: Path) -> float:
    """16 kHz mono 16-bit WAV for transcription; returns its length in seconds."""
    samples = 0
    with wave.open(str(dst), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(WAV_RATE)
        for block in _resampled(src, WAV_RATE, "s16"):
            wav.writeframes(block.tobytes())
            samples += block.size
    return samples / WAV_RATE


def _resampled(path: Path, rate: int, sample_format: str) -> Iterator[np.ndarray]:
    with open_input(path) as container:
        _, stream = pick_streams(container)
        if stream is None:
            raise MediaError("The recording has no audio track.")
        origin = start_seconds(container)
        resampler = av.AudioResampler(format=sample_format, layout="mono", rate=rate)
        started = False
        for frame in _decoded(container, stream):
            if not started and frame.time is not None and frame.time - origin > 0.01:
                yield np.zeros(round((frame.time - origin) * rate), _DTYPES[sample_format])
            started = True
            for out in resampler.resample(frame):
                yield out.to_ndarray().reshape(-1)
        for out in resampler.resample(None):
            yield out.to_ndarray().reshape(-1)


_DTYPES = {"flt": np.float32, "s16": np.int16}


def iter_video_frames(
    path: Path, fps: float = 2.0, max_width: int = 320
) -> Iterator[tuple[float, np.ndarray]]:
    """(seconds from the file's start, grey uint8 image at most `max_width` wide), about `fps`
    per second. Every frame is decoded (inter frames need their references) but only the sampled
    ones are scaled and converted, which is where the time would go."""
    with open_input(path) as container:
        stream, _ = pick_streams(container)
        if stream is None:
            raise MediaError("The recording has no video track.")
        stream.thread_type = ThreadType.AUTO
        origin = start_seconds(container)
        rate = float(stream.average_rate or 30)
        next_t = 0.0
        for index, frame in enumerate(_decoded(container, stream)):
            t = frame.time - origin if frame.time is not None else index / rate
            if t < next_t - 1e-6:
                continue
            next_t = (math.floor(t * fps + 1e-6) + 1) / fps
            width, height = _fit(frame.width, frame.height, max_width)
            yield t, frame.to_ndarray(format="gray", width=width, height=height)


def _fit(width: int, height: int, max_width: int) -> tuple[int, int]:
    if width <= max_width:
        return width, height
    return max_width, max(2, round(height * max_width / width / 2) * 2)


@overload
def _decoded(container: InputContainer, stream: AudioStream) -> Iterator[AudioFrame]: ...
@overload
def _decoded(container: InputContainer, stream: VideoStream) -> Iterator[VideoFrame]: ...
def _decoded(
    container: InputContainer, stream: AudioStream | VideoStream
) -> Iterator[AudioFrame | VideoFrame]:
    for packet in demux_safely(container, stream):
        try:
            yield from stream.decode(packet)
        except av.FFmpegError as exc:  # one damaged packet should not lose the whole answer
            logger.debug("Skipped an undecodable packet in %s: %s", container.name, exc)
