def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, amount = line.split(",")
        yield (name.strip(), int(amount))


def large_only(records, threshold):
    for name, amount in records:
        if amount > threshold:
            yield (name, amount)


def amounts(records):
    return (amount for _, amount in records)


def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total
