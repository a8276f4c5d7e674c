"""Wrong: validates with `limit < 0`, so limit=0 is accepted and builds a
Semaphore(0) that no job can ever acquire: the call hangs forever."""

import asyncio


async def gather_limited(factories, limit):
    if limit < 0:
        raise ValueError(limit)
    factories = list(factories)
    results = [None] * len(factories)
    semaphore = asyncio.Semaphore(limit)
    failed = False

    async def run(index, factory):
        nonlocal failed
        async with semaphore:
            if failed:
                return
            try:
                results[index] = await factory()
            except BaseException:
                failed = True
                raise

    tasks = [asyncio.ensure_future(run(i, f)) for i, f in enumerate(factories)]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results
