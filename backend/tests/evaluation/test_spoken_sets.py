"""The spoken monologue sets (bench/impressions_sets.py) keep the speakers' words, not the
transcribers' marks. The sets themselves are not in the repository (non-commercial licence,
see bench/data/SOURCES.md): the bench builds them from the public mirror."""

from bench.impressions_sets import by_video, clean


def test_transcription_marks_are_removed_but_the_words_kept() -> None:
    raw = "[inaudible 00:00:16] the seven pillars of the [economy 00:00:04] matter"

    assert clean(raw) == "the seven pillars of the economy matter"


def test_a_video_of_enough_clips_is_one_whole_rated_like_an_interview() -> None:
    def clip(clip_id: str, rating: float) -> dict:
        return {"id": clip_id, "text": "words", "interview": rating}

    rows = [clip("abc.001", 0.4), clip("abc.000", 0.6), clip("abc.002", 0.5), clip("xyz.000", 0.9)]

    videos = by_video(rows)

    assert [video["video"] for video in videos] == ["abc"]  # "xyz" has too few clips
    assert [c["id"] for c in videos[0]["clips"]] == ["abc.000", "abc.001", "abc.002"]
    assert videos[0]["interview"] == 0.5
