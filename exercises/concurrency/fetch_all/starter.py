"""Fetch everything at once with asyncio: see `grader show concurrency/fetch_all`."""

import asyncio


async def fake_fetch(name, delay):
    """Wait delay seconds without blocking, then return f"{name}:done"."""
    raise NotImplementedError("write fake_fetch()")


async def fetch_all(jobs):
    """Run fake_fetch for every (name, delay) concurrently; return {name: result} in input order."""
    raise NotImplementedError("write fetch_all()")
