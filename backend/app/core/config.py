"""Application settings, read from the environment and `.env` (nested keys use `__`)."""

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SECRET_KEY = "change-me-in-production"


class LLMSettings(BaseModel):
    """LLM__PROVIDER=gemini|openai_compat switches question writing and evaluation to an LLM."""

    provider: Literal["local", "gemini", "openai_compat"] = "local"
    model: str | None = None
    api_key: str | None = None
    base_url: str | None = Field(
        default=None, description="openai_compat only, e.g. http://localhost:11434/v1 for Ollama"
    )
    timeout_s: float = 30
    max_retries: int = 2
    evaluation_samples: int = Field(
        default=1, ge=1, le=5, description="Ratings asked per answer and averaged (k samples)"
    )


class AvatarSettings(BaseModel):
    """AVATAR__PROVIDER=tavus|did swaps the browser's speaking avatar for a hosted one."""

    provider: Literal["browser", "tavus", "did"] = "browser"
    api_key: str | None = None
    base_url: str | None = Field(
        default=None, description="Defaults to https://tavusapi.com or https://api.d-id.com"
    )
    tavus_persona_id: str | None = None
    tavus_replica_id: str | None = None
    did_source_url: str | None = Field(
        default=None, description="D-ID only: the portrait image the clips animate"
    )
    timeout_s: float = 20
    max_retries: int = 2


class TranscriptionSettings(BaseModel):
    """TRANSCRIPTION__PROVIDER=openai_compat transcribes recordings on the server (Whisper API)."""

    provider: Literal["browser", "openai_compat"] = "browser"
    base_url: str | None = Field(
        default=None, description="e.g. https://api.openai.com/v1 or a local faster-whisper server"
    )
    api_key: str | None = None
    model: str = "whisper-1"
    timeout_s: float = 120
    max_retries: int = 2


class EmbeddingsSettings(BaseModel):
    """EMBEDDINGS__PROVIDER=openai_compat embeds with a server instead of the built-in model."""

    provider: Literal["local", "openai_compat"] = "local"
    base_url: str | None = Field(
        default=None,
        description="e.g. https://api.openai.com/v1 or http://localhost:11434/v1 for Ollama",
    )
    api_key: str | None = None
    model: str | None = Field(
        default=None, description="openai_compat: default text-embedding-3-small"
    )
    timeout_s: float = 10
    max_retries: int = 1
    cache_size: int = Field(default=4096, ge=1, description="Texts whose vectors are kept")
    threads: int = Field(default=1, ge=1, description="CPU threads of the built-in model")
    fallback_cooldown_s: float = Field(
        default=60, ge=0, description="After a server failure, use the built-in model this long"
    )


class StorageSettings(BaseModel):
    """STORAGE__PROVIDER=cloudinary sends finished recordings to Cloudinary for playback."""

    provider: Literal["local", "cloudinary"] = "local"
    cloudinary_cloud_name: str | None = None
    cloudinary_api_key: str | None = None
    cloudinary_api_secret: str | None = None
    cloudinary_folder: str = "rehearse"
    timeout_s: float = 30


class CodeRunnerSettings(BaseModel):
    """Where candidates' code runs: the local bubblewrap sandbox, or CODE_RUNNER__PROVIDER=piston
    (a Piston server at CODE_RUNNER__BASE_URL; failures fall back to the local sandbox)."""

    provider: Literal["local", "piston"] = "local"
    base_url: str | None = Field(default=None, description="piston: e.g. http://localhost:2000")
    api_key: str | None = Field(default=None, description="piston: sent as Authorization")
    timeout_s: float = Field(default=20, gt=0)
    max_retries: int = Field(default=1, ge=0)
    piston_python_version: str = "3.10.0"
    piston_node_version: str = "18.15.0"
    piston_run_timeout_ms: int = Field(
        default=3000, ge=100, description="piston: at most the server's own run_timeout limit"
    )
    max_concurrency: int = Field(
        default=2, ge=1, le=64, description="Sandboxes running at once; the rest wait their turn"
    )
    python_path: str = "/usr/bin/python3"
    node_path: str = "/usr/bin/node"
    cpu_time_s: int = Field(default=8, ge=1, le=120, description="CPU seconds for a whole run")
    wall_time_s: float = Field(default=15, gt=0, le=300, description="Wall clock for a run")
    memory_mb: int = Field(default=256, ge=32, le=8192)
    output_kb: int = Field(default=4096, ge=16, description="Everything a run may print")


