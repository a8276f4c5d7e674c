"""Wrong: lets the other jobs run on after one fails."""
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
                results[index] = task.result()  # raises the job's exception
            while len(pending) < limit and start_next():
                pass
    except BaseException:
        if pending:
            await asyncio.wait(pending)
        raise
    return [results[i] for i in range(total)]
