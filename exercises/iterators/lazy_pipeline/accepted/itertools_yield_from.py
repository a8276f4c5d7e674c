import itertools


def read_records(lines):
    for raw in lines:
        text = raw.strip()
        if text == "" or text[0] == "#":
            continue
        name, sep, amount = text.partition(",")
        if not sep or "," in amount:
            raise ValueError("expected 'name,amount', got %r" % text)
        yield name.strip(), int(amount)


def large_only(records, threshold):
    yield from filter(lambda r: r[1] > threshold, records)


def amounts(records):
    return (r[1] for r in records)


def running_total(numbers):
    yield from itertools.accumulate(numbers)
