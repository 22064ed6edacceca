import wave
from pathlib import Path

import numpy as np
import pytest

from app.media.decode import iter_audio_pcm, iter_video_frames, write_wav_16k_mono
from app.media.errors import MediaError
from app.media.probe import probe
from tests.media_samples import TONE_AMPLITUDE, make_webm


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("decode") / "answer.webm"
    return make_webm(path, seconds=5, size=(640, 480), fps=15, tone_ranges=[(0, 2)])


def test_probe_reads_packets_when_the_container_has_no_duration(recording: Path) -> None:
    info = probe(recording)
    assert info.duration_s == pytest.approx(5, abs=0.3)
    assert (info.width, info.height) == (640, 480)


def test_wav_is_16k_mono(recording: Path, tmp_path: Path) -> None:
    seconds = write_wav_16k_mono(recording, tmp_path / "answer.wav")

    assert seconds == pytest.approx(5, abs=0.1)
    with wave.open(str(tmp_path / "answer.wav")) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 16000)
        assert wav.getnframes() / 16000 == pytest.approx(seconds)


def test_audio_blocks_are_mono_float_with_the_tone_then_silence(recording: Path) -> None:
    pcm = np.concatenate(list(iter_audio_pcm(recording)))

    assert pcm.dtype == np.float32 and pcm.ndim == 1
    assert pcm.size / 16000 == pytest.approx(5, abs=0.1)
    tone, silence = pcm[8000:24000], pcm[40000:72000]
    assert np.sqrt(np.mean(tone**2)) == pytest.approx(TONE_AMPLITUDE / np.sqrt(2), rel=0.1)
    assert np.abs(silence).max() < 0.01


def test_video_is_sampled_twice_a_second_and_scaled_down(recording: Path) -> None:
    frames = list(iter_video_frames(recording, fps=2.0, max_width=320))

    times = [t for t, _ in frames]
    assert len(frames) == 10
    assert np.diff(times) == pytest.approx([0.5] * 9, abs=0.07)
    assert all(image.shape == (240, 320) and image.dtype == np.uint8 for _, image in frames)


def test_small_video_is_not_scaled_up(tmp_path: Path) -> None:
    path = make_webm(tmp_path / "small.webm", seconds=1, size=(160, 120))
    _, image = next(iter_video_frames(path, max_width=320))
    assert image.shape == (120, 160)


def test_missing_tracks_raise_media_error(tmp_path: Path) -> None:
    silent_film = make_webm(tmp_path / "video.webm", seconds=1, audio=False)
    voice = make_webm(tmp_path / "voice.webm", seconds=1, video=False)

    with pytest.raises(MediaError, match="no audio track"):
        next(iter_audio_pcm(silent_film))
    with pytest.raises(MediaError, match="no video track"):
        next(iter_video_frames(voice))
