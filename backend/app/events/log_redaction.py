"""Keep credentials that travel in query strings out of the logs, where uvicorn writes every
request's path with its query at INFO: the WebSocket's access token (`?token=`) and the signature
of a signed playback link (`/api/recordings/{id}/media?expires=...&signature=...`)."""

import logging
import re

SENSITIVE_QUERY_PARAMETERS = ("token", "signature")
REDACTED = "[redacted]"

_SENSITIVE = re.compile(
    r"([?&](?:" + "|".join(map(re.escape, SENSITIVE_QUERY_PARAMETERS)) + r")=)[^&\s\"']+"
)


def redact(text: str) -> str:
    return _SENSITIVE.sub(rf"\g<1>{REDACTED}", text)


class QueryTokenRedactor(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


def redact_query_tokens(*logger_names: str) -> None:
    """Install the filter on uvicorn's loggers (or the ones named); installing twice is a no-op."""
    for name in logger_names or ("uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, QueryTokenRedactor) for f in logger.filters):
            logger.addFilter(QueryTokenRedactor())
