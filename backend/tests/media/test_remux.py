from collections.abc import Sequence
from pathlib import Path

import av
import pytest

from app.media.errors import MediaError
from app.media.probe import probe
from app.media.remux import Retimer, remux_seekable
from tests.media_samples import make_mp4, make_webm, split_bytes

MATROSKA_CLUSTER = bytes.fromhex("1f43b675")
MATROSKA_CUES = bytes.fromhex("1c53bb6b")  # also named once in the SeekHead, before offset 200


def _decoded_duration(path: Path) -> float:
    """What a player would see: the container's declared duration."""
    with av.open(str(path)) as container:
        assert container.duration is not None, "no duration in the container"
        return container.duration / av.time_base


def _frame_near(path: Path, seconds: float) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert stream.time_base is not None, "no time base on the video stream"
        container.seek(round(seconds / stream.time_base), stream=stream)
        frame = next(f for f in container.decode(stream) if f.time >= seconds - 0.05)
        return frame.time


def test_recorder_webm_gets_a_duration_and_an_index(tmp_path: Path) -> None:
    src = make_webm(tmp_path / "upload.webm", seconds=6, tone_ranges=[(0, 6)])
    with av.open(str(src)) as container:
        assert container.duration is None  # what MediaRecorder produces

    info = remux_seekable(src, tmp_path / "seekable.webm")

    assert info.duration_s == pytest.approx(6, abs=0.3)
    assert (info.has_video, info.has_audio, info.width, info.height) == (True, True, 320, 240)
    assert _decoded_duration(tmp_path / "seekable.webm") == pytest.approx(6, abs=0.3)
    assert _frame_near(tmp_path / "seekable.webm", 4.0) == pytest.approx(4.0, abs=0.1)
    data = (tmp_path / "seekable.webm").read_bytes()
    assert 0 < data.find(MATROSKA_CUES, 200) < data.find(MATROSKA_CLUSTER)  # the index first


def test_chunks_joined_back_remux_like_one_file(tmp_path: Path) -> None:
    whole = make_webm(tmp_path / "whole.webm", seconds=4).read_bytes()
    chunks = split_bytes(whole, 7)
    assert len(chunks) == 7 and b"".join(chunks) == whole
    (tmp_path / "joined.webm").write_bytes(b"".join(chunks))

    info = remux_seekable(tmp_path / "joined.webm", tmp_path / "out.webm")

    assert info.duration_s == pytest.approx(4, abs=0.3)


def test_safari_mp4_becomes_faststart_mp4(tmp_path: Path) -> None:
    src = make_mp4(tmp_path / "upload.mp4", seconds=5, tone_ranges=[(0, 5)])

    info = remux_seekable(src, tmp_path / "seekable.mp4")

    assert info.duration_s == pytest.approx(5, abs=0.3)
    assert _decoded_duration(tmp_path / "seekable.mp4") == pytest.approx(5, abs=0.3)
    data = (tmp_path / "seekable.mp4").read_bytes()
    assert data.index(b"moov") < data.index(b"mdat")
    assert _frame_near(tmp_path / "seekable.mp4", 3.0) == pytest.approx(3.0, abs=0.1)


def test_audio_only_recording(tmp_path: Path) -> None:
    src = make_webm(tmp_path / "voice.webm", seconds=3, video=False, tone_ranges=[(0, 3)])

    info = remux_seekable(src, tmp_path / "voice-seekable.webm")

    assert info.duration_s == pytest.approx(3, abs=0.3)
    assert (info.has_video, info.has_audio, info.width, info.height) == (False, True, None, None)


def test_an_upload_cut_short_keeps_what_arrived(tmp_path: Path) -> None:
    data = make_webm(tmp_path / "full.webm", seconds=8, tone_ranges=[(0, 8)]).read_bytes()
    (tmp_path / "cut.webm").write_bytes(data[: len(data) * 6 // 10])

    info = remux_seekable(tmp_path / "cut.webm", tmp_path / "out.webm")

    assert 3 < info.duration_s < 7


def test_a_restarted_recorder_is_spliced_on(tmp_path: Path) -> None:
    """The clusters of a second recording, whose clock starts again at 0, appended to a first."""
    first = make_webm(tmp_path / "first.webm", seconds=4, tone_ranges=[(0, 4)]).read_bytes()
    second = make_webm(tmp_path / "second.webm", seconds=3, tone_ranges=[(0, 3)]).read_bytes()
    clusters = second[second.index(MATROSKA_CLUSTER) :]
    (tmp_path / "joined.webm").write_bytes(first + clusters)

    info = remux_seekable(tmp_path / "joined.webm", tmp_path / "out.webm")

    assert info.duration_s == pytest.approx(7, abs=0.3)
    with av.open(str(tmp_path / "out.webm")) as container:
        video = container.streams.video[0]
        pts = [p.pts for p in container.demux(video) if p.size and p.pts is not None]
    assert pts == sorted(pts) and len(pts) == 7 * 15


@pytest.mark.parametrize(
    "content",
    [b"", b"not a video at all", bytes(range(256)) * 200],
    ids=["empty", "text", "bytes"],
)
def test_garbage_raises_media_error(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "bad.webm").write_bytes(content)

    with pytest.raises(MediaError, match="Not a readable audio or video file"):
        remux_seekable(tmp_path / "bad.webm", tmp_path / "out.webm")
    with pytest.raises(MediaError):
        probe(tmp_path / "bad.webm")
    assert not (tmp_path / "out.webm").exists()


def test_a_missing_file_is_not_the_users_fault(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        probe(tmp_path / "nowhere.webm")


def _retime(packets: Sequence[tuple[int | None, int | None]], origin: int = 0) -> list[int]:
    retimer = Retimer(origin=origin, jump=1000)
    return [retimer.fix(pts, dts, 33)[0] for pts, dts in packets]


def test_retimer_fills_missing_timestamps() -> None:
    assert _retime([(0, 0), (None, None), (66, None), (None, 99)]) == [0, 33, 66, 99]


def test_retimer_nudges_small_reorderings_forward() -> None:
    assert _retime([(0, 0), (33, 33), (20, 20), (66, 66)]) == [0, 33, 34, 66]


def test_retimer_splices_a_restarted_clock() -> None:
    restarted = [(5000, 5000), (5033, 5033), (0, 0), (33, 33)]
    assert _retime(restarted) == [5000, 5033, 5066, 5099]


def test_retimer_starts_at_the_files_origin_and_keeps_b_frame_order() -> None:
    retimer = Retimer(origin=1000, jump=1000)
    fixed = [retimer.fix(pts, dts, 1) for pts, dts in [(1002, 1000), (1001, 1001), (1003, 1002)]]
    assert fixed == [(2, 0), (1, 1), (3, 2)]
