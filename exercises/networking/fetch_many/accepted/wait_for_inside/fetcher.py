import asyncio

import aiohttp


async def fetch_all(urls, *, limit, timeout):
    if limit < 1:
        raise ValueError("limit < 1")
    gate = asyncio.Semaphore(limit)

    async with aiohttp.ClientSession(raise_for_status=True) as session:

        async def get(url):
            async with session.get(url) as response:
                return await response.text()

        async def limited(url):
            async with gate:
                return await asyncio.wait_for(get(url), timeout)

        outcomes = await asyncio.gather(*map(limited, urls), return_exceptions=True)
    for outcome in outcomes:
        if not isinstance(outcome, (str, aiohttp.ClientError, asyncio.TimeoutError)):
            raise outcome
    return outcomes
