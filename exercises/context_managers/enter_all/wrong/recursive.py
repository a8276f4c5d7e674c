"""Wrong: builds the nesting by recursion (one generator level per manager),
which is elegant but hits the recursion limit with thousands of managers."""

import contextlib


@contextlib.contextmanager
def enter_all(managers):
    it = iter(managers)
    for manager in it:
        with manager as value:
            with enter_all(it) as rest:
                yield [value] + rest
        return
    yield []