class MailSettings(BaseModel):
    """MAIL__PROVIDER=smtp sends mail through a server; by default mail goes to the outbox.

    The outbox is `DATA_DIR/outbox`: one JSON file per mail, and the mail in the log, so a
    self-hoster without a mail server can still pass a reset link on. SMTP failures fall back
    to it with a warning.
    """

    model_config = ConfigDict(populate_by_name=True)

    provider: Literal["local", "smtp"] = "local"
    host: str | None = None
    port: int = Field(default=587, ge=1, le=65535)
    username: str | None = None
    password: str | None = None
    sender: str = Field(
        default="Rehearse <no-reply@localhost>",
        validation_alias=AliasChoices("from", "sender"),
        description="MAIL__FROM: the From address, e.g. Rehearse <no-reply@example.com>",
    )
    starttls: bool = Field(default=True, description="Upgrade the connection with STARTTLS")
    timeout_s: float = Field(default=15, gt=0)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=(REPO_ROOT / ".env", ".env"),
        env_nested_delimiter="__",
        extra="ignore",
    )

    env: Literal["development", "test", "production"] = "development"
    secret_key: str = DEFAULT_SECRET_KEY
    data_dir: Path = REPO_ROOT / "data"
    database_url: str | None = None
    database_busy_timeout_s: float = Field(
        default=30,
        description="How long a statement waits for a lock another connection holds before the "
        "request answers 503 database_busy (SQLite busy_timeout, Postgres lock_timeout)",
    )
    # Scaled out, every app process and worker holds up to pool + overflow Postgres connections:
    # keep (processes x (pool + overflow)) under the server's max_connections (100 by default).
    # All kept, none overflow: the pool closes an overflow connection whenever it comes back to
    # a full pool, so under steady load one request in twenty paid for a new connection.
    database_pool_size: int = Field(
        default=15,
        ge=1,
        description="Postgres connections each process keeps open (opened as load needs them)",
    )
    database_max_overflow: int = Field(
        default=0,
        ge=0,
        description="Extra Postgres connections a process opens under load, closed after",
    )
    database_pool_timeout_s: float = Field(
        default=30,
        gt=0,
        description="How long a request waits for a free connection before it answers 503 "
        "database_busy",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["http://localhost:5173"]
    )
    frontend_dist: Path = REPO_ROOT / "frontend" / "dist"

    access_token_minutes: int = 15
    refresh_token_days: int = 7
    refresh_reuse_grace_s: float = Field(
        default=30,
        ge=0,
        description="A refresh token used again this soon after its rotation (another tab, a "
        "retried request) gets the same new token instead of ending the session as a reuse",
    )
    session_check_cache_s: float = Field(
        default=5,
        ge=0,
        description="How long a process trusts its last look at whether an access token's "
        "session is still signed in (a logout in another process takes effect within this)",
    )
    login_max_failures: int = 5
    login_window_minutes: int = 15
    password_reset_minutes: int = Field(
        default=60, ge=1, description="How long a password reset link works"
    )
    password_reset_max_requests: int = Field(
        default=5, ge=1, description="Reset links asked for one email per login window"
    )
    export_max_bytes: int = Field(
        default=2 * 1024 * 1024 * 1024,
        ge=0,
        description="Files (resumes, recordings) put in one data export; past it they are "
        "listed as left out, with the reason",
    )

    resume_max_bytes: int = 10 * 1024 * 1024
    resume_parse_timeout_s: float = 15
    resume_max_pages: int = 30

    llm: LLMSettings = Field(default_factory=LLMSettings)
    redis_url: str | None = Field(
        default=None, description="When set, background tasks go to an arq worker (make worker)"
    )
    interview_expiry_hours: float = 24
    task_max_tries: int = Field(
        default=5, ge=1, description="Tries of a background task before it is recorded as failed"
    )
    task_retry_delay_s: float = Field(
        default=5, ge=0, description="Wait before the 2nd try of a failed task; doubles per try"
    )
    sweep_interval_s: float = Field(
        default=3600,
        gt=0,
        description="Without Redis: how often unfinished background work is swept up "
        "(the arq worker sweeps hourly by cron)",
    )

    avatar: AvatarSettings = Field(default_factory=AvatarSettings)
    transcription: TranscriptionSettings = Field(default_factory=TranscriptionSettings)
    embeddings: EmbeddingsSettings = Field(default_factory=EmbeddingsSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    mail: MailSettings = Field(default_factory=MailSettings)
    code_runner: CodeRunnerSettings = Field(default_factory=CodeRunnerSettings)
    recording_max_bytes: int = 2 * 1024 * 1024 * 1024
    recording_chunk_max_bytes: int = 16 * 1024 * 1024
    media_url_minutes: int = 30
    public_base_url: str | None = Field(
        default=None,
        description="How outside services reach this server (Tavus callbacks), e.g. https://rehearse.example",
    )

    admin_email: str | None = None
    admin_password: str | None = None

    log_format: Literal["text", "json"] = "text"
    log_level: str = "INFO"

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        """Accept `CORS_ORIGINS=https://a.example,https://b.example` as well as a list."""
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> "Settings":
        if self.env == "production":
            if self.secret_key == DEFAULT_SECRET_KEY or len(self.secret_key) < 32:
                raise ValueError("SECRET_KEY must be set to a random value of 32+ characters")
            if "*" in self.cors_origins:
                raise ValueError("CORS_ORIGINS must list explicit origins in production, not *")
        return self

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'rehearse.db'}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
