import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from alembic import command
from tests.conftest import BACKEND_DIR, alembic_config


@pytest.fixture
def migrated_data_dir(tmp_path: Path) -> Path:
    command.upgrade(alembic_config(f"sqlite+aiosqlite:///{tmp_path / 'rehearse.db'}"), "head")
    return tmp_path


def _cli(data_dir: Path, *args: str, env_extra: dict | None = None):
    env = {**os.environ, "DATA_DIR": str(data_dir), "ENV": "development", **(env_extra or {})}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=BACKEND_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _roles(data_dir: Path) -> dict[str, str]:
    with sqlite3.connect(data_dir / "rehearse.db") as db:
        return dict(db.execute("SELECT email, role FROM users").fetchall())


def test_create_admin_then_promote_an_existing_account(migrated_data_dir):
    result = _cli(
        migrated_data_dir,
        "create-admin",
        "--email",
        "Boss@Example.com",
        "--password",
        "long-enough-pw",
    )
    assert result.returncode == 0, result.stderr
    assert _roles(migrated_data_dir) == {"boss@example.com": "admin"}


def test_create_admin_refuses_a_weak_password(migrated_data_dir):
    result = _cli(migrated_data_dir, "create-admin", "--email", "a@example.com", "--password", "x")
    assert result.returncode == 1
    assert "at least 8 characters" in result.stderr
    assert _roles(migrated_data_dir) == {}


def test_seed_creates_demo_logins_and_prints_them_once(migrated_data_dir):
    first = _cli(migrated_data_dir, "seed")
    second = _cli(migrated_data_dir, "seed")
    assert first.returncode == second.returncode == 0, first.stderr
    assert "candidate@example.com / rehearse-demo" in first.stdout
    assert _roles(migrated_data_dir) == {
        "candidate@example.com": "candidate",
        "admin@example.com": "admin",
    }


def test_seed_does_nothing_in_production(migrated_data_dir):
    result = _cli(
        migrated_data_dir,
        "seed",
        env_extra={"ENV": "production", "SECRET_KEY": "p" * 40, "CORS_ORIGINS": "https://x.io"},
    )
    assert result.returncode == 0
    assert _roles(migrated_data_dir) == {}


def _sample_interviews(data_dir: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(data_dir / "rehearse.db") as db:
        return db.execute(
            "SELECT i.status, COUNT(a.id) FROM interviews i"
            " JOIN users u ON u.id = i.user_id"
            " JOIN interview_questions q ON q.interview_id = i.id"
            " LEFT JOIN answers a ON a.question_id = q.id AND a.evaluation_status = 'done'"
            " WHERE u.email = 'candidate@example.com' GROUP BY i.id"
        ).fetchall()


def test_seed_gives_the_demo_candidate_one_evaluated_sample_interview(migrated_data_dir):
    first = _cli(migrated_data_dir, "seed", env_extra={"REDIS_URL": ""})
    assert first.returncode == 0, first.stderr
    assert "Sample finished interview for candidate@example.com" in first.stdout
    assert "(evaluated)" in first.stdout
    assert _sample_interviews(migrated_data_dir) == [("completed", 5)]

    again = _cli(migrated_data_dir, "seed", env_extra={"REDIS_URL": ""})
    assert again.returncode == 0, again.stderr
    assert "Sample finished interview" not in again.stdout
    assert _sample_interviews(migrated_data_dir) == [("completed", 5)]
