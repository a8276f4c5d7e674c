import asyncio

import aiohttp


async def fetch_all(urls, *, limit, timeout):
    if limit == 0:
        raise ValueError("limit must be at least 1")
    urls = list(urls)
    if not urls:
        return []
    sem = asyncio.Semaphore(limit)

    async def one(session, url):
        async with sem:
            try:
                return await asyncio.wait_for(_get(session, url), timeout)
            except asyncio.TimeoutError as e:
                return e
            except aiohttp.ClientError as e:
                return e

    async def _get(session, url):
        async with session.get(url) as resp:
            resp.raise_for_status()
            return await resp.text()

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(one(session, u) for u in urls)))
