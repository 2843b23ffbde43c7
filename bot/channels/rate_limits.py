"""How many messages one sender (or one address) may send, per minute and per hour.

A flood, whether a script, a stuck phone or someone trying to fill a case with
noise, must not swamp the assistant or other applicants' turns. Counters are
fixed windows: in Redis when the deployment shares state between replicas
(``INTAKE_LOCK_STORE=redis``), else in this process's memory. Keys are HMACs of
the sender, never the phone number itself.

The first message over a limit gets one kind answer ("please wait a minute"),
later ones in the same window none (an SMS answer costs the applicant too).
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Callable, Sequence

from bot.storage.crypto import keyed_hash

KEY_PREFIX = "intake:rate:"


def counter_key(kind: str, value: str, secret: str) -> str:
    """``kind:<HMAC of value>``: Redis never holds a phone number or an address."""
    return f"{kind}:{keyed_hash(secret.encode('utf-8'), value)[:32]}"


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int


# A person typing answers sends a few messages a minute; these leave room for
# bursts (several quick corrections, a multi-part SMS) and stop floods.
PER_SENDER = (Limit(20, 60), Limit(200, 3600))
PER_ADDRESS = (Limit(60, 60), Limit(600, 3600))       # many patients behind one clinic Wi-Fi
UPLOADS_PER_SENDER = (Limit(10, 600), Limit(40, 86400))


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    first_refusal: bool = False     # this message is the one that crossed a limit


class RateLimiter:
    def __init__(self, redis_url: str = "", clock: Callable[[], float] = time.time):
        self._clock = clock
        self._redis = None
        if redis_url:
            import redis.asyncio as redis

            self._redis = redis.Redis.from_url(redis_url)
        self._memory: dict[str, tuple[int, float]] = {}
        self._lock = asyncio.Lock()

    async def hit(self, key: str, limits: Sequence[Limit]) -> Verdict:
        """Count one message against ``key``; say whether it may go through."""
        counts = [await self._count(f"{KEY_PREFIX}{key}:{limit.seconds}", limit.seconds)
                  for limit in limits]
        allowed = all(count <= limit.count for count, limit in zip(counts, limits))
        first = any(count == limit.count + 1 for count, limit in zip(counts, limits))
        return Verdict(allowed, first_refusal=not allowed and first)

    async def _count(self, key: str, seconds: int) -> int:
        window = int(self._clock() // seconds)
        if self._redis is not None:
            windowed = f"{key}:{window}"
            async with self._redis.pipeline(transaction=True) as pipe:
                count, _ = await pipe.incr(windowed).expire(windowed, seconds * 2).execute()
            return int(count)
        async with self._lock:
            count, seen_window = self._memory.get(key, (0, window))
            count = count + 1 if seen_window == window else 1
            self._memory[key] = (count, window)
            if len(self._memory) > 100_000:   # forget the quiet ones
                self._memory = {k: v for k, v in self._memory.items() if v[1] == window}
            return count

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.close()
