"""Wrong: yields the managers themselves instead of what their __enter__
returned. It looks right with files (whose __enter__ returns the file itself)
but not in general: `with m as v` binds v to m.__enter__(), not to m."""

import contextlib


@contextlib.contextmanager
def enter_all(managers):
    with contextlib.ExitStack() as stack:
        entered = []
        for manager in managers:
            stack.enter_context(manager)
            entered.append(manager)
        yield entered
