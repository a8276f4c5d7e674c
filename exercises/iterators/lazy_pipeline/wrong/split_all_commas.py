"""Wrong: indexes the fields of split(",") instead of unpacking them, so a
line with an extra comma ("e,1,2") is silently accepted, and a line with no
comma raises IndexError instead of ValueError."""


def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(",")
        yield parts[0].strip(), int(parts[1])


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
