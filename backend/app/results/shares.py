"""Share links for a coach: create, list, revoke, open by token, and the comments left through
them."""

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.exceptions import InterviewStateConflict
from app.interviews.models import Interview
from app.interviews.states import InterviewStatus
from app.results.exceptions import (
    CommentQuestionNotFound,
    ShareLinkExpired,
    ShareLinkNotFound,
    ShareLinkRevoked,
    TooManyComments,
)
from app.results.models import ShareComment, ShareLink
from app.results.share_schemas import (
    CommentCreate,
    CommentRead,
    ShareCreate,
    ShareLinkRead,
    ShareStatus,
)
from app.results.share_tokens import share_link_id, share_token

MAX_COMMENTS_PER_LINK = 500


def _status(link: ShareLink, now: datetime) -> ShareStatus:
    if link.revoked_at is not None:
        return "revoked"
    return "expired" if link.expires_at <= now else "active"


def share_read(link: ShareLink, *, secret_key: str) -> ShareLinkRead:
    status = _status(link, datetime.now(UTC))
    return ShareLinkRead(
        id=link.id,
        label=link.label,
        include_video=link.include_video,
        created_at=link.created_at,
        expires_at=link.expires_at,
        revoked_at=link.revoked_at,
        status=status,
        token=share_token(secret_key, link) if status == "active" else None,
    )


async def create_share(
    session: AsyncSession, *, interview: Interview, data: ShareCreate
) -> ShareLink:
    """A new link to the finished interview's results, valid for the days asked."""
    if interview.status != InterviewStatus.COMPLETED:
        raise InterviewStateConflict("share", interview.status)
    now = datetime.now(UTC)
    link = ShareLink(
        id=uuid.uuid4(),
        interview_id=interview.id,
        label=data.label,
        include_video=data.include_video,
        created_at=now,
        # Whole seconds: the token carries the expiry as a Unix time.
        expires_at=(now + timedelta(days=data.expires_in_days)).replace(microsecond=0),
    )
    session.add(link)
    await session.flush()
    return link


async def list_shares(session: AsyncSession, *, interview_id: uuid.UUID) -> list[ShareLink]:
    rows = await session.scalars(
        select(ShareLink)
        .where(ShareLink.interview_id == interview_id)
        .order_by(ShareLink.created_at.desc(), ShareLink.id)
    )
    return list(rows)


async def revoke_share(
    session: AsyncSession, *, interview_id: uuid.UUID, share_id: uuid.UUID
) -> None:
    """Turn the link off for good; revoking it again changes nothing."""
    link = await session.get(ShareLink, share_id)
    if link is None or link.interview_id != interview_id:
        raise ShareLinkNotFound("This share link does not exist.")
    if link.revoked_at is None:
        link.revoked_at = datetime.now(UTC)
        await session.flush()


async def open_share(session: AsyncSession, *, secret_key: str, token: str) -> ShareLink:
    """The active link the token names: 404 when it is not ours, 410 once revoked or expired."""
    link = await session.get(ShareLink, share_link_id(secret_key, token))
    if link is None:
        raise ShareLinkNotFound()
    status = _status(link, datetime.now(UTC))
    if status == "revoked":
        raise ShareLinkRevoked()
    if status == "expired":
        raise ShareLinkExpired()
    return link


async def add_comment(
    session: AsyncSession, *, link: ShareLink, interview: Interview, data: CommentCreate
) -> ShareComment:
    if data.question_id is not None and data.question_id not in {q.id for q in interview.questions}:
        raise CommentQuestionNotFound()
    count = await session.scalar(
        select(func.count()).select_from(ShareComment).where(ShareComment.share_link_id == link.id)
    )
    if (count or 0) >= MAX_COMMENTS_PER_LINK:
        raise TooManyComments()
    comment = ShareComment(
        id=uuid.uuid4(),
        interview_id=interview.id,
        share_link_id=link.id,
        question_id=data.question_id,
        author_name=data.author_name,
        text=data.text,
        at_s=data.at_s,
        created_at=datetime.now(UTC),
    )
    session.add(comment)
    await session.flush()
    return comment


async def list_comments(
    session: AsyncSession, *, interview_id: uuid.UUID, share_link_id: uuid.UUID | None = None
) -> list[CommentRead]:
    """The comments on the interview (left through one link, if given), oldest first, with the
    label of the link each came by."""
    statement = (
        select(ShareComment, ShareLink.label)
        .join(ShareLink, ShareLink.id == ShareComment.share_link_id)
        .where(ShareComment.interview_id == interview_id)
        .order_by(ShareComment.created_at, ShareComment.id)
    )
    if share_link_id is not None:
        statement = statement.where(ShareComment.share_link_id == share_link_id)
    rows = await session.execute(statement)
    return [comment_read(comment, label) for comment, label in rows.all()]


def comment_read(comment: ShareComment, label: str) -> CommentRead:
    return CommentRead(
        id=comment.id,
        author_name=comment.author_name,
        text=comment.text,
        question_id=comment.question_id,
        at_s=comment.at_s,
        created_at=comment.created_at,
        share_label=label,
    )
