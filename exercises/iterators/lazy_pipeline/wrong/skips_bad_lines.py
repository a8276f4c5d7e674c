def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            name, amount = line.split(",")
            yield (name.strip(), int(amount))
        except ValueError:
            continue


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
