"""Wrong: every stage builds and returns a list. The results look right on
small inputs, but an endless source never finishes and a long one fills
memory."""


def read_records(lines):
    records = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, amount = line.split(",")
        records.append((name.strip(), int(amount)))
    return records


def large_only(records, threshold):
    return [record for record in records if record[1] > threshold]


def amounts(records):
    return [amount for _name, amount in records]


def running_total(numbers):
    totals = []
    total = 0
    for number in numbers:
        total += number
        totals.append(total)
    return totals
