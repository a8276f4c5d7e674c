"""Wrong: a careful asyncio.wait loop whose cleanup is in `except Exception:`.
Since Python 3.8 CancelledError is a BaseException, not an Exception, so when
the caller cancels gather_limited the jobs are left running."""

import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError(limit)
    factories = list(factories)
    results = [None] * len(factories)
    running = {}  # task -> index
    next_index = 0
    try:
        while next_index < len(factories) or running:
            while next_index < len(factories) and len(running) < limit:
                task = asyncio.ensure_future(factories[next_index]())
                running[task] = next_index
                next_index += 1
            done, _ = await asyncio.wait(set(running), return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[running.pop(task)] = task.result()
    except Exception:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        raise
    return results
