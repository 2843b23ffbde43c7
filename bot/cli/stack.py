"""Starts the action server, the Rasa server and the staff web app, and waits until
all answer.

Used by ``make run`` (in the foreground, until Ctrl-C) and by the end-to-end
tests (one stack shared by the whole test session), so both start the same way.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional

from bot.config import PROJECT_ROOT

STARTUP_TIMEOUT_SECONDS = 240


MAX_REQUEST_BYTES = 11 * 1024 * 1024


class StackError(RuntimeError):
    """A server did not come up; the message says which and where its log is."""


@dataclass
class Stack:
    model: Path
    rasa_port: int = 5005
    action_port: int = 5055
    staff_port: Optional[int] = 8000    # None: no staff web app (Rasa-only benches)
    log_dir: Path = PROJECT_ROOT / "var" / "log"
    env: Mapping[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen] = field(default_factory=list)

    @property
    def rest_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/webhook"

    def _environment(self) -> dict[str, str]:
        environment = dict(os.environ)
        environment.update(self.env)
        environment.setdefault("INTAKE_ACTION_ENDPOINT_URL",
                               f"http://127.0.0.1:{self.action_port}/webhook")
        environment.setdefault("INTAKE_LOCK_STORE", "in_memory")
        environment.setdefault("INTAKE_REDIS_HOST", "127.0.0.1")
        environment.setdefault("INTAKE_REDIS_PORT", "6379")
        environment.setdefault("INTAKE_WIDGET_SERVER_URL", f"http://127.0.0.1:{self.rasa_port}")
        # Sanic's own limit on any request body (100 MB by default): a 10 MB upload
        # and its multipart wrapping fit, nothing much larger is read.
        environment.setdefault("SANIC_REQUEST_MAX_SIZE", str(MAX_REQUEST_BYTES))
        # The action server trusts whoever calls it: only this machine may
        # (rasa_sdk listens on every interface otherwise).
        environment.setdefault("SANIC_HOST", "127.0.0.1")
        if self.staff_port is not None:   # the demo page on the staff app hosts the widget
            environment.setdefault("INTAKE_WIDGET_ORIGINS", ",".join(
                f"http://{host}:{self.staff_port}" for host in ("localhost", "127.0.0.1")))
        return environment

    @property
    def staff_url(self) -> str:
        return f"http://127.0.0.1:{self.staff_port}"

    def _spawn(self, name: str, arguments: list[str], program: str = "rasa") -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")
        executable = str(Path(sys.executable).with_name(program))
        self.processes.append(subprocess.Popen(
            [executable, *arguments], cwd=PROJECT_ROOT, env=self._environment(),
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True))

    def start(self) -> "Stack":
        if not self.model.exists():
            raise StackError(f"No trained model at {self.model}: run `make model`")
        self._spawn("actions", ["run", "actions", "--actions", "actions",
                                "--port", str(self.action_port)])
        self._spawn("rasa", ["run", "--model", str(self.model), "--endpoints", "endpoints.yml",
                             "--credentials", "credentials.yml", "--port", str(self.rasa_port),
                             "--interface", "127.0.0.1"])
        if self.staff_port is not None:
            self._spawn("staff", ["staff", "serve", "--port", str(self.staff_port)],
                        program="intake")
        try:
            self._wait(f"http://127.0.0.1:{self.action_port}/health", "actions")
            self._wait(f"http://127.0.0.1:{self.rasa_port}/", "rasa")
            if self.staff_port is not None:
                self._wait(f"{self.staff_url}/health", "staff")
        except StackError:
            self.stop()
            raise
        return self

    def _wait(self, url: str, name: str) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if any(process.poll() is not None for process in self.processes):
                raise StackError(f"a server exited during start-up; see {self.log_dir}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.5)
        raise StackError(f"{name} did not answer at {url}; see {self.log_dir / (name + '.log')}")

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        self.processes.clear()

    def wait_forever(self) -> int:
        """Block until a server exits, Ctrl-C or SIGTERM; then stop the others."""
        signal.signal(signal.SIGTERM, _exit_on_signal)
        try:
            while all(process.poll() is None for process in self.processes):
                time.sleep(1)
            return 1
        except KeyboardInterrupt:
            return 0
        finally:
            self.stop()


def _exit_on_signal(signum, frame) -> None:
    raise SystemExit(0)


def latest_model(models_dir: Path = PROJECT_ROOT / "models") -> Optional[Path]:
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda path: path.stat().st_mtime)
    return models[-1] if models else None


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("stack", help="start the Rasa and action servers")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--rasa-port", type=int, default=5005)
    parser.add_argument("--action-port", type=int, default=5055)
    parser.add_argument("--staff-port", type=int, default=8000)


def run(args, settings) -> int:
    model = args.model or latest_model()
    if model is None:
        print("No trained model: run `make model` first.", file=sys.stderr)
        return 2
    stack = Stack(model=model, rasa_port=args.rasa_port, action_port=args.action_port,
                  staff_port=args.staff_port, log_dir=settings.var_dir / "log")
    print(f"Starting the assistant with {model.name} (logs in {stack.log_dir}) ...", flush=True)
    stack.start()
    print(f"Ready. Talk to the assistant:\n"
          f"  in a terminal:  make chat\n"
          f"  over HTTP:      POST {stack.rest_url} "
          f'{{"sender": "you", "message": "hello"}}\n'
          f"  staff dashboard: {stack.staff_url}/ (create an account first:\n"
          f"                   .venv/bin/intake staff create-user --email you@example.org "
          f"--name You --role admin)\n"
          f"Press Ctrl-C to stop.", flush=True)
    return stack.wait_forever()
