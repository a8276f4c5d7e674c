"""Wrong: binds fake_fetch as a default argument when defining fetch_all, so a replaced fake_fetch is never called."""
import asyncio


async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"


async def fetch_all(jobs, fetch=None):
    fetch = fetch or _original
    names = [name for name, _ in jobs]
    results = await asyncio.gather(*(fetch(name, delay) for name, delay in jobs))
    return dict(zip(names, results))
_original = fake_fetch
