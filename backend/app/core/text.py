"""Small helpers for the sentences the API shows people."""


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 question', '3 questions', '0 questions'; `many` for words not made plural by an 's'."""
    return f"{count} {one if count == 1 else many or one + 's'}"
