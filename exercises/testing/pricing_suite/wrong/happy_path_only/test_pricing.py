from decimal import Decimal as D

from pricing import discount, line_total, order_total, shipping


def test_line_total():
    assert line_total(D("2.50"), 4) == D("10.00")
    assert line_total(D("0.125"), 1) == D("0.13")


def test_discounts():
    assert discount(D("80.00"), None) == D("0.00")
    assert discount(D("80.00"), "save10") == D("8.00")
    assert discount(D("100.00"), "HALF") == D("50.00")
    assert discount(D("99.99"), "HALF") == D("0.00")


def test_shipping():
    assert shipping(D("49.99")) == D("4.99")
    assert shipping(D("50.00")) == D("0.00")


def test_order_total():
    assert order_total([(D("25.00"), 2)], "SAVE10") == D("49.99")
