"""Wrong: collects results with asyncio.as_completed, so the dict's keys come
in the order the jobs finished, not in the input order."""

import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    async def named(name, delay):
        return name, await fake_fetch(name, delay)

    results = {}
    for next_done in asyncio.as_completed([named(n, d) for n, d in jobs]):
        name, result = await next_done
        results[name] = result
    return results
