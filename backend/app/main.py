"""Application factory: settings, database, middleware, routers, error handlers and the SPA."""

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from typing import Any

import anyio
from fastapi import FastAPI
from fastapi.routing import APIRoute
from pydantic import BaseModel

from app.accounts.router import router as account_router
from app.adapters.avatar.base import AvatarError
from app.adapters.avatar.factory import close_avatar_client, create_avatar_client
from app.adapters.llm.factory import close_llm, create_llm_or_local
from app.adapters.mail.factory import create_mailer
from app.adapters.storage.factory import create_file_store
from app.auth.router import OPENAPI_EXTRA_MODELS, users_router
from app.auth.router import router as auth_router
from app.avatar.clip_task import recover_pending_clips
from app.avatar.router import router as avatar_router
from app.avatar.router import webhooks_router
from app.bootstrap import (
    ensure_coding_problems,
    ensure_configured_admin,
    ensure_job_catalog,
    ensure_question_bank,
)
from app.coding.room_router import router as coding_router
from app.coding.router import router as coding_problems_router
from app.core.body_limit import BodySizeLimit
from app.core.config import Settings, get_settings
from app.core.db import create_engine_for, create_sessionmaker
from app.core.errors import document_request_errors, install_error_handlers
from app.core.logging import configure_logging
from app.core.middleware import RequestMiddleware
from app.core.routing import gated
from app.evaluation.semantic import warm_up as warm_up_evaluator
from app.events.factory import create_event_bus
from app.events.log_redaction import redact_query_tokens
from app.events.router import events_router
from app.health.router import router as health_router
from app.interviews.evaluation_task import recover_unfinished_evaluations
from app.interviews.router import lean_get as lean_interview_get
from app.interviews.router import router as interviews_router
from app.jobs.descriptions_router import router as job_descriptions_router
from app.jobs.match_router import router as match_router
from app.jobs.match_text_field import occupation_vectors
from app.jobs.router import router as jobs_router
from app.knowledge.credits import API_DATA_CREDITS, KNOWLEDGE_TAG_DESCRIPTION
from app.knowledge.router import router as knowledge_router
from app.plans.router import router as plans_router
from app.practice.router import drills_router, weaknesses_router
from app.questions.router import questions_router, templates_router
from app.questions.transfer import IMPORT_MAX_BYTES
from app.recordings.processing_task import recover_unfinished_recordings
from app.recordings.router import delivery_router, interview_recordings_router
from app.recordings.router import router as recordings_router
from app.recordings.sweep import sweep_abandoned_recordings
from app.results.report_router import router as report_router
from app.results.retry_media import RETRY_MEDIA_MAX_BYTES
from app.results.retry_router import media_router as retry_media_router
from app.results.retry_router import router as retries_router
from app.results.retry_task import recover_unfinished_retries
from app.results.router import admin_router, dashboard_router, results_router
from app.results.share_router import public_router as shared_router
from app.results.share_router import router as shares_router
from app.resumes.documents.bounded import warm_up as warm_up_document_workers
from app.resumes.router import router as resumes_router
from app.skills.finder import get_skill_finder
from app.spa import mount_spa
from app.tasks.registry import TASKS
from app.tasks.runner import TaskContext, create_task_runner
from app.tasks.sweep import sweep_unfinished_work

logger = logging.getLogger(__name__)


def _warm_up_models() -> None:
    """Load the sentence model, the skill names and the occupations' meanings now rather than
    inside the first request."""
    warm_up_evaluator()
    get_skill_finder()
    occupation_vectors()


DEFAULT_BODY_LIMIT_BYTES = 2 * 1024 * 1024
MULTIPART_OVERHEAD_BYTES = 64 * 1024

