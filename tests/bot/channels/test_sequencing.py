from __future__ import annotations

import asyncio

import pytest

from bot.channels.sequencing import SenderQueues


@pytest.mark.asyncio
async def test_one_senders_turns_run_in_arrival_order_and_others_run_alongside():
    queues = SenderQueues()
    order: list[str] = []

    async def turn(sender: str, name: str, pause: float) -> None:
        async with queues.turn(sender):
            order.append(f"start {name}")
            await asyncio.sleep(pause)
            order.append(f"end {name}")

    await asyncio.gather(turn("a", "a1", 0.05), turn("a", "a2", 0.0), turn("b", "b1", 0.01))
    assert order.index("end a1") < order.index("start a2")
    assert order.index("start b1") < order.index("end a1")
    assert len(queues) == 0
