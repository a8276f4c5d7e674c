"""Wrong: uses asyncio.wait on a list of tasks, which raises ValueError when the
list is empty, so fetch_all([]) fails instead of returning {}."""

import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    tasks = {name: asyncio.ensure_future(fake_fetch(name, delay)) for name, delay in jobs}
    await asyncio.wait(list(tasks.values()))
    return {name: task.result() for name, task in tasks.items()}