TAGS = [
    {"name": "auth", "description": "Accounts, sign-in and tokens."},
    {"name": "users", "description": "Account administration (admins only)."},
    {"name": "account", "description": "Your own account: download your data, delete it."},
    {"name": "resumes", "description": "Upload, parse and correct resumes."},
    {"name": "jobs", "description": "The job catalogue: search, details, recommendations."},
    {"name": "job-descriptions", "description": "Job descriptions pasted by a candidate."},
    {"name": "matching", "description": "How well a resume fits a job."},
    {"name": "questions", "description": "The question bank (admins)."},
    {"name": "templates", "description": "Interview templates: admins write, candidates pick."},
    {"name": "interviews", "description": "Create and run interviews; answers are evaluated."},
    {"name": "recordings", "description": "Camera recordings: upload, playback, analytics."},
    {"name": "avatar", "description": "The interviewer: browser speech, Tavus or D-ID."},
    {"name": "webhooks", "description": "Callbacks from hosted services (Tavus)."},
    {"name": "results", "description": "Scores and feedback of a completed interview."},
    {"name": "sharing", "description": "Read-only links to results for a coach, and comments."},
    {"name": "dashboard", "description": "A candidate's progress across interviews."},
    {"name": "practice", "description": "Drills on a candidate's recurring weak spots."},
    {"name": "plans", "description": "Practice plans towards a real interview date, reminders."},
    {"name": "admin", "description": "Review every candidate's interviews (admins)."},
    {"name": "knowledge", "description": KNOWLEDGE_TAG_DESCRIPTION},
    {"name": "coding", "description": "Coding rounds: the problem, code timeline, hints, runs."},
    {"name": "coding-problems", "description": "The coding problem bank (admins)."},
    {"name": "health", "description": "Liveness and readiness probes."},
]


def _operation_id(route: APIRoute) -> str:
    """`{tag}-{name}`, so the generated client reads `auth-login`, `users-list_users`."""
    tag = route.tags[0] if route.tags else "default"
    return f"{tag}-{route.name}"


def _include_extra_schemas(app: FastAPI, models: Sequence[type[BaseModel]]) -> None:
    """Add models that routes reference by `$ref` in `openapi_extra` to the components."""
    build_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = build_openapi()
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        for model in models:
            schemas.setdefault(
                model.__name__,
                model.model_json_schema(ref_template="#/components/schemas/{model}"),
            )
        return spec

    # FastAPI's documented way to extend the schema; its stubs declare `openapi` a method.
    app.openapi = openapi  # type: ignore[method-assign]


def _cors_options(settings: Settings) -> dict[str, Any] | None:
    """CORS for the origins configured, or none at all: the SPA served here (or proxied by
    the Vite dev server) calls the API from its own origin."""
    if not settings.cors_origins:
        return None
    return {
        "allow_origins": settings.cors_origins,
        "allow_credentials": "*" not in settings.cors_origins,
        "allow_methods": ["*"],
        "allow_headers": ["*"],
        "expose_headers": ["X-Request-ID", "Retry-After"],
    }


def _install_avatar(app: FastAPI, settings: Settings) -> None:
    """A misconfigured hosted avatar must not stop the app: the browser avatar stands in."""
    app.state.avatar, app.state.avatar_unavailable = None, None
    try:
        app.state.avatar = create_avatar_client(settings)
    except AvatarError as exc:
        logger.warning("Hosted avatar disabled, the browser avatar asks instead: %s", exc)
        app.state.avatar_unavailable = f"The {settings.avatar.provider} avatar is not set up: {exc}"


def _task_context(app: FastAPI) -> TaskContext:
    # Reads app.state when called, so tests that swap the sessionmaker are honoured.
    return TaskContext(
        sessionmaker=app.state.sessionmaker,
        settings=app.state.settings,
        llm=app.state.llm,
        files=app.state.files,
        events=app.state.event_bus,
    )


