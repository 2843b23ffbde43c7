"""Where one turn's time goes, measured in process with no server and no load:
Rasa's NLU (``Agent.parse_message``) for our model and, for comparison, the bare
assistant's; Rasa's check of an action server response (once per custom action
call; the bare assistant makes none); then our interview engine with its database
(``Interview.handle``), fed the intents our NLU gave. What a REST turn costs beyond
these is Rasa's dialogue step, tracker store and HTTP round trip to the action server.

    .venv/bin/python -m bench.turn_profile --our-model models/intake-....tar.gz \
        [--bare-model /tmp/.../models/....tar.gz] [--repeat 20] [--cprofile]
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import logging
import os
import pstats
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from typing import Optional, Sequence

from .load import BARE_SCRIPT, INTAKE_SCRIPT
from .report import percentile
from .servers import QUIET_ENVIRONMENT


def _milliseconds(samples: Sequence[float]) -> str:
    return (f"p50 {percentile(samples, 0.5) * 1000:6.1f} ms, "
            f"p95 {percentile(samples, 0.95) * 1000:6.1f} ms")


def time_nlu(model: Path, messages: Sequence[str], repeat: int) -> tuple[list[float], list[dict]]:
    """Seconds per ``parse_message`` call, and the last parse of each message."""
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    loop = asyncio.new_event_loop()
    try:
        for text in messages[:3]:   # warm-up: the first inference builds the graph
            loop.run_until_complete(agent.parse_message(text))
        samples: list[float] = []
        parses: list[dict] = []
        for _ in range(repeat):
            parses = []
            for text in messages:
                started = time.perf_counter()
                parses.append(loop.run_until_complete(agent.parse_message(text)))
                samples.append(time.perf_counter() - started)
        return samples, parses
    finally:
        loop.close()


def time_action_response_check(repeat: int) -> tuple[list[float], list[float]]:
    """Seconds Rasa spends checking one action server response, as Rasa 3.6 does it
    (``jsonschema.validate``, which first checks the schema itself against the JSON
    Schema meta-schema, on every call), and with the schema checked once."""
    from jsonschema import validate
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    response = {"events": [{"event": "slot", "timestamp": None, "name": "language",
                            "value": "en"}],
                "responses": [{"text": "What is the patient's date of birth?"}]}
    validator = validator_for(schema)(schema)
    as_rasa_does, checked_once = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        validate(response, schema)
        as_rasa_does.append(time.perf_counter() - started)
        started = time.perf_counter()
        validator.validate(response)
        checked_once.append(time.perf_counter() - started)
    return as_rasa_does, checked_once


def time_engine(parses: Sequence[dict], repeat: int,
                profiler: Optional[cProfile.Profile]) -> list[float]:
    """Seconds per ``Interview.handle`` on a fresh SQLite database, one conversation
    per repetition, with the intents and confidences the NLU produced."""
    from bot import config
    from bot.interview.engine import Interview, Turn
    from bot.storage import open_store

    with tempfile.TemporaryDirectory(prefix="intake-profile-") as var_dir:
        settings = config.load({"INTAKE_VAR_DIR": var_dir,
                                "INTAKE_DATABASE_URL": f"sqlite:///{var_dir}/intake.sqlite3"})
        interview = Interview(open_store(settings), resume_after=dt.timedelta(minutes=60))
        samples: list[float] = []
        for _ in range(repeat):
            sender = f"profile-{uuid.uuid4().hex[:12]}"
            for parse in parses:
                intent = parse.get("intent") or {}
                turn = Turn(sender_id=sender, text=parse["text"], intent=intent.get("name"),
                            confidence=float(intent.get("confidence") or 0.0))
                if profiler:
                    profiler.enable()
                started = time.perf_counter()
                interview.handle(turn)
                samples.append(time.perf_counter() - started)
                if profiler:
                    profiler.disable()
        return samples


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.turn_profile", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--our-model", type=Path, required=True)
    parser.add_argument("--bare-model", type=Path, default=None)
    parser.add_argument("--turns", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cprofile", action="store_true",
                        help="print where the engine's time goes, by function")
    arguments = parser.parse_args(argv)
    for name, value in QUIET_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    warnings.simplefilter("ignore")   # TensorFlow's and matplotlib's import-time noise
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    warnings.simplefilter("ignore")   # again: Rasa's set-up resets the filters

    ours = list(INTAKE_SCRIPT[:arguments.turns])
    samples, parses = time_nlu(arguments.our_model, ours, arguments.repeat)
    print(f"NLU, our model ({len(ours)} messages x {arguments.repeat}): {_milliseconds(samples)}")
    for parse in parses:
        intent = parse.get("intent") or {}
        print(f"    {parse['text']!r:40} -> {intent.get('name')} "
              f"({float(intent.get('confidence') or 0):.2f})")
    if arguments.bare_model:
        bare_samples, _ = time_nlu(arguments.bare_model, list(BARE_SCRIPT[:arguments.turns]),
                                   arguments.repeat)
        print(f"NLU, bare model: {_milliseconds(bare_samples)}")
    as_rasa_does, checked_once = time_action_response_check(arguments.repeat * 10)
    print(f"Rasa's check of one action server response: {_milliseconds(as_rasa_does)}; "
          f"with the schema checked once: {_milliseconds(checked_once)}")
    profiler = cProfile.Profile() if arguments.cprofile else None
    engine = time_engine(parses, arguments.repeat, profiler)
    print(f"interview engine + SQLite, per turn: {_milliseconds(engine)}")
    if profiler:
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
