"""Reading the mails the app left in its outbox (DATA_DIR/outbox), as a self-hoster would."""

import json
import re
from pathlib import Path

LINK = re.compile(r"(\S+/reset-password#token=[A-Za-z0-9_-]+)")


def mails_to(data_dir: Path, email: str) -> list[dict]:
    """Every mail to `email`, oldest first."""
    folder = data_dir / "outbox"
    if not folder.exists():
        return []
    mails = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]
    return [mail for mail in mails if mail["to"] == email]


def reset_link_in(mail: dict) -> str:
    match = LINK.search(mail["text"])
    assert match, mail["text"]
    return match.group(1)


def token_of(link: str) -> str:
    return link.split("#token=", 1)[1]
