import pytest

from app.analytics.schemas import TimedWord, TranscriptSegment
from app.analytics.speech import count_words, find_fillers, speech_stats, words_per_minute


@pytest.mark.parametrize(
    ("text", "fillers"),
    [
        (
            "Um, so basically we used Redis. Umm, I mean, it was sort of slow.",
            ["um", "basically", "um", "i mean", "sort of"],
        ),
        ("It was, like, slow, and like we shipped it anyway.", ["like", "like"]),
        (
            "You know, uh, hmm, er, erm, so yeah. Actually it literally worked.",
            ["you know", "uh", "hmm", "er", "erm", "so yeah", "actually", "literally"],
        ),
    ],
)
def test_fillers_are_found_and_normalised(text: str, fillers: list[str]) -> None:
    assert find_fillers(text) == fillers


@pytest.mark.parametrize(
    "text",
    [
        "We picked a tool like Redis because I like Python.",
        "What kind of index would you use? That sort of thing matters.",
        "You know how replication works, and you know the trade-offs.",
        "It's like a cache in front of the database.",
    ],
)
def test_grammatical_uses_are_not_fillers(text: str) -> None:
    assert find_fillers(text) == []


def test_words_and_pace() -> None:
    assert count_words("I'd say it's 3.5x faster, honestly!") == 6
    assert count_words("The trade-off: 1,000 rows - not 10.") == 6
    assert words_per_minute(140, 60) == 140.0
    assert words_per_minute(70, 30) == 140.0
    assert words_per_minute(0, 60) is None
    assert words_per_minute(10, 0) is None


def test_timed_words_measure_pace_from_first_to_last_word() -> None:
    words = [
        TimedWord(word=w, start_s=10 + i * 0.5, end_s=10.4 + i * 0.5)
        for i, w in enumerate(["um", "so", "we", "sharded", "the", "table", "by", "tenant"])
    ]
    segment = TranscriptSegment(question_id="q1", start_s=5, end_s=30, words=words)

    stats = speech_stats(segment)

    assert stats.words == 8
    assert stats.talk_s == pytest.approx(3.9)
    assert stats.fillers == {"um": 1}


def test_untimed_text_uses_the_whole_window() -> None:
    segment = TranscriptSegment(start_s=0, end_s=30, text="word " * 70)
    stats = speech_stats(segment)
    assert (stats.words, stats.talk_s) == (70, 30)
    assert words_per_minute(stats.words, stats.talk_s) == 140.0


def test_the_analytics_count_the_fillers_the_communication_score_counts() -> None:
    from app.evaluation.delivery import measure_delivery
    from app.evaluation.text import segments, words

    said = (
        "Uhm so like we moved the jobs to a queue, er, and it was, like, sort of slow at first "
        "but, you know, we like Redis and it's like a cache in front of the database"
    )
    scored = measure_delivery(said, len(words(said)), segments(said)).fillers

    assert find_fillers(said) == ["um", "like", "er", "like", "sort of", "you know"]
    assert len(scored) == len(find_fillers(said))
