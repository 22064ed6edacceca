import json
from pathlib import Path

import pytest

from app.analytics.report import analyze_recording
from app.analytics.schemas import DeliveryReport, TimedWord, TranscriptSegment
from app.media.errors import MediaError
from app.media.remux import remux_seekable
from tests.media_samples import make_webm

ANSWER_1 = "Um, so basically we sharded the table by tenant, like, to keep hot rows apart."
ANSWER_2 = "I mean the trade-off was rebalancing. You know, we sort of wrote a tool for it."


def _recording(directory: Path, **options) -> Path:
    """A browser-style upload remuxed as the app stores it."""
    upload = make_webm(directory / "upload.webm", **options)
    remux_seekable(upload, directory / "answer.webm")
    return directory / "answer.webm"


@pytest.fixture(scope="module")
def with_pause(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tone 0-3 s, silence 3-7 s, tone 7-10 s; the test pattern and no face."""
    directory = tmp_path_factory.mktemp("pause")
    return _recording(directory, seconds=10, tone_ranges=[(0, 3), (7, 10)])


def test_the_silence_is_one_long_pause(with_pause: Path) -> None:
    report = analyze_recording(with_pause, segments=[])

    assert report.duration_s == pytest.approx(10, abs=0.3)
    assert report.pauses.count_long == 1
    assert report.pauses.items[0].start_s == pytest.approx(3, abs=0.15)
    assert report.pauses.items[0].end_s == pytest.approx(7, abs=0.15)
    assert report.pauses.longest_s == pytest.approx(4, abs=0.2)
    assert report.speaking.speaking_time_s == pytest.approx(6, abs=0.3)
    assert report.speaking.speaking_ratio == pytest.approx(0.6, abs=0.03)
    assert report.loudness.mean_dbfs == pytest.approx(-13.5, abs=1)
    assert [q.long_pauses for q in report.per_question] == [1]


def test_no_face_in_a_test_pattern(with_pause: Path) -> None:
    video = analyze_recording(with_pause, segments=[]).video

    assert video.available and video.frames_sampled == 20
    assert (video.face_visible_ratio, video.looking_at_camera_ratio) == (0.0, 0.0)
    assert video.smiling_ratio == 0.0


def test_timeline_has_a_point_per_second(with_pause: Path) -> None:
    timeline = analyze_recording(with_pause, segments=[]).timeline

    assert [p.t_s for p in timeline] == list(range(len(timeline)))
    assert len(timeline) in (10, 11)
    assert [p.speaking for p in timeline[:10]] == [True] * 3 + [False] * 4 + [True] * 3
    assert timeline[1].loudness_dbfs == pytest.approx(-13.5, abs=1)
    silence = timeline[5].loudness_dbfs
    assert silence is not None and silence < -60
    assert all(p.face is False for p in timeline[:10])


def test_transcript_windows_give_pace_fillers_and_per_question_figures(with_pause: Path) -> None:
    first_words = ANSWER_1.split()
    timed = [
        TimedWord(word=w, start_s=0.2 + i * 0.2, end_s=0.35 + i * 0.2)
        for i, w in enumerate(first_words)
    ]
    segments = [
        TranscriptSegment(question_id="q2", start_s=5, end_s=10, text=ANSWER_2),
        TranscriptSegment(question_id="q1", start_s=0, end_s=5, text=ANSWER_1, words=timed),
    ]

    report = analyze_recording(with_pause, segments=segments)

    q1, q2 = report.per_question
    assert (q1.question_id, q2.question_id) == ("q1", "q2")
    assert q1.words == 15 and q1.filler_count == 3
    assert q1.words_per_minute == pytest.approx(15 * 60 / (timed[-1].end_s - 0.2), abs=0.1)
    assert q2.words == 16 and q2.filler_count == 3
    assert q2.words_per_minute == pytest.approx(16 * 60 / 5, abs=0.1)
    assert report.speaking.words == 31
    assert report.fillers.count == 6
    assert {f.word for f in report.fillers.top} >= {"um", "basically", "i mean", "you know"}
    assert report.pauses.count_long == 0  # the silence is split between two answers


def test_cards_quote_their_numbers(with_pause: Path) -> None:
    segments = [TranscriptSegment(start_s=0, end_s=10, text="um " * 5 + "word " * 20)]
    cards = {c.key: c for c in analyze_recording(with_pause, segments=segments).cards}

    assert cards["pace"].value == "150 wpm" and cards["pace"].status == "good"
    assert "150 words per minute" in cards["pace"].hint
    assert cards["fillers"].value == "30.0 / min" and cards["fillers"].status == "improve"
    assert '"um" (5)' in cards["fillers"].hint
    assert "once for over 3 seconds" in cards["pauses"].hint
    assert "longest was 4.0 s" in cards["pauses"].hint
    assert cards["on_camera"].value == "0%" and cards["on_camera"].status == "improve"


def test_progress_rises_to_one(with_pause: Path) -> None:
    seen: list[float] = []
    analyze_recording(with_pause, segments=[], progress=seen.append)

    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) > 10


def test_a_face_on_camera(tmp_path: Path) -> None:
    path = _recording(tmp_path, seconds=4, tone_ranges=[(0, 4)], face=True)

    report = analyze_recording(path, segments=[])

    assert report.video.face_visible_ratio == 1.0
    looking, smiling = report.video.looking_at_camera_ratio, report.video.smiling_ratio
    assert looking is not None and looking >= 0.75
    assert smiling is not None and smiling >= 0.75
    assert all(point.face for point in report.timeline[:4])


def test_audio_only_has_no_video_figures(tmp_path: Path) -> None:
    path = _recording(tmp_path, seconds=4, video=False, tone_ranges=[(0, 4)])

    report = analyze_recording(path, segments=[])

    assert not report.video.available and report.video.frames_sampled == 0
    assert report.video.face_visible_ratio is None
    assert {p.face for p in report.timeline} == {None}
    assert not any(c.key in ("on_camera", "facing_camera", "smiling") for c in report.cards)
    assert report.speaking.speaking_ratio == pytest.approx(1, abs=0.03)


def test_video_without_sound_has_no_audio_figures(tmp_path: Path) -> None:
    path = _recording(tmp_path, seconds=3, audio=False)

    report = analyze_recording(path, segments=[])

    assert report.loudness.mean_dbfs is None and report.speaking.speaking_time_s == 0
    assert {p.loudness_dbfs for p in report.timeline} == {None}
    assert [c.key for c in report.cards] == ["on_camera", "facing_camera", "smiling"]


def test_report_json_is_compact_and_round_trips(with_pause: Path) -> None:
    report = analyze_recording(with_pause, segments=[])
    data = report.model_dump_json()

    assert len(data) < 4000
    assert DeliveryReport.model_validate(json.loads(data)) == report


def test_unreadable_recording(tmp_path: Path) -> None:
    (tmp_path / "junk.webm").write_bytes(b"\x1a\x45\xdf\xa3 not really")
    with pytest.raises(MediaError):
        analyze_recording(tmp_path / "junk.webm", segments=[])
