"""A local SMTP server that keeps what it receives (Python 3.10's smtpd), standing
in for the clinic's mail server, which is outside this machine."""
from __future__ import annotations

import asyncore
import smtpd
import threading


class SmtpSink(smtpd.SMTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), None, decode_data=True)
        self.messages: list[dict] = []
        self._thread = threading.Thread(target=asyncore.loop, kwargs={"timeout": 0.05},
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.socket.getsockname()[1]}"

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        self.messages.append({"from": mailfrom, "to": rcpttos, "data": data})

    def start(self) -> "SmtpSink":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.close()
