from decimal import Decimal

import pytest

import pricing


class TestLineTotal:
    def test_price_times_quantity(self):
        assert pricing.line_total(Decimal("3.10"), 3) == Decimal("9.30")

    def test_halves_round_up(self):
        assert pricing.line_total(Decimal("0.005"), 1) == Decimal("0.01")
        assert pricing.line_total(Decimal("1.125"), 1) == Decimal("1.13")

    def test_zero_quantity_is_refused(self):
        with pytest.raises(ValueError):
            pricing.line_total(Decimal("3.00"), 0)

    def test_negative_price_is_refused(self):
        with pytest.raises(ValueError):
            pricing.line_total(Decimal("-3.00"), 2)

    def test_a_bool_is_not_a_quantity(self):
        with pytest.raises(ValueError):
            pricing.line_total(Decimal("3.00"), True)

    def test_a_quantity_must_be_an_int(self):
        for quantity in (1.0, "2"):
            with pytest.raises(ValueError):
                pricing.line_total(Decimal("3.00"), quantity)
