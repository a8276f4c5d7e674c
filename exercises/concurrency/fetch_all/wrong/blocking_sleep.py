"""Wrong: calls the blocking time.sleep inside the coroutine. It is still an
`async def`, and fetch_all uses gather, but time.sleep freezes the whole event
loop, so nothing else runs meanwhile and the jobs end up sequential."""

import asyncio
import time


async def fake_fetch(name, delay):
    time.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs):
    names = [name for name, _ in jobs]
    results = await asyncio.gather(*(fake_fetch(name, delay) for name, delay in jobs))
    return dict(zip(names, results))
