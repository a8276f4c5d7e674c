"""Wrong: collects results of finished tasks first and keeps starting factories after a failure."""
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError(f"limit must be >= 1, got {limit}")
    results = {}
    pending = {}
    todo = iter(enumerate(factories))
    total = 0

    def start_next():
        nonlocal total
        for index, factory in todo:
            task = asyncio.ensure_future(factory())
            pending[task] = index
            total += 1
            return True
        return False

    try:
        while len(pending) < limit and start_next():
            pass
        while pending:
            done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                index = pending.pop(task)
                if task.exception() is None:
                    results[index] = task.result()
                else:
                    error = task.exception()
                    while start_next():
                        pass
                    raise error
            while len(pending) < limit and start_next():
                pass
    except BaseException:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)
        raise
    return [results[i] for i in range(total)]
