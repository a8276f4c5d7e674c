"""Wrong: awaits each fetch before starting the next, so the delays add up."""
import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    names = [name for name, _ in jobs]
    results = [await fake_fetch(name, delay) for name, delay in jobs]
    return dict(zip(names, results))
