"""An async retry with a timeout and backoff: see `grader show interview_concurrency/async_retry`."""

import asyncio


async def retry(factory, *, attempts=3, timeout=None, base_delay=0.1,
                retry_on=(Exception,), sleep=asyncio.sleep):
    raise NotImplementedError("write retry()")
