import uuid
from typing import Annotated

from fastapi import APIRouter, Path, status

from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import error_responses
from app.interviews.dependencies import OwnedInterview, ViewableInterview
from app.interviews.queries import load_interview
from app.results import shares
from app.results.share_schemas import (
    CommentCreate,
    CommentList,
    CommentRead,
    ShareCreate,
    SharedResults,
    ShareLinkList,
    ShareLinkRead,
)
from app.results.shared_view import shared_results

router = APIRouter(prefix="/api/interviews", tags=["sharing"])
public_router = APIRouter(prefix="/api/shared", tags=["sharing"])

ShareToken = Annotated[str, Path(min_length=1, max_length=1000, description="The link's token")]


@router.post(
    "/{interview_id}/shares",
    status_code=status.HTTP_201_CREATED,
    summary="Make a read-only link to the results for a coach (expiring, revocable)",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def create_share(
    session: SessionDep, settings: SettingsDep, interview: OwnedInterview, data: ShareCreate
) -> ShareLinkRead:
    link = await shares.create_share(session, interview=interview, data=data)
    return shares.share_read(link, secret_key=settings.secret_key)


@router.get(
    "/{interview_id}/shares",
    summary="My share links for the interview, newest first (the candidate only)",
    responses=error_responses(401, 403, 404),
)
async def list_shares(
    session: SessionDep, settings: SettingsDep, interview: OwnedInterview
) -> ShareLinkList:
    links = await shares.list_shares(session, interview_id=interview.id)
    return ShareLinkList(
        items=[shares.share_read(link, secret_key=settings.secret_key) for link in links]
    )


@router.delete(
    "/{interview_id}/shares/{share_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Turn a share link off for good",
    responses=error_responses(401, 403, 404),
)
async def revoke_share(session: SessionDep, interview: OwnedInterview, share_id: uuid.UUID) -> None:
    await shares.revoke_share(session, interview_id=interview.id, share_id=share_id)


@router.get(
    "/{interview_id}/comments",
    summary="What coaches said through share links, pinned to questions and moments",
    responses=error_responses(401, 404),
)
async def list_comments(session: SessionDep, interview: ViewableInterview) -> CommentList:
    return CommentList(items=await shares.list_comments(session, interview_id=interview.id))


@public_router.get(
    "/{token}",
    summary="The results behind a share link, read-only (no sign-in)",
    responses=error_responses(404, 410),
)
async def open_shared(
    session: SessionDep, settings: SettingsDep, token: ShareToken
) -> SharedResults:
    link = await shares.open_share(session, secret_key=settings.secret_key, token=token)
    return await shared_results(session, link=link, settings=settings)


@public_router.post(
    "/{token}/comments",
    status_code=status.HTTP_201_CREATED,
    summary="Leave a comment for the candidate through a share link (no sign-in)",
    responses=error_responses(404, 409, 410, 422),
)
async def comment_shared(
    session: SessionDep, settings: SettingsDep, token: ShareToken, data: CommentCreate
) -> CommentRead:
    link = await shares.open_share(session, secret_key=settings.secret_key, token=token)
    interview = await load_interview(session, interview_id=link.interview_id)
    comment = await shares.add_comment(session, link=link, interview=interview, data=data)
    return shares.comment_read(comment, link.label)
