"""Logging setup: plain text for humans, JSON lines for machines, request id on every record."""

import json
import logging
import time
from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class TextFormatter(logging.Formatter):
    """`formatTime` as logging's own, the date and time of day rendered once per second
    rather than once per record (a request's access line paid for it every time)."""

    _second: int | None = None
    _stamp = ""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        if datefmt is not None or self.default_msec_format is None:
            return super().formatTime(record, datefmt)
        second = int(record.created)
        if second != self._second:
            stamp = time.strftime(self.default_time_format, self.converter(record.created))
            self._second, self._stamp = second, stamp
        return self.default_msec_format % (self._stamp, record.msecs)


class JsonFormatter(TextFormatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload)


def configure_logging(*, log_format: str, level: str) -> None:
    # No format of ours shows where a record was logged from, or its thread or process: not
    # walking the stack for them makes every record, a request's access line too, cheaper.
    logging._srcfile = None  # the switch the logging HOWTO's "Optimization" section names
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(
            TextFormatter("%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s")
        )
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    # `RequestMiddleware` logs every request once, with its request id and duration;
    # uvicorn's access line would log it a second time (as `--no-access-log` does, off).
    uvicorn_access = logging.getLogger("uvicorn.access")
    uvicorn_access.handlers = []
    uvicorn_access.propagate = False
