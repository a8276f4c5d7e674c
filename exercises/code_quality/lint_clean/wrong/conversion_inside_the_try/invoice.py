"""Invoice totals: each line is 'QUANTITY x UNIT_PRICE', e.g. '3 x 2.50'."""

from decimal import Decimal


def parse_line(line):
    """'3 x 2.50' -> (3, Decimal('2.50'))."""
    try:
        qty, _, price = line.split()
        return int(qty), Decimal(price)
    except ValueError as err:
        raise ValueError(f"bad line: {line!r}") from err


def total(lines, discount=None):
    """The sum of quantity x price over the lines, less `discount` percent."""
    result = Decimal(0)
    for line in lines:
        qty, price = parse_line(line)
        result += qty * price
    if discount is None:
        return result
    return result - result * Decimal(discount) / 100
