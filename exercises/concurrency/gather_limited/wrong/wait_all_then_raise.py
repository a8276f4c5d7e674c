"""Wrong: "let everything finish, then report": return_exceptions=True waits for
every job, even after one has failed, before raising the first exception. The
caller waits for work whose result it will never use, and every factory runs."""

import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError(limit)
    semaphore = asyncio.Semaphore(limit)

    async def run(factory):
        async with semaphore:
            return await factory()

    results = await asyncio.gather(*(run(f) for f in factories), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return list(results)
