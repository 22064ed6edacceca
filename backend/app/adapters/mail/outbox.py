"""The default mailer: every mail goes to the log and to a JSON file in `DATA_DIR/outbox`.

Without a mail server a self-hoster still reaches a reset link: it is in the console and in
the newest file of the outbox folder.
"""

import json
import logging
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import anyio

from app.adapters.mail.base import Mail

logger = logging.getLogger(__name__)


class OutboxMailer:
    name = "local"

    def __init__(self, folder: Path, *, sender: str) -> None:
        self.folder = folder
        self.sender = sender

    async def send(self, mail: Mail) -> None:
        path = await anyio.to_thread.run_sync(self._write, mail)
        logger.info("Mail to %s (%s), kept in %s:\n%s", mail.to, mail.subject, path, mail.text)

    def _write(self, mail: Mail) -> Path:
        now = datetime.now(UTC)
        record = {
            "from": self.sender,
            "to": mail.to,
            "subject": mail.subject,
            "text": mail.text,
            "created_at": now.isoformat(),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        # Sortable by time, unique across processes; written whole or not at all.
        target = self.folder / f"{now:%Y%m%dT%H%M%S%fZ}-{uuid.uuid4().hex[:8]}.json"
        partial = target.with_name(f".{target.name}.part")
        partial.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, target)
        return target
