"""``make bench`` (second part): N phones texting the Twilio webhook at the same time,
through our channel and, in the same run, through Rasa's built-in Twilio channel on
the same model, the same action server and the same database.

Prints, for both, the webhook acknowledgement latency (p50/p95/max), the reply
latency (to the first and the last message of the reply reaching a fake Twilio REST
API, p50/p95), messages sent per turn and CPU per turn, with ratios. Both Rasa
servers run side by side and the rounds alternate between them, so other work on
the machine weighs on both alike. Figures are compared, never asserted: the exit
code is 0 unless something crashed or nothing got a reply.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

from bot import config
from bot.cli.stack import Stack
from bot.config import PROJECT_ROOT

from .cpu import tree_cpu_seconds
from .report import machine_facts
from .rest_load import our_model
from .workdir import measured_in_temp_dir, say
from .servers import (QUIET_ENVIRONMENT, STARTUP_TIMEOUT_SECONDS, BenchSetupError,
                      action_server_pid, free_port, rasa_executable, rasa_server_pid)
from .twilio_report import ChannelMeasurement, channel_comparison_table
from .twilio_traffic import (Webhook, TwilioLoadResult, WEBHOOK_PATH, phone_number,
                             run_twilio_load, start_stamped_fake_twilio)

ACCOUNT_SID = "ACbench0000000000000000000000000"
AUTH_TOKEN = "bench-auth-token"
OUR_NUMBER = "+15550108888"
MAX_ERRORS_SHOWN = 5
OURS, BUILTIN = "ours", "rasa built-in"
SIDE_DIGIT = {OURS: 1, BUILTIN: 2}
WARM_UP_ROUND = 0


def parse_arguments(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.twilio_load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--senders", type=int, default=20,
                        help="phones texting at the same time (default 20)")
    parser.add_argument("--turns", type=int, default=8,
                        help="messages each phone sends (default 8)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="loads per channel, alternating ours and Rasa's; the figures "
                             "pool every round (default 2, at most 9)")
    parser.add_argument("--quiet", type=float, default=1.0,
                        help="seconds without a message after which a reply counts as "
                             "complete and the phone texts again (default 1.0)")
    parser.add_argument("--think", type=float, default=2.0,
                        help="each phone pauses a random 0 to THINK seconds before each "
                             "message, so phones do not text in lockstep (default 2.0)")
    parser.add_argument("--our-model", type=Path, default=None,
                        help="the trained model both channels use (default: $INTAKE_MODEL, "
                             "else the newest in models/)")
    parser.add_argument("--postgres", metavar="URL", default=None,
                        help="keep the data in a fresh schema of this PostgreSQL database "
                             "(dropped afterwards) instead of a temporary SQLite file, e.g. "
                             "postgresql+psycopg2://postgres@127.0.0.1:5432/test")
    parser.add_argument("--skip-baseline", action="store_true",
                        help="load only our channel")
    parser.add_argument("--keep-temp", action="store_true",
                        help="keep the temporary folder (database, server logs)")
    arguments = parser.parse_args(argv)
    if min(arguments.senders, arguments.turns, arguments.rounds) < 1:
        parser.error("--senders, --turns and --rounds must be at least 1")
    if arguments.rounds > 9 or arguments.senders > 99999:
        parser.error("--rounds is at most 9 and --senders at most 99999 (phone numbers)")
    if arguments.quiet <= 0 or arguments.think < 0:
        parser.error("--quiet must be positive and --think not negative")
    return arguments


def twilio_environment(work_dir: Path, rasa_port: int, fake_url: str,
                       database_url: Optional[str] = None) -> dict[str, str]:
    """Our stack's environment: a fresh database, our channel pointed at the fake."""
    var_dir = work_dir / "var"
    return {**QUIET_ENVIRONMENT, "INTAKE_VAR_DIR": str(var_dir),
            "INTAKE_DATABASE_URL": database_url or f"sqlite:///{var_dir / 'intake.sqlite3'}",
            "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_SMS_FROM": OUR_NUMBER, "TWILIO_WHATSAPP_FROM": f"whatsapp:{OUR_NUMBER}",
            "PUBLIC_URL": f"http://127.0.0.1:{rasa_port}", "TWILIO_API_BASE_URL": fake_url}


