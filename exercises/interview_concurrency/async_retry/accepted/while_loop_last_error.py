"""Accepted: a while loop that remembers the last error; isinstance instead of except clauses."""

import asyncio


async def retry(factory, *, attempts=3, timeout=None, base_delay=0.1,
                retry_on=(Exception,), sleep=asyncio.sleep):
    if not isinstance(attempts, int) or attempts < 1:
        raise ValueError("attempts must be a positive int")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive")
    k = 0
    while True:
        awaitable = factory()
        try:
            if timeout is not None:
                awaitable = asyncio.wait_for(awaitable, timeout=timeout)
            return await awaitable
        except BaseException as exc:
            if isinstance(exc, asyncio.CancelledError):
                raise
            if not isinstance(exc, asyncio.TimeoutError) and not isinstance(exc, retry_on):
                raise
            last = exc
        if k + 1 >= attempts:
            raise last
        await sleep(base_delay * (2 ** k))
        k += 1
