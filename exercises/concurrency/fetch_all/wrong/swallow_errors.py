"""Wrong: gather(..., return_exceptions=True) turns a failed fetch into a value
in the dict instead of raising it, so the caller never learns it failed."""

import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    names = [name for name, _ in jobs]
    results = await asyncio.gather(
        *(fake_fetch(name, delay) for name, delay in jobs), return_exceptions=True
    )
    return dict(zip(names, results))
