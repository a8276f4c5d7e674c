"""Wrong: checks the limit but never enforces it: asyncio.gather starts every
job at once."""

import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError(limit)
    return list(await asyncio.gather(*(factory() for factory in factories)))
