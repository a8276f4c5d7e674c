"""A lazy generator pipeline: see `grader show iterators/lazy_pipeline`."""


def read_records(lines):
    """Yield (name, amount) for every data line; skip blanks and comments."""
    raise NotImplementedError("write read_records()")


def large_only(records, threshold):
    """Yield the records whose amount is greater than threshold."""
    raise NotImplementedError("write large_only()")


def amounts(records):
    """Return a generator expression over the amounts of records."""
    raise NotImplementedError("write amounts()")


def running_total(numbers):
    """Yield the cumulative sums of numbers."""
    raise NotImplementedError("write running_total()")
