"""Tests for pricing.py: add yours here (run them with `python -m pytest`)."""

from decimal import Decimal

from pricing import line_total


def test_line_total_multiplies():
    assert line_total(Decimal("2.50"), 4) == Decimal("10.00")
