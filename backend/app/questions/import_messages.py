"""What to change in an imported row that fails validation, in plain words (the validator's own
text, "List should have at least 1 item after validation", is meant for developers)."""

from typing import Any

from pydantic_core import ErrorDetails

from app.core.text import plural

# What each field holds, to say what to add.
_NOUNS = {
    "text": "the question text",
    "category": "a category",
    "key_points": "at least one key point",
    "difficulty": "a difficulty",
    "slug": "a slug",
}
# (singular, plural) of one item in a list field.
_ITEMS = {
    "skills": ("skill", "skills"),
    "role_families": ("role family", "role families"),
    "key_points": ("key point", "key points"),
    "follow_ups": ("follow-up question", "follow-up questions"),
}
_DIFFICULTY = "Use 1 (easy), 2 (medium) or 3 (hard)."
_SLUG = "Use 2 to 119 lower-case letters, digits and hyphens, starting with a letter or a digit."
_LIST = "Give a list (in a CSV cell, separate the items with |)."


def _sentence(text: str) -> str:
    text = text.removeprefix("Value error, ").strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def _length(kind: str, field: str, ctx: dict[str, Any]) -> str:
    if kind in ("string_too_short", "string_too_long"):
        limit = ctx.get("min_length", ctx.get("max_length", 0))
        bound = "at least" if kind == "string_too_short" else "at most"
        return f"Write {bound} {plural(limit, 'character')}."
    one, many = _ITEMS.get(field, ("item", "items"))
    if kind == "too_short":
        return f"Give at least {plural(ctx.get('min_length', 1), one, many)}."
    return f"Give at most {plural(ctx.get('max_length', 0), one, many)}."


def row_message(error: ErrorDetails) -> str:
    """One row problem as a sentence that says what to change."""
    loc = error["loc"]
    field = str(loc[0]) if loc else ""
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "missing":
        return f"Add {_NOUNS.get(field, 'this field')}."
    if field == "difficulty":
        return _DIFFICULTY
    if field == "slug" and kind == "string_pattern_mismatch":
        return _SLUG
    if kind in ("string_too_short", "string_too_long", "too_short", "too_long"):
        return _length(kind, field, ctx)
    if kind == "literal_error":
        return f"Use {str(ctx.get('expected', '')).replace(chr(39), '')}."
    if kind == "string_type":
        return "Write text here." if len(loc) == 1 else "Write each item as text."
    if kind == "list_type":
        return _LIST
    return _sentence(error["msg"])
