"""Export the question bank as JSON or CSV, and import it back all-or-nothing."""

import csv
import io
import json
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import AppError
from app.core.text import plural
from app.questions.import_messages import row_message
from app.questions.models import Question
from app.questions.schemas import ImportResult, ImportRowError, QuestionCreate
from app.questions.service import flush_unique, next_free_slug, question_values, slugify

TransferFormat = Literal["json", "csv"]

IMPORT_MAX_BYTES = 2 * 1024 * 1024
IMPORT_MAX_ROWS = 2000
MAX_LISTED_ERRORS = 200
COLUMNS = (
    "slug",
    "text",
    "category",
    "skills",
    "role_families",
    "competency",
    "difficulty",
    "key_points",
    "model_answer",
    "follow_ups",
)
LIST_COLUMNS = {"skills", "role_families", "key_points", "follow_ups"}
REQUIRED_COLUMNS = ("text", "category", "key_points")
LIST_SEPARATOR = " | "
MEDIA_TYPES = {"json": "application/json", "csv": "text/csv; charset=utf-8"}

# (1-based row number, the row's fields or a problem already found while parsing it)
Row = tuple[int, Any]


class ImportTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"
    message = "The import is too large."


class UnsupportedImportFormat(AppError):
    status_code = 415
    code = "unsupported_import_format"
    message = "Import a UTF-8 JSON file (a list of questions) or a CSV file with a header row."


class ImportUnreadable(AppError):
    status_code = 422
    code = "import_unreadable"
    message = "The file could not be read."


class ImportInvalid(AppError):
    status_code = 422
    code = "import_invalid"
    message = "Some rows are not valid; nothing was imported."


def file_too_large(limit_bytes: int) -> ImportTooLarge:
    return ImportTooLarge(
        f"The file is larger than the limit of {limit_bytes / (1024 * 1024):.0f} MB.",
        details={"limit_bytes": limit_bytes},
    )


# Export


def _export_record(question: Question) -> dict[str, Any]:
    return {column: getattr(question, column) for column in COLUMNS}


def _csv_cell(column: str, value: Any) -> Any:
    if column in LIST_COLUMNS:
        return LIST_SEPARATOR.join(value)
    return "" if value is None else value


def _to_csv(records: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for record in records:
        writer.writerow(_csv_cell(column, value) for column, value in record.items())
    return out.getvalue()


async def export_questions(
    session: AsyncSession, *, format: TransferFormat
) -> tuple[str, str, str]:
    """Every active question as (body, media type, file name); archived ones are retired."""
    statement = (
        select(Question)
        .where(Question.archived.is_(False))
        .order_by(Question.category, Question.text, Question.slug)
    )
    records = [_export_record(question) for question in await session.scalars(statement)]
    if format == "csv":
        body = _to_csv(records)
    else:
        body = json.dumps(records, ensure_ascii=False, indent=2)
    return body, MEDIA_TYPES[format], f"questions.{format}"


# Import: decode and parse


def _decode(data: bytes) -> str:
    if len(data) > IMPORT_MAX_BYTES:
        raise file_too_large(IMPORT_MAX_BYTES)
    if b"\x00" in data:
        raise UnsupportedImportFormat()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedImportFormat(
            "The file is not UTF-8 text. Save CSV files as 'CSV UTF-8'."
        ) from exc


def _sniff(text: str) -> TransferFormat:
    start = text.lstrip()
    if start.startswith("["):
        return "json"
    if start.startswith("{"):
        raise ImportUnreadable("A JSON import must be a list of questions: [{...}, {...}].")
    if "," in start.partition("\n")[0]:
        return "csv"
    raise UnsupportedImportFormat()


def _check_row_count(count: int) -> None:
    if count > IMPORT_MAX_ROWS:
        raise ImportTooLarge(
            f"An import holds at most {IMPORT_MAX_ROWS} questions.",
            details={"max_rows": IMPORT_MAX_ROWS},
        )


def _json_rows(text: str) -> list[Row]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportUnreadable(
            f"The JSON is malformed: {exc.msg} (line {exc.lineno}, column {exc.colno})."
        ) from exc
    if not isinstance(records, list):
        raise ImportUnreadable("A JSON import must be a list of questions: [{...}, {...}].")
    _check_row_count(len(records))
    return list(enumerate(records, start=1))


def _check_header(header: list[str]) -> None:
    unknown = [name for name in header if name not in COLUMNS]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    repeated = sorted({name for name in header if header.count(name) > 1})
    if missing or unknown or repeated:
        raise ImportUnreadable(
            "The CSV needs a header row naming its columns once each; allowed: "
            + ", ".join(COLUMNS),
            details={"missing": missing, "unknown": unknown, "repeated": repeated},
        )


def _from_cells(number: int, cells: dict[str | None, Any]) -> dict[str, Any] | ImportRowError:
    if None in cells:
        # csv.DictReader files values beyond the header under the key None.
        message = "The row has more values than the header has columns."
        return ImportRowError(row=number, field=None, message=message)
    values: dict[str, Any] = {}
    for column, cell in cells.items():
        if column is None:
            continue
        cell = (cell or "").strip()
        if column in LIST_COLUMNS:
            values[column] = [part.strip() for part in cell.split("|") if part.strip()]
        elif cell:
            values[column] = cell
    return values


def _csv_rows(text: str) -> list[Row]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in reader.fieldnames or []]
        _check_header(header)
        reader.fieldnames = header
        rows: list[Row] = []
        for number, cells in enumerate(reader, start=1):
            _check_row_count(number)
            rows.append((number, _from_cells(number, cells)))
    except csv.Error as exc:
        raise ImportUnreadable(f"The CSV is malformed near line {reader.line_num}: {exc}.") from exc
    return rows


