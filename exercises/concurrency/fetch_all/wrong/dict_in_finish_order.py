"""Wrong: builds the dict in completion order with as_completed."""
import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    out = {}
    async def one(name, delay):
        out[name] = await fake_fetch(name, delay)
    await asyncio.gather(*(one(n, d) for n, d in jobs))
    return out
