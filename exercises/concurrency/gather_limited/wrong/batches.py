"""Wrong: runs the jobs in batches of `limit` with gather, so a freed slot waits for the whole batch."""
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    for start in range(0, len(factories), limit):
        batch = [asyncio.ensure_future(f()) for f in factories[start:start + limit]]
        try:
            results += await asyncio.gather(*batch)
        except BaseException:
            for t in batch:
                t.cancel()
            await asyncio.gather(*batch, return_exceptions=True)
            raise
    return results
