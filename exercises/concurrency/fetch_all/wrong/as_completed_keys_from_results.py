# Wrong (keys in input order): as_completed fills the dict in the order the jobs finish, and takes each key from the result text, not from the job's name.
import asyncio

async def fake_fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:done"

async def fetch_all(jobs):
    out = {}
    for coro in asyncio.as_completed([fake_fetch(n, d) for n, d in jobs]):
        r = await coro
        out[r.rsplit(":", 1)[0]] = r
    return out
