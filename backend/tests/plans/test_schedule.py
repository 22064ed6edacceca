"""The schedule rule: spaced sessions, a rest day, a full mock at the end, coding for code jobs."""

from datetime import date, timedelta
from itertools import pairwise

import pytest

from app.plans.coding_fit import asks_for_code
from app.plans.schedule import build_schedule
from app.plans.states import SessionKind

TODAY = date(2026, 12, 3)


def _plan(days_ahead: int, per_week: int = 3, *, coding: bool = False):
    return build_schedule(
        today=TODAY,
        interview_date=TODAY + timedelta(days=days_ahead),
        sessions_per_week=per_week,
        wants_coding=coding,
    )


def test_an_interview_tomorrow_leaves_one_short_session_today():
    assert [(p.day, p.kind) for p in _plan(1)] == [(TODAY, SessionKind.SHORT)]


def test_an_interview_in_two_days_gets_a_full_mock_today_and_rests_tomorrow():
    assert [(p.day, p.kind) for p in _plan(2)] == [(TODAY, SessionKind.FULL_MOCK)]


def test_the_day_before_is_rest_and_the_last_session_is_a_full_mock():
    interview = TODAY + timedelta(days=21)
    sessions = _plan(21, 3)
    assert sessions[-1].day == interview - timedelta(days=2)
    assert sessions[-1].kind == SessionKind.FULL_MOCK
    assert all(p.day < interview - timedelta(days=1) for p in sessions)
    assert sessions[0].day >= TODAY


def test_sessions_follow_the_pace_and_are_spaced():
    sessions = _plan(29, 3)  # 28 practice days: four weeks at three a week
    assert len(sessions) == 12
    gaps = {(b.day - a.day).days for a, b in pairwise(sessions)}
    assert gaps <= {2, 3}
    days = [p.day for p in sessions]
    assert len(set(days)) == len(days)


@pytest.mark.parametrize("per_week", [1, 7])
def test_pace_bounds(per_week):
    sessions = _plan(30, per_week)  # 29 practice days: today up to two days before
    assert len(sessions) == (29 if per_week == 7 else 5)


def test_a_far_date_is_spread_over_the_whole_time():
    sessions = _plan(180, 2)
    assert len(sessions) == 52  # 179 practice days at two a week, rounded up
    assert sessions[0].day - TODAY < timedelta(days=7)
    full = [p for p in sessions if p.kind == SessionKind.FULL_MOCK]
    assert len(full) >= 12


def test_a_job_that_asks_for_code_gets_coding_rounds():
    kinds = [p.kind for p in _plan(21, 4, coding=True)]
    assert kinds.count(SessionKind.CODING) >= 3
    assert SessionKind.CODING not in [p.kind for p in _plan(21, 4)]


def test_a_past_or_today_date_schedules_nothing():
    assert _plan(0) == []
    assert _plan(-3) == []


def test_code_is_asked_by_skills_or_by_words():
    assert asks_for_code(title="Backend engineer", text="", skills=["Python"])
    assert asks_for_code(title="Analyst", text="You will write code daily", skills=[])
    assert not asks_for_code(title="Store manager", text="Lead a retail team", skills=["Sales"])
