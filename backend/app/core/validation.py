"""Bounds and field kinds shared by request schemas and parameters, declared where the OpenAPI
shows them: an unbounded integer reaches the database as an overflow (a 500), not a 422."""

from typing import Annotated, Any

from fastapi import Query
from pydantic import Field

MAX_PAGE = 10_000
MAX_PAGE_SIZE = 100
# Salaries are 32-bit integer columns; a billion covers yearly pay in any currency.
MAX_SALARY = 1_000_000_000

Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page")]


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def omittable(**constraints: Any) -> Any:
    """A PATCH field that may be left out (unchanged) but not sent as null.

    The `None` default is never validated, so only an explicit null fails (naming the field),
    and the OpenAPI shows the field as optional but not nullable. Use it with the field's
    non-null type, e.g. `remote: bool = omittable()`."""
    return Field(default=None, json_schema_extra=_no_default, **constraints)
