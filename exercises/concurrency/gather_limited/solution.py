"""Reference solution for concurrency/gather_limited."""

import asyncio


async def gather_limited(factories, limit):
    """Await factory() for every factory, at most `limit` at a time; return the results in input order."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit!r}")
    factories = list(factories)
    results = [None] * len(factories)
    semaphore = asyncio.Semaphore(limit)
    failed = False

    async def run(index, factory):
        nonlocal failed
        async with semaphore:
            if failed:  # got a slot after a failure: start nothing new
                return
            try:
                # The factory is called only now, with a slot held.
                results[index] = await factory()
            except BaseException:
                # Set before the slot is released, so no waiting wrapper
                # starts another job in the gap before we cancel it.
                failed = True
                raise

    tasks = [asyncio.ensure_future(run(i, f)) for i, f in enumerate(factories)]
    try:
        await asyncio.gather(*tasks)
    finally:
        # On failure or cancellation gather leaves the other tasks running:
        # cancel them all, and wait until they have finished cancelling.
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results
