"""Mail: the outbox by default, SMTP against a real server, and the outbox when SMTP fails."""

import json
import logging

import pytest

from app.adapters.mail.base import Mail
from app.adapters.mail.factory import create_mailer
from app.adapters.mail.outbox import OutboxMailer
from app.adapters.mail.smtp import SmtpMailer
from app.core.config import MailSettings, Settings
from tests.adapters.mail.smtp_server import free_port, smtp_server

MAIL = Mail(
    to="zoë@example.com",
    subject="Reset your Rehearse password",
    text="Hello Zoë,\n\nhttp://localhost:8000/reset-password#token=" + "x" * 43 + "\n",
)
SENDER = "Rehearse <no-reply@example.com>"
# The test server takes a login without TLS: it listens on the loopback interface only.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def _smtp(port: int, *, password: str = "s3cret", starttls: bool = False) -> MailSettings:
    return MailSettings(
        provider="smtp",
        host="127.0.0.1",
        port=port,
        username="mailer",
        password=password,
        sender=SENDER,
        starttls=starttls,
        timeout_s=5,
    )


def _outbox_files(folder):
    return sorted(folder.glob("*.json")) if folder.exists() else []


async def test_the_outbox_keeps_each_mail_as_a_file_and_in_the_log(tmp_path, caplog):
    mailer = OutboxMailer(tmp_path / "outbox", sender=SENDER)
    with caplog.at_level(logging.INFO, logger="app.adapters.mail.outbox"):
        await mailer.send(MAIL)
        await mailer.send(MAIL)

    files = _outbox_files(tmp_path / "outbox")
    assert len(files) == 2
    kept = json.loads(files[0].read_text(encoding="utf-8"))
    assert kept["to"] == MAIL.to
    assert kept["from"] == SENDER
    assert kept["subject"] == MAIL.subject
    assert kept["text"] == MAIL.text
    assert MAIL.text in caplog.text
    assert str(files[0]) in caplog.text or str(files[1]) in caplog.text


async def test_smtp_delivers_to_a_real_server_after_logging_in(tmp_path):
    outbox = OutboxMailer(tmp_path / "outbox", sender=SENDER)
    with smtp_server(username="mailer", password="s3cret") as (port, inbox):
        await SmtpMailer(_smtp(port), fallback=outbox).send(MAIL)

    assert inbox.recipients == [[MAIL.to]]
    received = inbox.messages[0]
    assert received["From"] == SENDER
    assert received["To"] == MAIL.to
    assert received["Subject"] == MAIL.subject
    assert received.get_content().replace("\r\n", "\n") == MAIL.text
    assert _outbox_files(tmp_path / "outbox") == [], "nothing falls back when SMTP works"


async def test_a_refused_login_falls_back_to_the_outbox_with_a_warning(tmp_path, caplog):
    outbox = OutboxMailer(tmp_path / "outbox", sender=SENDER)
    with smtp_server(username="mailer", password="s3cret") as (port, inbox):
        mailer = SmtpMailer(_smtp(port, password="wrong"), fallback=outbox)
        with caplog.at_level(logging.WARNING):
            await mailer.send(MAIL)

    assert inbox.messages == []
    assert len(_outbox_files(tmp_path / "outbox")) == 1
    assert "it is in the outbox instead" in caplog.text


async def test_a_server_that_is_down_falls_back_to_the_outbox(tmp_path, caplog):
    outbox = OutboxMailer(tmp_path / "outbox", sender=SENDER)
    mailer = SmtpMailer(_smtp(free_port()), fallback=outbox)
    with caplog.at_level(logging.WARNING):
        await mailer.send(MAIL)

    [kept] = _outbox_files(tmp_path / "outbox")
    assert json.loads(kept.read_text(encoding="utf-8"))["text"] == MAIL.text
    assert "it is in the outbox instead" in caplog.text


async def test_starttls_against_a_server_without_tls_falls_back_to_the_outbox(tmp_path):
    outbox = OutboxMailer(tmp_path / "outbox", sender=SENDER)
    with smtp_server(username="mailer", password="s3cret") as (port, inbox):
        await SmtpMailer(_smtp(port, starttls=True), fallback=outbox).send(MAIL)

    assert inbox.messages == []
    assert len(_outbox_files(tmp_path / "outbox")) == 1


def test_the_factory_picks_the_outbox_by_default_and_smtp_when_set(tmp_path, caplog):
    base = Settings(_env_file=None, data_dir=tmp_path)
    assert create_mailer(base).name == "local"
    assert create_mailer(base.model_copy(update={"mail": _smtp(2525)})).name == "smtp"
    with caplog.at_level(logging.WARNING):
        no_host = base.model_copy(update={"mail": MailSettings(provider="smtp")})
        assert create_mailer(no_host).name == "local"
    assert "MAIL__HOST" in caplog.text


def test_mail_settings_come_from_the_environment(monkeypatch, tmp_path):
    for name, value in {
        "MAIL__PROVIDER": "smtp",
        "MAIL__HOST": "smtp.example.com",
        "MAIL__PORT": "2525",
        "MAIL__USERNAME": "mailer",
        "MAIL__PASSWORD": "s3cret",
        "MAIL__FROM": SENDER,
        "MAIL__STARTTLS": "false",
    }.items():
        monkeypatch.setenv(name, value)
    mail = Settings(_env_file=None, data_dir=tmp_path).mail
    assert (mail.provider, mail.host, mail.port, mail.username, mail.password) == (
        "smtp",
        "smtp.example.com",
        2525,
        "mailer",
        "s3cret",
    )
    assert mail.sender == SENDER
    assert mail.starttls is False
