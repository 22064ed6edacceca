"""Real recordings made on the fly: WebM (VP8 + Opus) like Chrome's and Firefox's MediaRecorder,
MP4 (H.264 + AAC) like Safari's, with a test pattern, a sine tone during given time ranges and
silence elsewhere.

By default the files are written the way MediaRecorder writes them, as a live stream with no
duration and no index, so they exercise the remux path; `split_bytes` cuts one into the chunks a
browser would upload.

face=True composites a real photograph into the picture: tests/media/fixtures/astronaut.jpg,
astronaut Eileen Collins (NASA, public domain; the copy scikit-image ships as `astronaut.png`),
cropped to 320x240 grey.
"""

import io
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

import av
import cv2
import numpy as np

FACE_PHOTO = Path(__file__).parent / "media" / "fixtures" / "astronaut.jpg"
AUDIO_RATE = 48_000
TONE_HZ, TONE_AMPLITUDE = 440.0, 0.3


def make_webm(
    path: Path,
    *,
    seconds: float,
    size: tuple[int, int] = (320, 240),
    fps: int = 15,
    tone_ranges: Sequence[tuple[float, float]] = (),
    face: bool = False,
    video: bool = True,
    audio: bool = True,
    recorder_like: bool = True,
) -> Path:
    """VP8 + Opus WebM; recorder_like=False writes a regular file with duration and cues."""
    options = {"live": "1"} if recorder_like else {}
    with _sink(path, recorder_like) as target, av.open(target, "w", "webm", options) as out:
        vp8 = {"deadline": "realtime", "cpu-used": "8"}
        vstream = _video_stream(out, "libvpx", size, fps, vp8) if video else None
        astream = out.add_stream("libopus", rate=AUDIO_RATE, layout="mono") if audio else None
        _encode(out, vstream, astream, seconds, fps, tone_ranges, face)
    return path


def make_mp4(
    path: Path,
    *,
    seconds: float,
    size: tuple[int, int] = (320, 240),
    fps: int = 15,
    tone_ranges: Sequence[tuple[float, float]] = (),
    face: bool = False,
) -> Path:
    """H.264 (with B-frames, so pts and dts differ) + AAC in a fragmented MP4, as Safari sends."""
    options = {"movflags": "frag_keyframe+empty_moov+default_base_moof"}
    with av.open(str(path), "w", "mp4", options) as out:
        vstream = _video_stream(out, "libx264", size, fps, {"preset": "veryfast", "bf": "2"})
        astream = out.add_stream("aac", rate=AUDIO_RATE, layout="mono")
        _encode(out, vstream, astream, seconds, fps, tone_ranges, face)
    return path


def split_bytes(data: bytes, n: int) -> list[bytes]:
    """`data` cut into `n` nearly equal chunks (MediaRecorder's timeslice uploads)."""
    size = -(-len(data) // n)
    return [data[i : i + size] for i in range(0, len(data), size)]


class _Unseekable(io.RawIOBase):
    """A write-only sink: the muxer cannot go back, exactly MediaRecorder's situation."""

    def __init__(self, handle: io.BufferedWriter) -> None:
        self.handle = handle

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        return self.handle.write(data)


@contextmanager
def _sink(path: Path, unseekable: bool) -> Iterator[str | _Unseekable]:
    if not unseekable:
        yield str(path)
        return
    with path.open("wb") as handle:
        yield _Unseekable(handle)


def _video_stream(out, codec: str, size: tuple[int, int], fps: int, options: dict):
    stream = out.add_stream(codec, rate=fps, options=options)
    stream.width, stream.height = size
    stream.pix_fmt = "yuv420p"
    stream.thread_count = 1  # encoder threads only contend on a busy test machine
    stream.bit_rate = 600_000
    return stream


def _encode(out, vstream, astream, seconds, fps, tone_ranges, face) -> None:
    """Interleaved like a recorder: each video frame, then the audio up to its end."""
    frames = round(seconds * fps)
    samples_done = 0
    for index in range(frames):
        if vstream is not None:
            image = _picture((vstream.width, vstream.height), index, fps, face)
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, fps)
            out.mux(vstream.encode(frame))
        if astream is not None:
            until = round((index + 1) / fps * AUDIO_RATE)
            out.mux(astream.encode(_audio_frame(samples_done, until, tone_ranges)))
            samples_done = until
    for stream in (vstream, astream):
        if stream is not None:
            out.mux(stream.encode(None))


def _audio_frame(start: int, end: int, tone_ranges: Iterable[tuple[float, float]]):
    t = np.arange(start, end) / AUDIO_RATE
    on = np.zeros(t.shape, bool)
    for low, high in tone_ranges:
        on |= (t >= low) & (t < high)
    pcm = np.where(on, TONE_AMPLITUDE * np.sin(2 * np.pi * TONE_HZ * t), 0.0).astype(np.float32)
    frame = av.AudioFrame.from_ndarray(pcm[None, :], format="flt", layout="mono")
    frame.sample_rate, frame.pts, frame.time_base = AUDIO_RATE, start, Fraction(1, AUDIO_RATE)
    return frame


def _picture(size: tuple[int, int], index: int, fps: int, face: bool) -> np.ndarray:
    """Colour bars with a moving white bar; with face, the photo sways in front of them."""
    width, height = size
    image = colour_bars(size).copy()
    x = (index * 7) % width
    image[:, x : x + max(4, width // 40)] = 255
    if face:
        photo = _photo(height)
        sway = round(np.sin(2 * np.pi * index / (4 * fps)) * width / 40)
        left = (width - photo.shape[1]) // 2 + sway
        image[height - photo.shape[0] :, left : left + photo.shape[1]] = photo[..., None]
    return image


@lru_cache(maxsize=4)
def colour_bars(size: tuple[int, int]) -> np.ndarray:
    width, height = size
    colours = np.array(
        [[192, 192, 192], [192, 192, 0], [0, 192, 192], [0, 192, 0], [192, 0, 192], [192, 0, 0]],
        np.uint8,
    )
    columns = colours[np.arange(width) * len(colours) // width]
    return np.broadcast_to(columns, (height, width, 3))


def face_photo() -> np.ndarray:
    """The grayscale portrait that stands in for a candidate's face."""
    photo = cv2.imread(str(FACE_PHOTO), cv2.IMREAD_GRAYSCALE)
    assert photo is not None, f"cannot read {FACE_PHOTO}"
    return photo


@lru_cache(maxsize=4)
def _photo(frame_height: int) -> np.ndarray:
    photo = face_photo()
    height = round(frame_height * 0.8)
    return cv2.resize(photo, (round(photo.shape[1] * height / photo.shape[0]), height))
