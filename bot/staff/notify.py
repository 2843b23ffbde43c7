"""Telling staff about urgent cases and requests to talk to a person.

``CaseStore`` queues a row in the outbox when a treatment deadline makes a case
urgent or an applicant asks for a person; ``send_pending`` delivers each row by
e-mail (``INTAKE_SMTP_URL`` to ``INTAKE_NOTIFY_EMAIL_TO``) and/or SMS to the
on-call phone (``INTAKE_NOTIFY_SMS_TO``, through our Twilio client), then marks
it sent. A failed delivery is retried on the next run, up to
``notifications.MAX_ATTEMPTS`` times.

A notice carries only the case reference, the kind and the dashboard link: an
e-mail or a text to a phone is not a place for a diagnosis or a name.
"""
from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
import threading
from email.message import EmailMessage
from typing import Optional
from urllib.parse import parse_qs, unquote, urlsplit

from bot.channels.settings import load_twilio_settings
from bot.config import Settings
from bot.storage.notifications import NotificationOutbox, PendingNotification

logger = logging.getLogger(__name__)

SUBJECTS = {
    "urgent": "Urgent case {reference}: the treatment window closes within 30 days",
    "contact_requested": "Case {reference}: the applicant asked to talk to a person",
}


def notice_text(notification: PendingNotification, settings: Settings) -> tuple[str, str]:
    """Subject and body of a notice (reference and link only)."""
    subject = SUBJECTS.get(notification.kind, "Case {reference} needs attention").format(
        reference=notification.case_reference)
    link = f"{settings.staff_url}/cases/{notification.case_reference}"
    body = (f"{subject}.\n\nSign in to the dashboard to read the case: {link}\n\n"
            "This notice holds no case details on purpose.\n")
    return subject, body


class PlaintextLoginRefused(RuntimeError):
    """The SMTP URL has credentials but the connection is not encrypted."""


def send_email(settings: Settings, subject: str, body: str) -> None:
    """Send through the configured SMTP server (smtp:// with STARTTLS when the
    server offers it or ``?starttls=1``; smtps:// for TLS from the start)."""
    url = urlsplit(settings.smtp_url)
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.notify_email_from or "parole-intake@localhost"
    message["To"] = ", ".join(settings.notify_email_to)
    message.set_content(body)
    context = ssl.create_default_context()
    if url.scheme == "smtps":
        client = smtplib.SMTP_SSL(url.hostname, url.port or 465, timeout=20, context=context)
    else:
        client = smtplib.SMTP(url.hostname, url.port or 25, timeout=20)
    with client:
        if url.scheme == "smtp":
            client.ehlo()
            wants_tls = parse_qs(url.query).get("starttls", ["0"])[0] == "1"
            if wants_tls or client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
        if url.username:
            if not isinstance(client.sock, ssl.SSLSocket):
                raise PlaintextLoginRefused(
                    "the SMTP server offers no TLS; refusing to send the password in clear")
            client.login(unquote(url.username), unquote(url.password or ""))
        client.send_message(message)


def send_sms(settings: Settings, body: str) -> None:
    """Text the on-call phone through the same Twilio REST client the channel uses."""
    from bot.channels.sender import TwilioSender

    twilio = load_twilio_settings()

    async def never_opted_out(_number: str) -> bool:
        return False   # staff's own phone: the applicant opt-out list does not apply

    async def send() -> None:
        sender = TwilioSender(twilio, never_opted_out, attempts=2)
        try:
            await sender.send(settings.notify_sms_to, settings.notify_sms_to,
                              twilio.sms_from, body)
        finally:
            await sender.close()

    asyncio.run(send())


def configured(settings: Settings) -> bool:
    return bool((settings.smtp_url and settings.notify_email_to) or settings.notify_sms_to)


def send_pending(settings: Settings, outbox: NotificationOutbox) -> int:
    """Deliver every pending notice; return how many went out."""
    if not configured(settings):
        return 0
    outbox.queue_newly_urgent()
    sent = 0
    for notification in outbox.pending():
        subject, body = notice_text(notification, settings)
        try:
            if settings.smtp_url and settings.notify_email_to:
                send_email(settings, subject, body)
            if settings.notify_sms_to:
                send_sms(settings, f"{subject}. {settings.staff_url}/cases/"
                                   f"{notification.case_reference}")
        except Exception as error:   # any delivery failure: keep the row for a retry
            logger.warning("Staff notice %s not delivered (%s); will retry.",
                           notification.id, type(error).__name__)
            outbox.mark_failed(notification.id, type(error).__name__)
            continue
        outbox.mark_sent(notification.id)
        sent += 1
    return sent


class Notifier(threading.Thread):
    """Sends pending notices every ``interval`` seconds beside the web server."""

    def __init__(self, settings: Settings, outbox: NotificationOutbox, interval: float = 30):
        super().__init__(name="staff-notifier", daemon=True)
        self.settings, self.outbox, self.interval = settings, outbox, interval
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                send_pending(self.settings, self.outbox)
            except Exception:   # the database may be briefly away; try again later
                logger.exception("Sending staff notices failed; retrying later.")
            self.stopped.wait(self.interval)

    def stop(self, timeout: Optional[float] = 5) -> None:
        self.stopped.set()
        self.join(timeout)
