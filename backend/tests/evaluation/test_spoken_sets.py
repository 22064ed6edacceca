"""The spoken monologue sets (bench/impressions_sets.py) keep the speakers' words, not the
transcribers' marks. The sets themselves are not in the repository (non-commercial licence,
see bench/data/SOURCES.md): the bench builds them from the public mirror."""

from bench.impressions_sets import clean


def test_transcription_marks_are_removed_but_the_words_kept() -> None:
    raw = "[inaudible 00:00:16] the seven pillars of the [economy 00:00:04] matter"

    assert clean(raw) == "the seven pillars of the economy matter"
