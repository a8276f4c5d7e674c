"""Wrong: gathers with return_exceptions=True and returns the exception as a value."""
import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    names = [name for name, _ in jobs]
    results = await asyncio.gather(*(fake_fetch(name, delay) for name, delay in jobs), return_exceptions=True)
    return dict(zip(names, results))
