def read_records(lines):
    """Yield (name, amount) for every data line; skip blanks and comments."""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(",")
        if len(parts) != 2:
            raise ValueError(f"malformed line: {line!r}")
        name, amount = parts
        yield (name.strip(), int(amount))


def large_only(records, threshold):
    for record in records:
        if record[1] > threshold:
            yield record


def amounts(records):
    return (amount for _, amount in records)


def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total
