"""Keep access tokens out of the logs: a WebSocket carries one in its query string (`?token=`),
and uvicorn logs every handshake's path with its query at INFO."""

import logging
import re

_QUERY_TOKEN = re.compile(r"([?&]token=)[^&\s\"']+")
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return _QUERY_TOKEN.sub(rf"\g<1>{REDACTED}", text)


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
