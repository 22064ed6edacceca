"""Validate a `Range` header before the file response serves it, so a bad one gets our JSON 416."""

import re

from app.recordings.exceptions import RangeNotSatisfiable

_RANGE = re.compile(r"^\s*(\d*)\s*-\s*(\d*)\s*$")


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


def _problem_with(spec: str, size: int) -> str | None:
    match = _RANGE.match(spec)
    if not match or match.groups() == ("", ""):
        return f"Malformed range {spec.strip()!r}."
    start, end = match.groups()
    if start == "":
        return None if int(end) > 0 and size > 0 else f"Range {spec.strip()!r} selects nothing."
    if int(start) >= size:
        return f"Range starts at {start} but the file has {size} bytes."
    if end != "" and int(end) < int(start):
        return f"Range {spec.strip()!r} ends before it starts."
    return None
