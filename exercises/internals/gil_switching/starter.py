"""What the GIL does to threads: see `grader show internals/gil_switching`."""


def switch_interval(seconds):
    raise NotImplementedError("write switch_interval")


def thread_log(n_threads, steps, interval):
    raise NotImplementedError("write thread_log")


def max_sleeping(n_threads, seconds):
    raise NotImplementedError("write max_sleeping")
