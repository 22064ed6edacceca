"""Validate a `Range` header before the file response serves it, so a bad one gets our JSON 416."""

import re

from app.recordings.exceptions import RangeNotSatisfiable

_RANGE = re.compile(r"^\s*(\d*)\s*-\s*(\d*)\s*$")
# No file is 10**18 bytes: longer numbers are refused before int() (which fails past 4,300
# digits, leading zeros included) and before the file response parses them again.
_MAX_DIGITS = 18
_SHOWN_CHARS = 40


def check_range(header: str | None, size: int) -> None:
    """Raise a 416 (with `Content-Range: bytes */size`) unless every range can be served."""
    if header is None:
        return
    unit, _, specs = header.partition("=")
    problem = None
    if unit.strip().lower() != "bytes" or not specs.strip():
        problem = "Only byte ranges are supported, as `bytes=start-end`."
    else:
        for spec in specs.split(","):
            problem = _problem_with(spec, size)
            if problem:
                break
    if problem:
        raise RangeNotSatisfiable(
            problem, details={"size": size}, headers={"Content-Range": f"bytes */{size}"}
        )


def _shown(spec: str) -> str:
    spec = spec.strip()
    return repr(spec if len(spec) <= _SHOWN_CHARS else f"{spec[:_SHOWN_CHARS]}…")


def _problem_with(spec: str, size: int) -> str | None:
    match = _RANGE.match(spec)
    if not match or match.groups() == ("", ""):
        return f"Malformed range {_shown(spec)}."
    start, end = match.groups()
    if len(start) > _MAX_DIGITS or len(end) > _MAX_DIGITS:
        return f"Range {_shown(spec)} has a number over {_MAX_DIGITS} digits."
    if start == "":
        return None if int(end) > 0 and size > 0 else f"Range {_shown(spec)} selects nothing."
    if int(start) >= size:
        return f"Range starts at {start} but the file has {size} bytes."
    if end != "" and int(end) < int(start):
        return f"Range {_shown(spec)} ends before it starts."
    return None
