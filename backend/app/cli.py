"""Command line: `python -m app.cli {create-admin,seed,export-openapi}`."""

import argparse
import asyncio
import getpass
import json
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Role, User
from app.auth.service import ensure_user
from app.bootstrap import seed_demo_accounts
from app.core.config import get_settings
from app.core.db import create_engine, create_sessionmaker
from app.core.errors import AppError

T = TypeVar("T")


async def _with_session(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    settings = get_settings()
    engine = create_engine(settings.resolved_database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            result = await work(session)
            await session.commit()
            return result
    finally:
        await engine.dispose()


def _create_admin(args: argparse.Namespace) -> int:
    password = args.password or getpass.getpass("Password for the admin: ")

    async def work(session: AsyncSession) -> tuple[User, bool]:
        return await ensure_user(
            session, email=args.email, password=password, full_name=args.name, role=Role.admin
        )

    try:
        user, created = asyncio.run(_with_session(work))
    except AppError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    print(f"{'Created' if created else 'Promoted'} admin {user.email}")
    return 0


def _seed(_args: argparse.Namespace) -> int:
    if get_settings().env == "production":
        print("Demo data is not seeded when ENV=production.")
        return 0
    logins = asyncio.run(_with_session(seed_demo_accounts))
    print("Demo accounts (for local use only):")
    for email, password, role in logins:
        print(f"  {role.value:<10} {email} / {password}")
    return _seed_sample_interview(logins)


def _seed_sample_interview(logins: list[tuple[str, str, Role]]) -> int:
    from app.demo.sample_interview import SampleInterviewError, ensure_sample_interview
    from app.main import create_app

    email, password = next((e, p) for e, p, role in logins if role == Role.candidate)
    app = create_app()
    # The sample's requests are the seed's own doing, not traffic worth a line each.
    for name in ("httpx", "app.access"):
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        outcome = asyncio.run(ensure_sample_interview(app, email=email, password=password))
    except SampleInterviewError as exc:
        print(f"error: the sample interview could not be made ({exc})", file=sys.stderr)
        return 1
    if outcome.created:
        state = "evaluated" if outcome.evaluated else "still being evaluated"
        print(f"Sample finished interview for {email}: {outcome.interview_id} ({state})")
    return 0


def _export_openapi(_args: argparse.Namespace) -> int:
    from app.main import create_app

    json.dump(create_app().openapi(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.cli")
    commands = parser.add_subparsers(dest="command", required=True)

    admin = commands.add_parser("create-admin", help="create or promote an admin account")
    admin.add_argument("--email", required=True)
    admin.add_argument("--password", help="prompted for when omitted")
    admin.add_argument("--name", default="Administrator")
    admin.set_defaults(handler=_create_admin)

    seed = commands.add_parser("seed", help="seed demo accounts and a finished sample interview")
    seed.set_defaults(handler=_seed)
    commands.add_parser("export-openapi", help="print the OpenAPI JSON").set_defaults(
        handler=_export_openapi
    )
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