async def _sweep_periodically(app: FastAPI) -> None:
    """Without Redis the sweep of unfinished work runs here (the arq worker has it by cron)."""
    while True:
        await asyncio.sleep(app.state.settings.sweep_interval_s)
        try:
            await sweep_unfinished_work(_task_context(app), app.state.task_runner)
        except Exception:
            logger.exception("Sweeping unfinished background work failed; trying again later")


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    await ensure_configured_admin(app.state.sessionmaker, app.state.settings)
    await ensure_job_catalog(app.state.sessionmaker)
    await ensure_question_bank(app.state.sessionmaker)
    await ensure_coding_problems(app.state.sessionmaker)
    await anyio.to_thread.run_sync(warm_up_document_workers)
    await recover_unfinished_evaluations(_task_context(app), app.state.task_runner)
    await recover_unfinished_retries(_task_context(app), app.state.task_runner)
    await recover_unfinished_recordings(_task_context(app), app.state.task_runner)
    await sweep_abandoned_recordings(_task_context(app), app.state.task_runner)
    await recover_pending_clips(_task_context(app), app.state.task_runner)
    sweeper = None
    if not app.state.settings.redis_url:
        sweeper = asyncio.create_task(_sweep_periodically(app))
    # Everything loaded at start-up lives as long as the process: moved out of the collector's
    # reach, a full collection no longer walks it and pauses every thread for hundreds of ms.
    gc.collect()
    gc.freeze()
    # In the background: start-up does not wait, and the first answer no longer loads the model.
    warming = asyncio.create_task(anyio.to_thread.run_sync(_warm_up_models))
    yield
    await asyncio.wait([warming], timeout=5)
    if sweeper is not None:
        sweeper.cancel()
        with suppress(asyncio.CancelledError):
            await sweeper
    await app.state.task_runner.close()
    await app.state.event_bus.aclose()
    await close_llm(app.state.llm)
    await close_avatar_client(app.state.avatar)
    await app.state.files.aclose()
    await app.state.engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(log_format=settings.log_format, level=settings.log_level)
    redact_query_tokens()
    settings.data_dir.mkdir(parents=True, exist_ok=True)

    app = FastAPI(
        title="Rehearse API",
        version="0.1.0",
        summary="Tailored AI mock interviews: resumes, jobs, interviews, recordings and results.",
        description=API_DATA_CREDITS,
        openapi_tags=TAGS,
        generate_unique_id_function=_operation_id,
        lifespan=_lifespan,
    )
    app.state.settings = settings
    app.state.engine = create_engine_for(settings)
    app.state.sessionmaker = create_sessionmaker(app.state.engine)
    app.state.files = create_file_store(settings)
    app.state.mailer = create_mailer(settings)
    app.state.llm = create_llm_or_local(settings)
    _install_avatar(app, settings)
    app.state.event_bus = create_event_bus(settings)
    app.state.task_runner = create_task_runner(_task_context(app), TASKS)

    install_error_handlers(app)
    body_limit = BodySizeLimit(
        limits={
            "/api/resumes": settings.resume_max_bytes + MULTIPART_OVERHEAD_BYTES,
            "/api/questions/import": IMPORT_MAX_BYTES + MULTIPART_OVERHEAD_BYTES,
            "/api/recordings": settings.recording_chunk_max_bytes,
            "/api/retries": RETRY_MEDIA_MAX_BYTES,
        },
        default=DEFAULT_BODY_LIMIT_BYTES,
    )
    app.add_middleware(RequestMiddleware, body_limit=body_limit, cors=_cors_options(settings))

    # First, as the interview page polls it; no other router has a path its routes match.
    app.router.routes.append(lean_interview_get)
    app.include_router(gated(interviews_router))
    app.include_router(gated(health_router))
    app.include_router(gated(auth_router))
    app.include_router(gated(account_router))
    app.include_router(gated(users_router))
    app.include_router(gated(resumes_router))
    app.include_router(gated(jobs_router))
    app.include_router(gated(job_descriptions_router))
    app.include_router(gated(match_router))
    app.include_router(gated(questions_router))
    app.include_router(gated(templates_router))
    app.include_router(gated(recordings_router))
    app.include_router(gated(interview_recordings_router))
    app.include_router(gated(delivery_router))
    app.include_router(gated(avatar_router))
    app.include_router(gated(webhooks_router))
    app.include_router(gated(events_router))
    app.include_router(gated(results_router))
    app.include_router(gated(retries_router))
    app.include_router(gated(retry_media_router))
    app.include_router(gated(report_router))
    app.include_router(gated(shares_router))
    app.include_router(gated(shared_router))
    app.include_router(gated(dashboard_router))
    app.include_router(gated(weaknesses_router))
    app.include_router(gated(drills_router))
    app.include_router(gated(admin_router))
    app.include_router(gated(knowledge_router))
    app.include_router(gated(coding_problems_router))
    app.include_router(gated(coding_router))
    app.include_router(gated(plans_router))
    mount_spa(app, settings.frontend_dist)
    _include_extra_schemas(app, OPENAPI_EXTRA_MODELS)
    document_request_errors(app)
    return app
