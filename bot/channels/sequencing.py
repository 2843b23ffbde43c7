"""Turns of one sender run one after another, in arrival order; senders run in parallel.

Twilio may deliver two messages of one person within milliseconds; answering the
second before the first would scramble the interview. ``asyncio.Lock`` wakes
waiters in the order they queued, and a sender's lock is dropped when idle.
"""
from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from typing import AsyncIterator


class SenderQueues:
    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._waiting: dict[str, int] = {}

    @asynccontextmanager
    async def turn(self, sender: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(sender, asyncio.Lock())
        self._waiting[sender] = self._waiting.get(sender, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._waiting[sender] -= 1
            if not self._waiting[sender]:
                del self._waiting[sender]
                del self._locks[sender]

    def __len__(self) -> int:
        return len(self._locks)
