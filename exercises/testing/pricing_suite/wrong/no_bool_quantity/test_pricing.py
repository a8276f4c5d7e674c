"""Misses "a bool is not a quantity": it tests 0, -1, 1.0, "2" and None, never True."""

from decimal import Decimal as D
import pytest
from pricing import line_total, discount, shipping, order_total

def test_line_total_basic():
    assert line_total(D("2.50"), 3) == D("7.50")

def test_line_total_half_up():
    assert line_total(D("0.125"), 1) == D("0.13")
    assert line_total(D("0.0625"), 2) == D("0.13")
    assert line_total(D("0.124"), 1) == D("0.12")

def test_line_total_zero_price_ok():
    assert line_total(D("0"), 1) == D("0.00")

def test_line_total_qty_one_ok():
    assert line_total(D("3.00"), 1) == D("3.00")

@pytest.mark.parametrize("q", [0, -1, 1.0, "2", None])
def test_line_total_bad_qty(q):
    with pytest.raises(ValueError):
        line_total(D("1.00"), q)

def test_line_total_negative_price():
    with pytest.raises(ValueError):
        line_total(D("-0.01"), 1)

def test_discount_none_empty():
    assert discount(D("200.00"), None) == D("0.00")
    assert discount(D("200.00"), "") == D("0.00")

def test_discount_save10():
    assert discount(D("80.00"), "SAVE10") == D("8.00")
    assert discount(D("1.25"), "SAVE10") == D("0.13")
    assert discount(D("1.24"), "SAVE10") == D("0.12")

def test_discount_case_and_spaces():
    assert discount(D("80.00"), "  save10 ") == D("8.00")
    assert discount(D("100.00"), " Half") == D("50.00")

def test_discount_half_threshold():
    assert discount(D("100.00"), "HALF") == D("50.00")
    assert discount(D("99.99"), "HALF") == D("0.00")
    assert discount(D("100.01"), "HALF") == D("50.01")

@pytest.mark.parametrize("code", ["SAVE20", "bogus", "SAVE 10"])
def test_discount_unknown(code):
    with pytest.raises(ValueError):
        discount(D("100.00"), code)

def test_shipping():
    assert shipping(D("49.99")) == D("4.99")
    assert shipping(D("50.00")) == D("0.00")
    assert shipping(D("0.00")) == D("4.99")
    assert shipping(D("500")) == D("0.00")

def test_order_total_simple():
    assert order_total([(D("10.00"), 2), (D("5.00"), 1)]) == D("29.99")
    assert order_total([(D("25.00"), 2)]) == D("50.00")

def test_order_total_rounds_each_line():
    # 3 lines of 0.125 -> 0.13 each = 0.39, not round(0.375)=0.38
    assert order_total([(D("0.125"), 1)] * 3) == D("0.39") + D("4.99")

def test_order_total_shipping_after_discount():
    # 55 - 5.50 = 49.50 -> shipping applies
    assert order_total([(D("55.00"), 1)], "SAVE10") == D("54.49")
    # 120 HALF -> 60 no shipping
    assert order_total([(D("60.00"), 2)], "half") == D("60.00")

def test_order_total_empty():
    assert order_total([]) == D("4.99")

def test_order_total_generator():
    assert order_total(((D("30.00"), q) for q in (1, 1))) == D("60.00")
