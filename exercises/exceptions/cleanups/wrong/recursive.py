"""Wrong: builds the nested try/finally by recursion. The semantics are
right, but ten thousand cleanups exceed the recursion limit."""


def run_with_cleanups(body, cleanups):
    if not cleanups:
        return body()
    try:
        return run_with_cleanups(body, cleanups[1:])
    finally:
        cleanups[0]()
