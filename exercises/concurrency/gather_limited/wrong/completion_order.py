"""Wrong: `limit` worker tasks pull factories from a shared queue and append
each result as it arrives, so the results come in completion order."""

import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError(limit)
    queue = list(factories)
    queue.reverse()
    results = []

    async def worker():
        while queue:
            factory = queue.pop()
            results.append(await factory())

    workers = [asyncio.ensure_future(worker()) for _ in range(limit)]
    try:
        await asyncio.gather(*workers)
    finally:
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return results
