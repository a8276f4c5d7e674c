import operator


def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, amount = line.split(",")
        yield (name.strip(), int(amount))


def large_only(records, threshold):
    for record in records:
        if record[1] > threshold:
            yield record


def amounts(records):
    return map(operator.itemgetter(1), records)


def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total
