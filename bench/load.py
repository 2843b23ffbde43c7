"""Simulated applicants talking to a Rasa REST channel at the same time.

Each sender plays one scripted conversation, one turn after another (a person
waits for the reply before typing again), and every sender runs concurrently,
so ``senders`` is the number of conversations in flight. A turn's latency is the
time from sending the request to having read the whole response body.
"""
from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from dataclasses import dataclass, field
from typing import Sequence

import aiohttp

REQUEST_TIMEOUT_SECONDS = 120

# What an applicant might type, in the interview's order: greeting, consent, "safe
# to message?", who is writing, names, dates, places, a numbered pick ("1", as on
# SMS), then skips, "I don't know" and free text. Where the engine asks something
# else (a re-ask of an answer it cannot read), the turn is still a realistic one.
INTAKE_SCRIPT: tuple[str, ...] = (
    "hello",
    "yes",
    "yes",
    "I am the patient",
    "Maria Lopez",
    "12/03/1980",
    "Honduras",
    "San Pedro Sula, Honduras",
    "1",
    "skip",
    "I don't know",
    "my kidneys are failing",
    "two weeks ago",
    "no",
    "my sister in Houston",
    "about 5000 dollars",
)

# The same length of conversation for `rasa init`'s mood bot, chosen so that every
# turn gets a reply (greet, moods, affirm/deny, bot challenge), as ours always does.
BARE_SCRIPT: tuple[str, ...] = (
    "hello",
    "I am sad",
    "yes",
    "are you a bot?",
    "hi",
    "not good",
    "goodbye",
    "hey",
    "I am great",
    "are you a human?",
    "good morning",
    "bye",
)


def conversation(script: Sequence[str], turns: int) -> list[str]:
    """The first ``turns`` messages of ``script``, starting over when it runs out."""
    return list(itertools.islice(itertools.cycle(script), turns))


@dataclass
class LoadResult:
    """Every turn's latency in seconds, the wall time of the whole load, and failures."""

    latencies: list[float] = field(default_factory=list)
    by_position: dict[int, list[float]] = field(default_factory=dict)
    wall_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    empty_replies: int = 0

    @property
    def turns(self) -> int:
        return len(self.latencies)

    @property
    def throughput(self) -> float:
        """Completed turns per second over the whole load."""
        return self.turns / self.wall_seconds if self.wall_seconds else 0.0

    def add(self, other: "LoadResult") -> None:
        """Pool another round of the same load into this one."""
        self.latencies.extend(other.latencies)
        for position, values in other.by_position.items():
            self.by_position.setdefault(position, []).extend(values)
        self.wall_seconds += other.wall_seconds
        self.errors.extend(other.errors)
        self.empty_replies += other.empty_replies


async def _send(session: aiohttp.ClientSession, url: str, sender: str, position: int,
                text: str, result: LoadResult) -> None:
    started = time.perf_counter()
    try:
        async with session.post(url, json={"sender": sender, "message": text}) as response:
            body = await response.json(content_type=None)
            elapsed = time.perf_counter() - started
            if response.status != 200:
                result.errors.append(f"{sender}: HTTP {response.status} for {text!r}")
                return
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
        result.errors.append(f"{sender}: {type(error).__name__} {error} for {text!r}")
        return
    result.latencies.append(elapsed)
    result.by_position.setdefault(position, []).append(elapsed)
    if not body:
        result.empty_replies += 1


async def _applicant(session: aiohttp.ClientSession, url: str, messages: Sequence[str],
                     result: LoadResult, prefix: str) -> None:
    sender = f"{prefix}-{uuid.uuid4().hex[:12]}"
    for position, text in enumerate(messages):
        await _send(session, url, sender, position, text, result)


async def _run(url: str, script: Sequence[str], senders: int, turns: int,
               prefix: str) -> LoadResult:
    result = LoadResult()
    messages = conversation(script, turns)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    # One connection per sender, as separate phones/browsers would have.
    connector = aiohttp.TCPConnector(limit=senders)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(_applicant(session, url, messages, result, prefix)
                               for _ in range(senders)))
        result.wall_seconds = time.perf_counter() - started
    return result


def run_load(url: str, script: Sequence[str], senders: int, turns: int,
             prefix: str = "bench") -> LoadResult:
    """Play ``senders`` conversations of ``turns`` messages at once against ``url``."""
    return asyncio.run(_run(url, script, senders, turns, prefix))


def warm_up(url: str, script: Sequence[str], turns: int = 4, senders: int = 2) -> LoadResult:
    """A few unmeasured turns, so the first inferences (graph building) are not counted."""
    return run_load(url, script, senders, turns, prefix="warmup")
