from app.core.errors import Conflict


class LastAdmin(Conflict):
    code = "last_admin"
    message = (
        "You are the only administrator, so this account cannot be deleted: make another "
        "account an administrator first (python -m app.cli create-admin)."
    )
