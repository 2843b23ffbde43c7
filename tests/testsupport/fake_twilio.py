"""A small fake of Twilio's Messages REST API on 127.0.0.1, in a thread.

Records every POSTed message (form fields and basic-auth user) and answers 201 with
a JSON body; ``fail_next(429, 500)`` makes the next requests answer those statuses
first, to exercise retries. Serves files put with ``add_media`` (GET, recording the
basic-auth user), optionally through a redirect, like Twilio's media URLs.
Used by the channel's unit tests and the e2e tests.
"""
from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class FakeTwilio:
    def __init__(self, port: int = 0) -> None:
        self.messages: list[dict[str, str]] = []
        self.requests: list[tuple[str, int]] = []    # (path, status answered)
        self.users: list[str] = []
        self._failures: list[int] = []
        self.redirect_posts_to: str | None = None   # answer POSTs with a 307 there
        self.media: dict[str, tuple[str, bytes]] = {}     # path -> (content type, bytes)
        self.media_gets: list[tuple[str, str]] = []        # (path, basic-auth user or "")
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> "FakeTwilio":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail_next(self, *statuses: int) -> None:
        with self._lock:
            self._failures.extend(statuses)

    def add_media(self, path: str, content_type: str, data: bytes,
                  redirect_to: str | None = None) -> str:
        """Serve ``data`` at ``path`` (or redirect there from it); return the full URL."""
        with self._lock:
            self.media[path] = ("redirect", redirect_to.encode()) if redirect_to else (
                content_type, data)
        return self.base_url + path

    def sent_to(self, address: str) -> list[str]:
        with self._lock:
            return [m["Body"] for m in self.messages if m.get("To") == address]

    def wait_for(self, address: str, count: int = 1, timeout: float = 60.0) -> list[str]:
        """Bodies sent to ``address`` once at least ``count`` arrived (or the timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            bodies = self.sent_to(address)
            if len(bodies) >= count:
                return bodies
            time.sleep(0.05)
        return self.sent_to(address)

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:   # noqa: N802 - http.server's name
                if fake.redirect_posts_to:
                    self.send_response(307)
                    self.send_header("Location", fake.redirect_posts_to + self.path)
                    self.end_headers()
                    return
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode(),
                                                     keep_blank_values=True).items()}
                with fake._lock:
                    status = fake._failures.pop(0) if fake._failures else 201
                    fake.requests.append((self.path, status))
                    if status == 201:
                        fake.messages.append(form)
                        auth = self.headers.get("Authorization", "")
                        if auth.startswith("Basic "):
                            fake.users.append(base64.b64decode(auth[6:]).decode())
                sid = "SM" + uuid.uuid4().hex
                body = (json.dumps({"sid": sid, "status": "queued"}) if status == 201
                        else json.dumps({"code": 20429 if status == 429 else 20500,
                                         "message": "try later"}))
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body.encode())

            def do_GET(self) -> None:   # noqa: N802 - http.server's name
                auth = self.headers.get("Authorization", "")
                user = base64.b64decode(auth[6:]).decode() if auth.startswith("Basic ") else ""
                with fake._lock:
                    fake.media_gets.append((self.path, user))
                    found = fake.media.get(self.path)
                if found is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                content_type, data = found
                if content_type == "redirect":
                    self.send_response(307)
                    self.send_header("Location", data.decode())
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        return Handler
