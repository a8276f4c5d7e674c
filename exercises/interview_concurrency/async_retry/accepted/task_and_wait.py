"""Accepted: each attempt is a task; asyncio.wait with a timeout, then cancel and await it."""

import asyncio
import contextlib


async def _run_once(factory, timeout):
    task = asyncio.ensure_future(factory())
    try:
        done, _ = await asyncio.wait({task}, timeout=timeout)
    except asyncio.CancelledError:
        task.cancel()
        with contextlib.suppress(BaseException):
            await task
        raise
    if task in done:
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task  # let it finish cancelling: its finally blocks run now
    raise asyncio.TimeoutError()


async def retry(factory, *, attempts=3, timeout=None, base_delay=0.1,
                retry_on=(Exception,), sleep=asyncio.sleep):
    if attempts < 1:
        raise ValueError("attempts")
    if timeout is not None and not timeout > 0:
        raise ValueError("timeout")
    if not isinstance(retry_on, tuple):
        retry_on = (retry_on,)
    delays = [base_delay * 2 ** k for k in range(attempts - 1)] + [None]
    for delay in delays:
        try:
            return await _run_once(factory, timeout)
        except asyncio.CancelledError:
            raise
        except (asyncio.TimeoutError,) + retry_on:
            if delay is None:
                raise
        await sleep(delay)
