import pytest
from pydantic import ValidationError

from app.core.config import DEFAULT_SECRET_KEY, Settings

STRONG_SECRET = "x" * 48


def test_production_refuses_the_default_secret():
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(_env_file=None, env="production", secret_key=DEFAULT_SECRET_KEY)


def test_production_refuses_wildcard_cors():
    with pytest.raises(ValidationError, match="CORS_ORIGINS"):
        Settings(_env_file=None, env="production", secret_key=STRONG_SECRET, cors_origins=["*"])


def test_production_accepts_a_real_secret_and_explicit_origins():
    settings = Settings(
        _env_file=None,
        env="production",
        secret_key=STRONG_SECRET,
        cors_origins=["https://rehearse.example"],
    )
    assert settings.env == "production"


def test_default_database_is_sqlite_under_data_dir(tmp_path):
    settings = Settings(_env_file=None, data_dir=tmp_path)
    assert settings.resolved_database_url == f"sqlite+aiosqlite:///{tmp_path / 'rehearse.db'}"


def test_database_url_switches_to_postgres():
    url = "postgresql+psycopg://app@db:5432/rehearse"
    assert Settings(_env_file=None, database_url=url).resolved_database_url == url
