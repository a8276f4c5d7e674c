"""Reference solution for iterators/lazy_pipeline."""


def read_records(lines):
    """Yield (name, amount) for every data line; skip blanks and comments."""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, amount = line.split(",")
        yield name.strip(), int(amount)


def large_only(records, threshold):
    """Yield the records whose amount is greater than threshold."""
    for record in records:
        if record[1] > threshold:
            yield record


def amounts(records):
    """Return a generator expression over the amounts of records."""
    return (amount for _name, amount in records)


def running_total(numbers):
    """Yield the cumulative sums of numbers."""
    total = 0
    for number in numbers:
        total += number
        yield total
