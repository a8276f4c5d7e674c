"""Wrong: a semaphore-limited gather that does nothing when a job fails.
gather raises the first exception but leaves the other tasks running, so
they keep going, and waiting ones keep calling their factories."""

import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError(limit)
    semaphore = asyncio.Semaphore(limit)

    async def run(factory):
        async with semaphore:
            return await factory()

    return list(await asyncio.gather(*(run(f) for f in factories)))
