"""Wrong: tests the raw line without stripping it, so a blank line "\n" or an
indented comment is treated as data (and names keep their spaces)."""


def read_records(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, amount = line.split(",")
        yield name, int(amount)


def large_only(records, threshold):
    for record in records:
        if record[1] > threshold:
            yield record


def amounts(records):
    return (amount for _name, amount in records)


def running_total(numbers):
    total = 0
    for number in numbers:
        total += number
        yield total
