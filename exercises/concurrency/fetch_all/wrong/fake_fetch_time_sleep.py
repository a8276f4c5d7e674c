"""Wrong: fake_fetch uses time.sleep, which blocks the event loop."""
import asyncio


async def fake_fetch(name, delay):
    import time
    time.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    names = [name for name, _ in jobs]
    results = await asyncio.gather(*(fake_fetch(name, delay) for name, delay in jobs))
    return dict(zip(names, results))
