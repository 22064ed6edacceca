"""Counts in the messages people read agree with their nouns: "1 minute", "3 parts"."""

from app.auth.exceptions import TooManyLoginAttempts
from app.core.text import plural
from app.recordings.exceptions import RecordingIncomplete


def test_a_count_of_one_is_singular_and_any_other_plural():
    assert plural(1, "question") == "1 question"
    assert plural(0, "question") == "0 questions"
    assert plural(2, "role family", "role families") == "2 role families"


def test_a_lock_of_under_a_minute_and_missing_recording_parts_read_naturally():
    assert TooManyLoginAttempts(40).message.endswith("Try again in about 1 minute.")
    assert TooManyLoginAttempts(600).message.endswith("Try again in about 10 minutes.")
    assert RecordingIncomplete([3]).message == "1 part of the recording has not arrived: 3."
    assert RecordingIncomplete([3, 4]).message == (
        "2 parts of the recording have not arrived: 3, 4."
    )
