"""Wrong: cancels the other tasks on failure but does not wait for them, so
they have not finished cancelling (their finally blocks have not run) when the
exception reaches the caller, and a waiting task can still start a new job."""

import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError(limit)
    semaphore = asyncio.Semaphore(limit)

    async def run(factory):
        async with semaphore:
            return await factory()

    tasks = [asyncio.ensure_future(run(f)) for f in factories]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        raise
