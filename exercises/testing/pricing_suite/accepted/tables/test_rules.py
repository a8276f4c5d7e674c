from decimal import Decimal as D

import pytest

from pricing import discount, line_total, order_total, shipping

LINES = [
    ((D("1.00"), 1), D("1.00")),
    ((D("0.125"), 1), D("0.13")),
    ((D("19.99"), 3), D("59.97")),
]
BAD_LINES = [
    (D("1.00"), 0),
    (D("1.00"), -2),
    (D("-1.00"), 1),
    (D("1.00"), True),
    (D("1.00"), 2.0),
    (D("1.00"), "3"),
]
DISCOUNTS = [
    (D("60.00"), None, D("0.00")),
    (D("60.00"), "", D("0.00")),
    (D("60.00"), "SAVE10", D("6.00")),
    (D("60.00"), "Save10", D("6.00")),
    (D("60.00"), "  SAVE10 ", D("6.00")),
    (D("100.00"), "HALF", D("50.00")),
    (D("99.99"), "HALF", D("0.00")),
]
SHIPPING = [(D("0.00"), D("4.99")), (D("49.99"), D("4.99")), (D("50.00"), D("0.00"))]


@pytest.mark.parametrize("args, expected", LINES)
def test_line_total(args, expected):
    assert line_total(*args) == expected


@pytest.mark.parametrize("args", BAD_LINES)
def test_bad_lines(args):
    with pytest.raises(ValueError):
        line_total(*args)


@pytest.mark.parametrize("subtotal, code, expected", DISCOUNTS)
def test_discount(subtotal, code, expected):
    assert discount(subtotal, code) == expected


def test_unknown_code():
    with pytest.raises(ValueError):
        discount(D("60.00"), "NOPE")


@pytest.mark.parametrize("amount, expected", SHIPPING)
def test_shipping(amount, expected):
    assert shipping(amount) == expected


def test_order_total_with_and_without_code():
    assert order_total([(D("30.00"), 2)]) == D("60.00")
    assert order_total([(D("30.00"), 2)], "HALF") == D("60.00")
    assert order_total([(D("27.50"), 2)], "SAVE10") == D("49.50") + D("4.99")
