"""Fixed-window rate limits, in memory and in a real Redis: a limit is hit, told
once, and recovered from when the window passes."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from bot.channels.rate_limits import Limit, RateLimiter, counter_key

REDIS_URL = "redis://127.0.0.1:6379/0"


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["memory", "redis"])
def limiter_and_clock(request):
    clock = Clock()
    limiter = RateLimiter(REDIS_URL if request.param == "redis" else "", clock=clock)
    yield limiter, clock
    asyncio.run(limiter.close())


def test_a_limit_is_hit_told_once_and_recovered_from(limiter_and_clock):
    limiter, clock = limiter_and_clock
    key = f"test:{uuid.uuid4().hex}"     # fresh keys: Redis outlives the test
    limits = (Limit(3, 60), Limit(9, 3600))

    async def scenario():
        verdicts = [await limiter.hit(key, limits) for _ in range(5)]
        assert [v.allowed for v in verdicts] == [True, True, True, False, False]
        assert [v.first_refusal for v in verdicts] == [False, False, False, True, False]
        clock.now += 60                                  # the next minute
        again = [await limiter.hit(key, limits) for _ in range(4)]
        assert [v.allowed for v in again] == [True, True, True, False]
        # Refused messages count too: a flood stays refused for the hour.
        clock.now += 60
        last = [await limiter.hit(key, limits) for _ in range(2)]
        assert [v.allowed for v in last] == [False, False]    # 10 and 11 of 9 an hour
        assert [v.first_refusal for v in last] == [True, False]
        clock.now += 3600
        assert (await limiter.hit(key, limits)).allowed
        other = await limiter.hit(key + ":other", limits)
        assert other.allowed                             # keys do not share counts

    asyncio.run(scenario())


def test_counter_keys_hold_no_phone_number():
    key = counter_key("sms", "+15005550100", "secret")
    assert key.startswith("sms:") and "5550100" not in key
    assert key == counter_key("sms", "+15005550100", "secret")
    assert key != counter_key("sms", "+15005550100", "other secret")
