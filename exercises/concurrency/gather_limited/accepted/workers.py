"""gather_limited with `limit` worker tasks pulling the next factory by index."""
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    factories = list(factories)
    results = [None] * len(factories)
    next_index = 0
    failed = False

    async def worker():
        nonlocal next_index
        while not failed and next_index < len(factories):
            i = next_index
            next_index += 1
            results[i] = await factories[i]()

    workers = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(factories)))]
    try:
        for fut in asyncio.as_completed(workers):
            await fut
    except BaseException:
        failed = True
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        raise
    return results
