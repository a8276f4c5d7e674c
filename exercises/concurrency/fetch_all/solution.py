"""Reference solution for concurrency/fetch_all."""

import asyncio


async def fake_fetch(name, delay):
    """Wait delay seconds without blocking, then return f"{name}:done"."""
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    """Run fake_fetch for every (name, delay) concurrently; return {name: result} in input order."""
    names = [name for name, _ in jobs]
    # gather runs the coroutines as concurrent tasks and returns their results
    # in the order they were passed, whatever order they finish in.
    results = await asyncio.gather(*(fake_fetch(name, delay) for name, delay in jobs))
    return dict(zip(names, results))