@contextlib.contextmanager
def postgres_schema(url: str) -> Iterator[str]:
    """A URL of ``url``'s database that works in a fresh schema, dropped on exit."""
    import sqlalchemy
    from sqlalchemy.engine import make_url

    schema = f"bench_{secrets.token_hex(6)}"
    admin = sqlalchemy.create_engine(url, future=True)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        try:
            yield make_url(url).update_query_dict(
                {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
        finally:
            with admin.begin() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    finally:
        admin.dispose()


def builtin_credentials(fake_url: str) -> str:
    """credentials.yml for Rasa's built-in channel, its replies redirected to the fake."""
    return ("# Rasa's built-in Twilio channel; only the REST API host is changed.\n"
            "bench.twilio_baseline.RedirectedTwilioInput:\n"
            f'  account_sid: "{ACCOUNT_SID}"\n'
            f'  auth_token: "{AUTH_TOKEN}"\n'
            f'  twilio_number: "{OUR_NUMBER}"\n'
            f'  api_base_url: "{fake_url}"\n')


def start_our_twilio_stack(model: Path, env: dict[str, str], rasa_port: int,
                           log_dir: Path) -> Stack:
    """Action server + Rasa server (our channel), as ``make run`` starts them."""
    from bot.storage import close_engines, open_store

    open_store(config.load(env))   # schema and development keys first, as the e2e tests do
    close_engines()
    return Stack(model=model, rasa_port=rasa_port, action_port=free_port(), staff_port=None,
                 log_dir=log_dir,
                 env=env).start()


class BuiltinRasaServer:
    """A second ``rasa run`` on the same model, endpoints and action server, with Rasa's
    Twilio channel (``bench.twilio_baseline``) instead of ours."""

    def __init__(self, model: Path, env: dict[str, str], action_port: int,
                 credentials: Path, log_path: Path):
        self.port = free_port()
        self.log_path = log_path
        self.arguments = [rasa_executable(), "run", "--model", str(model), "--endpoints",
                          "endpoints.yml", "--credentials", str(credentials), "--port",
                          str(self.port), "--interface", "127.0.0.1"]
        python_path = os.pathsep.join(filter(None, [str(PROJECT_ROOT),
                                                    os.environ.get("PYTHONPATH")]))
        self.env = {**os.environ, **env, "PYTHONPATH": python_path,
                    "INTAKE_ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
                    "INTAKE_LOCK_STORE": "in_memory", "INTAKE_REDIS_HOST": "127.0.0.1",
                    "INTAKE_REDIS_PORT": "6379"}
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> "BuiltinRasaServer":
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(self.arguments, cwd=PROJECT_ROOT, env=self.env,
                                            stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        url = f"http://127.0.0.1:{self.port}/"
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchSetupError(f"the built-in channel's Rasa server exited; "
                                      f"see {self.log_path}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.5)
        self.stop()
        raise BenchSetupError(f"the built-in channel's Rasa server did not answer at {url}; "
                              f"see {self.log_path}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@dataclass
class Channel:
    """One Rasa server's Twilio webhook under load; accumulates its rounds."""

    measurement: ChannelMeasurement
    webhook: Webhook
    pids: dict[str, int]      # "rasa", "actions" -> process id

    def run_round(self, fake, number: int, arguments: argparse.Namespace,
                  senders: Optional[int] = None, turns: Optional[int] = None) -> TwilioLoadResult:
        name = self.measurement.name
        phones = [phone_number(SIDE_DIGIT[name], number, index)
                  for index in range(senders or arguments.senders)]
        cpu_before = {process: tree_cpu_seconds(pid) for process, pid in self.pids.items()}
        load = run_twilio_load(self.webhook, fake, phones, turns or arguments.turns,
                               arguments.quiet, arguments.think)
        if number == WARM_UP_ROUND:
            return load
        for process, pid in self.pids.items():
            spent = tree_cpu_seconds(pid) - cpu_before[process]
            self.measurement.cpu_seconds[process] = (
                self.measurement.cpu_seconds.get(process, 0.0) + spent)
        self.measurement.load.add(load)
        say(f"[{name}] round {number}: {load.turns} turns in {load.wall_seconds:.1f} s, "
            f"{load.messages_out} messages sent, {len(load.errors)} failed")
        for error in load.errors[:MAX_ERRORS_SHOWN]:
            say(f"[{name}]   {error}")
        return load


def measure(model: Path, work_dir: Path, arguments: argparse.Namespace) -> list[ChannelMeasurement]:
    """Start the fake Twilio and both Rasa servers, warm up, then alternate rounds."""
    with contextlib.ExitStack() as stack:
        fake = start_stamped_fake_twilio()
        stack.callback(fake.stop)
        database_url = (stack.enter_context(postgres_schema(arguments.postgres))
                        if arguments.postgres else None)
        rasa_port = free_port()
        env = twilio_environment(work_dir, rasa_port, fake.base_url, database_url)
        log_dir = work_dir / "var" / "log"
        say(f"[{OURS}] starting the action server and the Rasa server with {model.name} ...")
        ours = start_our_twilio_stack(model, env, rasa_port, log_dir)
        stack.callback(ours.stop)
        action_pid = action_server_pid(ours)
        channels = [Channel(ChannelMeasurement(OURS), _webhook(rasa_port),
                            {"rasa": rasa_server_pid(ours), "actions": action_pid})]
        if not arguments.skip_baseline:
            credentials = work_dir / "credentials-builtin.yml"
            credentials.write_text(builtin_credentials(fake.base_url))
            say(f"[{BUILTIN}] starting a second Rasa server with Rasa's Twilio channel ...")
            builtin = BuiltinRasaServer(model, env, ours.action_port, credentials,
                                        log_dir / "rasa-builtin.log").start()
            stack.callback(builtin.stop)
            channels.append(Channel(ChannelMeasurement(BUILTIN), _webhook(builtin.port),
                                    {"rasa": builtin.process.pid, "actions": action_pid}))
        for channel in channels:
            say(f"[{channel.measurement.name}] warming up ...")
            warm = channel.run_round(fake, WARM_UP_ROUND, arguments, senders=2, turns=3)
            if not warm.turns:
                raise BenchSetupError(f"{channel.measurement.name}: no reply while warming "
                                      f"up ({'; '.join(warm.errors[:2])}); see {log_dir}")
        say(f"measuring: {arguments.rounds} round(s) of {arguments.senders} phones x "
            f"{arguments.turns} messages per channel ...")
        for number in range(1, arguments.rounds + 1):
            for channel in channels:
                channel.run_round(fake, number, arguments)
        return [channel.measurement for channel in channels]


def _webhook(port: int) -> Webhook:
    base = f"http://127.0.0.1:{port}"
    return Webhook(url=base + WEBHOOK_PATH, public_url=base, account_sid=ACCOUNT_SID,
                   auth_token=AUTH_TOKEN, our_number=OUR_NUMBER)


def command_line(argv: Sequence[str]) -> str:
    """The command as the reader would type it again."""
    arguments = shlex.join(argv[1:])
    if os.environ.get("MAKELEVEL"):
        return "make bench" + (f" TWILIO_BENCH_ARGS={shlex.quote(arguments)}"
                               if arguments else "")
    return ".venv/bin/python -m bench.twilio_load" + (f" {arguments}" if arguments else "")


def print_results(measurements: Sequence[ChannelMeasurement], arguments: argparse.Namespace,
                  argv: Sequence[str], load_before: Sequence[float]) -> None:
    print()
    print(f"command: {command_line(argv)}")
    for fact in machine_facts(load_before):
        print(fact)
    print(f"load: {arguments.senders} phones texting at once x {arguments.turns} messages "
          f"each, {arguments.rounds} round(s) per channel alternating, Twilio SMS webhook, "
          f"signed; a reply is complete after {arguments.quiet:g} s without a message, then "
          f"a random 0-{arguments.think:g} s pause; "
          f"database: {'PostgreSQL' if arguments.postgres else 'SQLite'}")
    print()
    print(channel_comparison_table(measurements))


def run(arguments: argparse.Namespace, argv: Sequence[str]) -> int:
    load_before = os.getloadavg()
    try:
        model = our_model(arguments)
    except BenchSetupError as error:
        say(f"bench: {error}")
        return 1
    measurements = measured_in_temp_dir(
        "intake-twilio-bench-", arguments.keep_temp,
        lambda work_dir: measure(model, work_dir, arguments),
        lambda done: any(m.load.errors for m in done))
    if measurements is None:
        return 1
    print_results(measurements, arguments, argv, load_before)
    broken = [m.name for m in measurements if m.load.turns == 0]
    if broken:
        say(f"bench: {', '.join(broken)}: no message got a reply; the figures mean nothing")
        return 1
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    return run(parse_arguments(argv[1:]), argv)


if __name__ == "__main__":
    sys.exit(main())
