"""fetch_all with one task per job, awaited in input order."""
import asyncio
import sys


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return "%s:done" % name


async def fetch_all(jobs):
    module = sys.modules[__name__]
    tasks = {}
    for name, delay in jobs:
        tasks[name] = asyncio.ensure_future(module.fake_fetch(name, delay))
    try:
        return {name: await task for name, task in tasks.items()}
    finally:
        for task in tasks.values():
            task.cancel()