# Import: validate and save


def _row_errors(number: int, exc: ValidationError) -> list[ImportRowError]:
    return [
        ImportRowError(
            row=number,
            field=".".join(str(part) for part in error["loc"]) or None,
            message=row_message(error),
        )
        for error in exc.errors()
    ]


def _validate_row(number: int, raw: Any) -> tuple[QuestionCreate | None, list[ImportRowError]]:
    if isinstance(raw, ImportRowError):
        return None, [raw]
    if not isinstance(raw, dict):
        return None, [ImportRowError(row=number, field=None, message="A row must be an object.")]
    try:
        return QuestionCreate.model_validate(raw), []
    except ValidationError as exc:
        return None, _row_errors(number, exc)


def _validate(rows: list[Row]) -> list[QuestionCreate]:
    """Every row checked before anything is saved; any problem rejects the whole file."""
    items: list[QuestionCreate] = []
    errors: list[ImportRowError] = []
    first_row_of: dict[str, int] = {}
    for number, raw in rows:
        item, problems = _validate_row(number, raw)
        if item and item.slug in first_row_of:
            message = f"Duplicate slug '{item.slug}' (first on row {first_row_of[item.slug]})."
            problems = [ImportRowError(row=number, field="slug", message=message)]
        elif item and item.slug:
            first_row_of[item.slug] = number
        errors.extend(problems)
        if item and not problems:
            items.append(item)
    if errors:
        listed = errors[:MAX_LISTED_ERRORS]
        more = f" The first {len(listed)} are listed." if len(errors) > len(listed) else ""
        raise ImportInvalid(
            f"{plural(len(errors), 'problem')} found; nothing was imported.{more}",
            details=[error.model_dump() for error in listed],
        )
    if not items:
        raise ImportUnreadable("The file holds no questions.")
    return items


async def _save(session: AsyncSession, items: list[QuestionCreate]) -> ImportResult:
    slugs = {item.slug for item in items if item.slug}
    existing = {
        question.slug: question
        for question in await session.scalars(select(Question).where(Question.slug.in_(slugs)))
    }
    # Slugs named anywhere in the file are reserved so a generated one never takes them.
    taken = set(await session.scalars(select(Question.slug))) | slugs
    created = updated = 0
    for item in items:
        values = question_values(item)
        question = existing.get(item.slug or "")
        if question is not None:
            for field, value in values.items():
                setattr(question, field, value)
            updated += 1
            continue
        slug = item.slug or next_free_slug(slugify(item.text), taken)
        taken.add(slug)
        session.add(Question(**values, slug=slug, archived=False))
        created += 1
    await flush_unique(session)
    return ImportResult(created=created, updated=updated)


async def import_questions(
    session: AsyncSession, *, data: bytes, format: TransferFormat | None = None
) -> ImportResult:
    """Create or update (by slug) every question in a JSON or CSV file, or none at all."""
    text = _decode(data)
    if not text.strip():
        raise ImportUnreadable("The file is empty.")
    chosen = format or _sniff(text)
    rows = _json_rows(text) if chosen == "json" else _csv_rows(text)
    return await _save(session, _validate(rows))
