"""Invoice totals: each line is 'QUANTITY x UNIT_PRICE', e.g. '3 x 2.50'."""

import os
import sys
from decimal import Decimal


def parse_line(line):
    """'3 x 2.50' -> (3, Decimal('2.50'))."""
    try:
        qty, _, price = line.split()
    except:
        raise ValueError(f"bad line: {line!r}")
    return int(qty), Decimal(price)


def total(lines, discount=None):
    """The sum of quantity x price over the lines, less `discount` percent."""
    result = Decimal(0)
    for l in lines:
        qty, price = parse_line(l)
        result += qty * price
    if discount == None:
        return result
    return result - result * Decimal(discount) / 100
