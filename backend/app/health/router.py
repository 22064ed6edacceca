from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app.core.db import SessionDep

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="The database is reachable", responses={503: {}})
async def readyz(session: SessionDep) -> JSONResponse:
    try:
        await session.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means "not ready", never a 500
        return JSONResponse(
            {
                "error": {
                    "code": "not_ready",
                    "message": "Database unreachable",
                    "details": str(exc),
                }
            },
            status_code=503,
        )
    return JSONResponse({"status": "ready", "database": "ok"})
