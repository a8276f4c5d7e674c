"""Wrong: calls every factory up front and only limits the awaiting. At most
`limit` coroutines run at once, but every job has been started (the factory
called) before the first one finishes."""

import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError(limit)
    semaphore = asyncio.Semaphore(limit)
    coros = [factory() for factory in factories]

    async def run(coro):
        async with semaphore:
            return await coro

    tasks = [asyncio.ensure_future(run(c)) for c in coros]
    try:
        return list(await asyncio.gather(*tasks))
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
