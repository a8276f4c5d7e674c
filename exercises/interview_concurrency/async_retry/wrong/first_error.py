"""Wrong: raises the first attempt's exception instead of the last one's."""

import asyncio


async def retry(factory, *, attempts=3, timeout=None, base_delay=0.1,
                retry_on=(Exception,), sleep=asyncio.sleep):
    """Await factory() up to `attempts` times, with a per-attempt timeout and exponential backoff."""
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, not {attempts!r}")
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be None or > 0, not {timeout!r}")
    first = None
    for attempt in range(attempts):
        try:
            if timeout is None:
                return await factory()
            # wait_for cancels the attempt on timeout and waits until it has
            # finished cancelling before raising asyncio.TimeoutError.
            return await asyncio.wait_for(factory(), timeout)
        except asyncio.CancelledError:
            raise  # our own task was cancelled: never a reason to retry
        except asyncio.TimeoutError:
            if attempt == attempts - 1:
                raise
        except retry_on as exc:
            first = first or exc
            if attempt == attempts - 1:
                raise first
        await sleep(base_delay * 2 ** attempt)
