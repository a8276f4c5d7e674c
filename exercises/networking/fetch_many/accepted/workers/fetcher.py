import asyncio

import aiohttp


async def fetch_all(urls, *, limit, timeout):
    if limit < 1:
        raise ValueError(limit)
    results = [None] * len(urls)
    queue = asyncio.Queue()
    for index, url in enumerate(urls):
        queue.put_nowait((index, url))

    async def worker(session):
        while not queue.empty():
            index, url = queue.get_nowait()
            try:
                response = await session.get(url, timeout=aiohttp.ClientTimeout(total=timeout))
                async with response:
                    if response.status >= 400:
                        response.raise_for_status()
                    results[index] = await response.text()
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                results[index] = error

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(worker(session) for _ in range(min(limit, len(urls)))))
    return results
