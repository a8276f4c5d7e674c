"""Wrong: awaits each fetch inside the loop, so the jobs run one after another
(the total time is the sum of the delays, not the longest one)."""

import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    results = {}
    for name, delay in jobs:
        results[name] = await fake_fetch(name, delay)
    return results
