"""Fetch many URLs at once with aiohttp, at most `limit` at a time."""

import asyncio

import aiohttp


async def _fetch(session, semaphore, url, timeout):
    async with semaphore:
        try:
            # The timeout starts here, once a slot is ours.
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=timeout)) as response:
                response.raise_for_status()
                return await response.text()
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            return error


async def fetch_all(urls, *, limit, timeout):
    """The body of each URL, or the exception that fetching it raised, in input order."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(_fetch(session, semaphore, url, timeout) for url in urls)))
