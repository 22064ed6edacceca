"""TavusEvent: the callback envelope and the two events the interview flow reads."""

from datetime import UTC, datetime

from app.adapters.avatar.base import TavusEvent

ENVELOPE = {
    "conversation_id": "c123456",
    "webhook_url": "https://rehearse.example/api/avatar/tavus/callback?token=s3cret",
    "message_type": "application",
    "timestamp": "2025-07-11T06:45:47.472000Z",
}


def test_transcription_ready_gives_the_spoken_turns():
    event = TavusEvent.model_validate(
        ENVELOPE
        | {
            "event_type": "application.transcription_ready",
            "properties": {
                "replica_id": "r79e1c033f",
                "transcript": [
                    {"role": "system", "content": "You are a professional interviewer..."},
                    {"role": "assistant", "content": "Hello! Ready to begin?"},
                    {"role": "user", "content": " Yes, I am. "},
                    {"role": "user", "content": ""},
                    "not a turn",
                    {"role": "assistant", "content": "1. Tell me about yourself."},
                ],
            },
        }
    )

    assert event.transcript_turns() == [
        {"role": "assistant", "content": "Hello! Ready to begin?"},
        {"role": "user", "content": "Yes, I am."},
        {"role": "assistant", "content": "1. Tell me about yourself."},
    ]
    assert event.shutdown_reason is None
    assert event.timestamp == datetime(2025, 7, 11, 6, 45, 47, 472000, tzinfo=UTC)


def test_shutdown_gives_the_reason():
    event = TavusEvent.model_validate(
        ENVELOPE
        | {
            "event_type": "system.shutdown",
            "message_type": "system",
            "properties": {
                "replica_id": "r79e1c033f",
                "shutdown_reason": "participant_left_timeout",
            },
        }
    )

    assert event.shutdown_reason == "participant_left_timeout"
    assert event.transcript_turns() == []


def test_other_events_and_odd_payloads_are_tolerated():
    joined = TavusEvent.model_validate(
        ENVELOPE | {"event_type": "system.replica_joined", "properties": None, "timestamp": "?"}
    )
    assert (joined.properties, joined.timestamp, joined.shutdown_reason) == ({}, None, None)

    broken = TavusEvent.model_validate(
        ENVELOPE | {"event_type": "application.transcription_ready", "properties": {}}
    )
    assert broken.transcript_turns() == []


def test_idempotency_key_is_stable_per_delivery():
    payload = ENVELOPE | {"event_type": "system.shutdown", "properties": {}}
    first, again = TavusEvent.model_validate(payload), TavusEvent.model_validate(dict(payload))

    assert first.idempotency_key == again.idempotency_key
    assert first.idempotency_key.startswith("c123456:system.shutdown:2025-07-11T06:45:47")
