"""The two assistants under load: ours (through ``bot.cli.stack.Stack``, exactly as
``make run`` starts it, on a throwaway SQLite database) and a bare ``rasa init``
assistant, trained in a temporary folder, as the baseline.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional

from bot import config
from bot.cli.stack import Stack

STARTUP_TIMEOUT_SECONDS = 240
QUIET_ENVIRONMENT = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
                     "SQLALCHEMY_SILENCE_UBER_WARNING": "1"}


class BenchSetupError(RuntimeError):
    """An assistant could not be prepared or started; the message says where to look."""


def free_port() -> int:
    """A TCP port nobody listens on right now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rasa_executable() -> str:
    return str(Path(sys.executable).with_name("rasa"))


def start_our_stack(model: Path, work_dir: Path) -> Stack:
    """Our action server + Rasa server on free ports and a fresh database under ``work_dir``.

    The schema and the development keys are created first, as the end-to-end tests
    do, so both servers open the same database with the same keys.
    """
    from bot.storage import close_engines, open_store

    var_dir = work_dir / "var"
    env = {**QUIET_ENVIRONMENT, "INTAKE_VAR_DIR": str(var_dir),
           "INTAKE_DATABASE_URL": f"sqlite:///{var_dir / 'intake.sqlite3'}"}
    open_store(config.load(env))
    close_engines()
    stack = Stack(model=model, rasa_port=free_port(), action_port=free_port(), staff_port=None,
                  log_dir=var_dir / "log", env=env)
    return stack.start()


def rasa_server_pid(stack: Stack) -> int:
    """The Rasa server's process id (the stack starts the action server first)."""
    return stack.processes[-1].pid


def action_server_pid(stack: Stack) -> int:
    return stack.processes[0].pid


class BareAssistant:
    """``rasa init --no-prompt`` in a folder, then ``rasa run`` with the model it trained."""

    def __init__(self, project_dir: Path, port: Optional[int] = None):
        self.project_dir = project_dir
        self.port = port or free_port()
        self.process: Optional[subprocess.Popen] = None

    @property
    def rest_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhooks/rest/webhook"

    @property
    def log_path(self) -> Path:
        return self.project_dir.parent / "bare-rasa.log"

    def _environment(self) -> dict[str, str]:
        return {**os.environ, **QUIET_ENVIRONMENT}

    def model(self) -> Optional[Path]:
        models = sorted((self.project_dir / "models").glob("*.tar.gz"),
                        key=lambda path: path.stat().st_mtime)
        return models[-1] if models else None

    def prepare(self) -> Path:
        """Create and train the init project unless the folder already holds a model."""
        existing = self.model()
        if existing is not None:
            return existing
        self.project_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.project_dir.parent / "bare-init.log"
        with open(log_path, "wb") as log:
            completed = subprocess.run(
                [rasa_executable(), "init", "--no-prompt", "--init-dir", str(self.project_dir)],
                cwd=self.project_dir, env=self._environment(), stdout=log,
                stderr=subprocess.STDOUT)
        model = self.model()
        if completed.returncode != 0 or model is None:
            raise BenchSetupError(f"`rasa init --no-prompt` failed; see {log_path}")
        return model

    def start(self) -> "BareAssistant":
        model = self.prepare()
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [rasa_executable(), "run", "--model", str(model), "--credentials",
             "credentials.yml", "--port", str(self.port), "--interface", "127.0.0.1"],
            cwd=self.project_dir, env=self._environment(), stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self._wait()
        except BenchSetupError:
            self.stop()
            raise
        return self

    def _wait(self) -> None:
        url = f"http://127.0.0.1:{self.port}/"
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchSetupError(f"the bare Rasa server exited; see {self.log_path}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.5)
        raise BenchSetupError(f"the bare Rasa server did not answer at {url}; "
                              f"see {self.log_path}")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
