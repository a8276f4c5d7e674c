"""Wrong: wraps the whole loop of cleanups in a single try statement, so the
first cleanup that raises stops the loop and the older cleanups never run."""


def run_with_cleanups(body, cleanups):
    try:
        return body()
    finally:
        for cleanup in reversed(cleanups):
            cleanup()
