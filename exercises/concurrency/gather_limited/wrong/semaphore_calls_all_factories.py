"""Wrong: calls every factory up front and only limits the awaiting with a Semaphore."""
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    sem = asyncio.Semaphore(limit)

    async def run(coro):
        async with sem:
            return await coro

    tasks = [asyncio.ensure_future(run(f())) for f in factories]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
