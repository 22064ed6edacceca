"""Password policy shared by registration, password change and the admin CLI."""

from app.auth.exceptions import WeakPassword

MIN_PASSWORD_LENGTH = 8


def check_password_strength(password: str, *, email: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"Password must be at least {MIN_PASSWORD_LENGTH} characters long.")
    if password.strip().lower() == email.strip().lower():
        raise WeakPassword("Password must not be the same as your email address.")
