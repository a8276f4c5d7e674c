from decimal import Decimal

import pytest

from pricing import discount, line_total, order_total, shipping


def D(text):
    return Decimal(text)


def test_line_total_multiplies():
    assert line_total(D("2.50"), 4) == D("10.00")


def test_line_total_rounds_half_a_cent_up():
    assert line_total(D("0.125"), 1) == D("0.13")
    assert line_total(D("0.135"), 1) == D("0.14")


@pytest.mark.parametrize("quantity", [0, -1, True, 1.0, "2"])
def test_line_total_refuses_bad_quantities(quantity):
    with pytest.raises(ValueError):
        line_total(D("1.00"), quantity)


def test_line_total_refuses_a_negative_price():
    with pytest.raises(ValueError):
        line_total(D("-0.01"), 1)


def test_no_code_takes_nothing_off():
    assert discount(D("80.00"), None) == D("0.00")
    assert discount(D("80.00"), "") == D("0.00")


def test_save10_takes_ten_percent_off():
    assert discount(D("80.00"), "SAVE10") == D("8.00")


def test_codes_ignore_case_and_spaces():
    assert discount(D("80.00"), " save10 ") == D("8.00")
    assert discount(D("200.00"), "half") == D("100.00")


@pytest.mark.parametrize("subtotal, off", [("99.99", "0.00"), ("100.00", "50.00"), ("100.02", "50.01")])
def test_half_applies_from_100(subtotal, off):
    assert discount(D(subtotal), "HALF") == D(off)


def test_an_unknown_code_raises_value_error():
    with pytest.raises(ValueError):
        discount(D("10.00"), "FREE")


@pytest.mark.parametrize("amount, cost", [("49.99", "4.99"), ("50.00", "0.00"), ("50.01", "0.00")])
def test_shipping_is_free_from_50(amount, cost):
    assert shipping(D(amount)) == D(cost)


def test_order_total_sums_lines_and_adds_shipping():
    assert order_total([(D("10.00"), 2), (D("5.00"), 1)]) == D("29.99")


def test_shipping_is_decided_after_the_discount():
    # 50.00 before the discount, 45.00 after: shipping is due.
    assert order_total([(D("25.00"), 2)], "SAVE10") == D("49.99")
