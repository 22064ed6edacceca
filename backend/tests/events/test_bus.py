"""The in-process bus: fan-out, bounded queues, closing, and publishing that never raises."""

import asyncio
import logging
import uuid

import pytest

from app.events.bus import EventBusClosed, InProcessEventBus, publish_event
from app.events.schemas import InterviewEvent

WAIT_S = 2


async def next_event(events) -> InterviewEvent:
    return await asyncio.wait_for(anext(events), WAIT_S)


async def assert_nothing_more(events) -> None:
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(anext(events), 0.05)


async def test_every_subscriber_of_the_interview_gets_each_event():
    bus = InProcessEventBus()
    interview_id, other_id = uuid.uuid4(), uuid.uuid4()
    async with (
        bus.subscribe(interview_id) as first,
        bus.subscribe(interview_id) as second,
        bus.subscribe(other_id) as elsewhere,
    ):
        question_id = uuid.uuid4()
        await publish_event(bus, interview_id, "question_asked", question_id=question_id)
        for events in (first, second):
            event = await next_event(events)
            assert event.type == "question_asked"
            assert event.interview_id == interview_id
            # Plain JSON values, as they would arrive through Redis.
            assert event.data == {"question_id": str(question_id)}
        await assert_nothing_more(elsewhere)


async def test_a_slow_subscriber_loses_its_oldest_events_and_never_blocks_the_publisher():
    bus = InProcessEventBus(queue_size=3)
    interview_id = uuid.uuid4()
    async with bus.subscribe(interview_id) as events:
        for n in range(5):
            await asyncio.wait_for(
                bus.publish(interview_id, "analysis_progress", {"progress": n}), 0.1
            )
        received = [(await next_event(events)).data["progress"] for _ in range(3)]
        assert received == [2, 3, 4]
        await assert_nothing_more(events)


async def test_leaving_unsubscribes():
    bus = InProcessEventBus()
    interview_id = uuid.uuid4()
    async with bus.subscribe(interview_id):
        assert bus.subscriber_count(interview_id) == 1
    assert bus.subscriber_count(interview_id) == 0
    await bus.publish(interview_id, "interview_completed", {})  # nobody listens: a no-op


async def test_closing_ends_every_subscription_and_refuses_new_ones():
    bus = InProcessEventBus()
    interview_id = uuid.uuid4()
    async with bus.subscribe(interview_id) as events:
        await bus.aclose()
        assert [event async for event in events] == []
    with pytest.raises(EventBusClosed):
        async with bus.subscribe(interview_id):
            pass


async def test_an_unknown_event_type_is_logged_and_dropped(caplog):
    bus = InProcessEventBus()
    interview_id = uuid.uuid4()
    async with bus.subscribe(interview_id) as events:
        with caplog.at_level(logging.WARNING, logger="app.events"):
            await publish_event(bus, interview_id, "not_an_event", anything=1)
        assert "not_an_event" in caplog.text
        await assert_nothing_more(events)


async def test_publishing_without_a_bus_is_a_no_op():
    await publish_event(None, uuid.uuid4(), "interview_completed")
