import pytest

from app.analytics.hints import (
    PACE_GOOD,
    PACE_OK,
    fillers_card,
    grade,
    pace_card,
    pauses_card,
    video_cards,
    volume_card,
)
from app.analytics.schemas import Card, FillerCount, Fillers, Pause, Pauses, VideoStats


def shown(card: Card | None) -> Card:
    """The card for a value that was measured (only a missing measure has no card)."""
    assert card is not None
    return card


@pytest.mark.parametrize(
    ("wpm", "status"),
    [(140, "good"), (120, "good"), (110, "ok"), (175, "ok"), (90, "improve"), (200, "improve")],
)
def test_pace_bands(wpm: float, status: str) -> None:
    assert grade(wpm, PACE_GOOD, PACE_OK) == status
    card = shown(pace_card(wpm))
    assert card.status == status and card.value == f"{wpm} wpm"
    assert f"{wpm} words per minute" in card.hint


def test_slow_and_fast_pace_get_different_advice() -> None:
    assert "slower than" in shown(pace_card(95)).hint
    assert "hard to follow" in shown(pace_card(190)).hint
    assert pace_card(None) is None


def test_pauses_hint_counts_and_longest() -> None:
    pauses = Pauses(
        threshold_s=3.0,
        count_long=6,
        longest_s=8.2,
        items=[Pause(start_s=i * 10, end_s=i * 10 + 4) for i in range(6)],
    )
    card = pauses_card(pauses, answer_minutes=10)
    assert card.status == "ok" and card.value == "6"
    assert card.hint.startswith("You paused 6 times for over 3 seconds; the longest was 8.2 s.")
    assert "bridging phrase" in card.hint


def test_fillers_hint_names_the_usual_ones() -> None:
    top = [FillerCount(word="um", count=9), FillerCount(word="like", count=4)]
    card = shown(fillers_card(Fillers(count=14, per_minute=4.7, top=top)))
    assert (card.value, card.status) == ("4.7 / min", "ok")
    assert (
        'You used 14 filler words (4.7 per minute); most often "um" (9), "like" (4).' in card.hint
    )


def test_volume_too_quiet_and_too_loud() -> None:
    quiet, loud = shown(volume_card(-45)), shown(volume_card(-8))
    assert quiet.status == "improve" and "quiet" in quiet.hint
    assert loud.status == "ok" and "distort" in loud.hint
    assert shown(volume_card(-20)).status == "good"


def test_video_cards_quote_percentages() -> None:
    video = VideoStats(
        available=True,
        frames_sampled=100,
        face_visible_ratio=0.95,
        looking_at_camera_ratio=0.3,
        smiling_ratio=0.12,
    )
    cards = {c.key: c for c in video_cards(video)}
    assert (cards["on_camera"].value, cards["on_camera"].status) == ("95%", "good")
    assert cards["facing_camera"].status == "improve"
    assert "You faced the camera 30% of the time. Look at the lens" in cards["facing_camera"].hint
    assert cards["smiling"].status == "good"
